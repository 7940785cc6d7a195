// `npm test`: every test. Generates the Prisma client, runs the unit and integration
// tests (PGlite always; the PostgreSQL server too when DATABASE_URL is set), builds
// the site, then runs the Playwright end-to-end tests in Chromium (desktop and phone).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { buildIfChanged } from "./build-if-changed.mjs";

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
function step(label, command, args) {
  const started = Date.now();
  console.log(`\n=== ${label} ===`);
  const result = spawnSync(command, args, { stdio: "inherit", env });
  console.log(`=== ${label}: ${result.status === 0 ? "ok" : "FAILED"} (${Math.round((Date.now() - started) / 1000)} s) ===`);
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/**
 * The end-to-end step needs Debian's Chromium (Playwright never downloads a browser here) and
 * nginx (the shared-cache test puts it in front of the site); the integration tests need
 * redis-server (tests/integration/shared-cache.test.ts starts its own). Checked first, so a missing
 * program stops the run at once instead of after the build: installed with apt when we are
 * root, otherwise the one command to run is printed.
 */
function ensurePrograms() {
  const browser = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  const needed = [
    { path: browser, pkg: process.env.CHROMIUM_PATH ? null : "chromium" },
    { path: "/usr/sbin/nginx", pkg: "nginx-light" },
    { path: "/usr/bin/redis-server", pkg: "redis-server" },
  ].filter((p) => !fs.existsSync(p.path));
  if (needed.length === 0) return;
  const packages = needed.map((p) => p.pkg).filter(Boolean);
  const root = typeof process.getuid === "function" && process.getuid() === 0;
  if (root && fs.existsSync("/usr/bin/apt-get") && packages.length === needed.length) {
    console.log(`\n=== installing Debian's ${packages.join(", ")} for the tests (apt-get) ===`);
    const aptEnv = { ...env, DEBIAN_FRONTEND: "noninteractive" };
    const update = spawnSync("apt-get", ["update", "-qq"], { stdio: "inherit", env: aptEnv });
    const install = update.status === 0 && spawnSync("apt-get", ["install", "-y", "-qq", ...packages], { stdio: "inherit", env: aptEnv });
    if (install && install.status === 0 && needed.every((p) => fs.existsSync(p.path))) return;
  }
  console.error(
    `\nThe tests need ${needed.map((p) => p.path).join(" and ")}, which ${needed.length > 1 ? "are" : "is"} not there.\n` +
      (packages.length === needed.length
        ? `Install ${packages.length > 1 ? "them" : "it"} once with:  sudo apt-get update && sudo apt-get install -y ${packages.join(" ")}\n`
        : "Point CHROMIUM_PATH at a Chromium binary.\n"),
  );
  process.exit(1);
}

ensurePrograms();
step("generate Prisma client", "node", ["scripts/generate.mjs"]);
step("typecheck", "npx", ["tsc", "--noEmit"]);
step("unit + integration tests (vitest)", "npx", ["vitest", "run"]);
console.log("\n=== build (next build, if sources changed) ===");
buildIfChanged(env);
step("end-to-end tests (playwright, chromium)", "npx", ["playwright", "test"]);
