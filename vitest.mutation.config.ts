import { defineConfig } from "vitest/config";
import base from "./vitest.config";

/**
 * The tests the fast mutation run (stryker.pure.config.mjs) uses: the unit tests written
 * for the pure rules it mutates, and nothing else, so each rule must be caught by its own
 * tests (and a work-in-progress test elsewhere cannot stop the run).
 */
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: [
      "tests/unit/slugify.test.ts",
      "tests/unit/dates.test.ts",
      "tests/unit/rails.test.ts",
      "tests/unit/search-query.test.ts",
      "tests/unit/permissions.test.ts",
      "tests/unit/paragraph-markup.test.ts",
      "tests/unit/invalidation.test.ts",
      "tests/unit/cursor.test.ts",
    ],
  },
});
