// `npm test`: every test. Generates the Prisma client, runs the unit and integration
// tests (PGlite always; the PostgreSQL server too when DATABASE_URL is set), builds
// the site, then runs the Playwright end-to-end tests in Chromium (desktop and phone).
import { spawnSync } from "node:child_process";
import { buildIfChanged } from "./build-if-changed.mjs";

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
function step(label, command, args) {
  const started = Date.now();
  console.log(`\n=== ${label} ===`);
  const result = spawnSync(command, args, { stdio: "inherit", env });
  console.log(`=== ${label}: ${result.status === 0 ? "ok" : "FAILED"} (${Math.round((Date.now() - started) / 1000)} s) ===`);
  if (result.status !== 0) process.exit(result.status ?? 1);
}

step("generate Prisma client", "node", ["scripts/generate.mjs"]);
step("typecheck", "npx", ["tsc", "--noEmit"]);
step("unit + integration tests (vitest)", "npx", ["vitest", "run"]);
console.log("\n=== build (next build, if sources changed) ===");
buildIfChanged(env);
step("end-to-end tests (playwright, chromium)", "npx", ["playwright", "test"]);
