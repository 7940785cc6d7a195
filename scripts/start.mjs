// `npm start`: everything a fresh clone needs, then the server on http://localhost:3000.
//  1. generates the Prisma client if missing or older than the schema;
//  2. builds the site if the sources changed since the last build;
//  3. applies migrations and seeds (idempotent) — PGlite in .data/ unless DATABASE_URL is set;
//  4. runs `next start`.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { buildIfChanged } from "./build-if-changed.mjs";

const root = path.resolve(import.meta.dirname, "..");
process.chdir(root);
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

function run(command, args, extraEnv = {}) {
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...env, ...extraEnv } });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const timings = {};
const time = (label, fn) => {
  const t = Date.now();
  fn();
  timings[label] = Date.now() - t;
};

const client = "src/generated/prisma/client.ts";
if (!fs.existsSync(client) || fs.statSync(client).mtimeMs < fs.statSync("prisma/schema.prisma").mtimeMs) {
  time("generate", () => run("node", ["scripts/generate.mjs"]));
}

time("build", () => buildIfChanged(env));

time("database", () => run("npx", ["tsx", "scripts/seed.ts"]));
console.log(`[start] ready steps (ms): ${JSON.stringify(timings)}`);
if (!process.env.DATABASE_URL) {
  console.log("[start] embedded database: .data/pglite (set DATABASE_URL to use a PostgreSQL server)");
}
run("npx", ["next", "start", "--port", process.env.PORT || "3000"]);
