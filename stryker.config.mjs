// Mutation testing (Stryker) over the domain: src/content and src/newsroom.
// `npm run test:mutation` — slow (it reruns the unit AND integration tests that cover each
// mutant); not part of `npm test`. `npm run test:mutation:pure` runs the fast subset.
// Tuned for a shared 2-core machine: one or two workers, per-test coverage so each mutant
// runs only the tests that reach it, generous timeouts for the PGlite integration tests.
// Reports: clear text on stdout (with the score per file), HTML and JSON in reports/mutation/.

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  $schema: "./node_modules/@stryker-mutator/core/schema/stryker-schema.json",
  packageManager: "npm",
  plugins: ["@stryker-mutator/vitest-runner"],
  testRunner: "vitest",
  // the whole suite, unit test files first (vitest.stryker.config.ts): a mutant a unit test kills
  // stops there instead of first opening the databases of the integration files that reach it
  vitest: { configFile: "vitest.stryker.config.ts", related: true },
  mutate: [
    "src/content/**/*.ts",
    "src/newsroom/**/*.ts",
    // type-only and generated code has nothing to mutate; React renderers (.tsx) are covered
    // by the end-to-end tests, which Stryker does not run
    "!src/**/*.d.ts",
    "!src/generated/**",
  ],
  coverageAnalysis: "perTest",
  // Module-level constants (e.g. the permission table) are "static" mutants: each one needs the
  // WHOLE suite. The full run skips them; the pure run (unit tests only) keeps them.
  ignoreStatic: true,
  concurrency: 2,
  timeoutMS: 30_000,
  timeoutFactor: 2.5,
  dryRunTimeoutMinutes: 30,
  disableTypeChecks: "{src,tests}/**/*.{ts,tsx}",
  ignorePatterns: [".next", ".data", ".ci", "coverage", "reports", "test-results", "playwright-report", "tests/e2e", "*.tsbuildinfo"],
  // A full run takes hours: keep the results and retest only what changed (code or tests) next time.
  incremental: true,
  incrementalFile: "reports/mutation/stryker-incremental.json",
  tempDirName: ".stryker-tmp",
  cleanTempDir: "always",
  reporters: ["clear-text", "progress", "html", "json"],
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true, reportMutants: true },
  htmlReporter: { fileName: "reports/mutation/index.html" },
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  thresholds: { high: 80, low: 60, break: null },
};
