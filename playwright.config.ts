import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT || 3100);
const chromium = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ],
};

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: [["list"]],
  use: { baseURL: `http://127.0.0.1:${PORT}`, launchOptions: chromium, trace: "off" },
  projects: [
    {
      name: "desktop",
      use: { browserName: "chromium", viewport: { width: 1366, height: 900 } },
      testIgnore: /mobile-edition\.spec\.ts/,
    },
    // Desktop only: specs that work at the HTTP level or write articles (once is enough).
    { name: "phone", use: { ...devices["Pixel 7"], browserName: "chromium" }, testIgnore: /(seo|newsroom-editor|page-cache|shared-cache|fuzz|server-action-allowlist|related-freshness|read-api)\.spec\.ts/ },
  ],
  webServer: {
    // Fresh database (PGlite dir or a dedicated PostgreSQL database), seeded, then scripts/server.mjs.
    command: `node scripts/e2e-server.mjs ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: "pipe",
  },
});
