import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { tsconfigPaths: true },
  test: {
    include: ["tests/unit/**/*.test.ts", "tests/integration/**/*.test.ts"],
    environment: "node",
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Integration files each open their own databases; run files one at a time (2 cores).
    fileParallelism: false,
    // Media go to each test's temporary MEDIA_DIR, never to a bucket configured in the shell
    // (tests/integration/media-store.test.ts starts its own S3 server).
    env: { S3_BUCKET: "" },
  },
});
