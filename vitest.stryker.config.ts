import { BaseSequencer, type TestSpecification } from "vitest/node";
import { defineConfig } from "vitest/config";
import base from "./vitest.config";

/**
 * The tests of the full mutation run (stryker.config.mjs): the whole suite, with the unit
 * test files first. Stryker stops a mutant's run at its first failing test, so a mutant a
 * unit test kills never waits for the integration files that also reach it (each of those
 * opens a fresh database).
 */
class UnitTestsFirst extends BaseSequencer {
  async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const unit = (file: TestSpecification) => file.moduleId.replace(/\\/g, "/").includes("/tests/unit/");
    return [...sorted.filter(unit), ...sorted.filter((file) => !unit(file))];
  }
}

/**
 * MUTATION_TESTS (comma-separated files or globs) narrows the tests a chunk is measured
 * against, e.g. the unit tests and the integration files that import the mutated module.
 * Fewer tests can only kill fewer mutants: a narrowed score is a lower bound, and it keeps
 * the slowest system-level files (replica, scale, import) out of every query mutant's run.
 */
const only = (process.env.MUTATION_TESTS ?? "")
  .split(",")
  .map((pattern) => pattern.trim())
  .filter(Boolean);

export default defineConfig({
  ...base,
  test: {
    ...base.test,
    ...(only.length ? { include: only } : {}),
    sequence: { ...base.test?.sequence, sequencer: UnitTestsFirst },
  },
});
