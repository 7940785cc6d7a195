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

export default defineConfig({
  ...base,
  test: { ...base.test, sequence: { ...base.test?.sequence, sequencer: UnitTestsFirst } },
});
