import { defineConfig } from "@playwright/test";

// The cluster tests (tests/cluster/), run by `npm run test:cluster` (scripts/cluster/run.mjs),
// which starts the servers first and passes their addresses in CLUSTER_* variables.
export default defineConfig({
  testDir: "tests/cluster",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 90_000,
  reporter: [["list"]],
  use: {
    baseURL: process.env.CLUSTER_A,
    viewport: { width: 1366, height: 900 },
    trace: "off",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  projects: [{ name: "cluster", use: { browserName: "chromium" } }],
});
