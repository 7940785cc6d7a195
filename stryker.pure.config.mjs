// The fast mutation run: the pure rules of the domain (no database), each against its own
// unit tests only. Goal: ≥ 80 % mutation score on each file. `npm run test:mutation:pure`
// (about 2 minutes on 2 cores).
import base from "./stryker.config.mjs";

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  ...base,
  vitest: { configFile: "vitest.mutation.config.ts", related: false }, // each module's own unit tests
  mutate: [
    "src/content/vietnamese/**/*.ts",
    "src/content/rails/select.ts",
    "src/content/search/query-builder.ts",
    "src/newsroom/permissions.ts",
    "src/content/blocks/paragraph-markup.ts",
    "src/content/article/invalidation.ts",
    "src/content/article/cursor.ts",
  ],
  incremental: false,
  ignoreStatic: false, // cheap here, and the permission table is static
  timeoutMS: 10_000,
  htmlReporter: { fileName: "reports/mutation/pure/index.html" },
  jsonReporter: { fileName: "reports/mutation/pure/mutation.json" },
};
