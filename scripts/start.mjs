// `npm start`: everything a fresh clone needs, then the server on http://localhost:3000.
//  0. takes the embedded database's lock (PGlite, unless DATABASE_URL is set) for its whole
//     life, before anything opens the database: a second `npm start` stops here with one line;
//  1. generates the Prisma client if missing or older than the schema;
//  2. builds the site if the sources changed since the last build;
//  3. applies migrations and seeds (idempotent) — PGlite in .data/ unless DATABASE_URL is set;
//  4. runs the server (scripts/server.mjs: Next.js behind the page cache, in one process).
// The children get the lock's token in their environment, so they are covered by it.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { tsImport } from "tsx/esm/api";
import { buildIfChanged } from "./build-if-changed.mjs";

const root = path.resolve(import.meta.dirname, "..");
process.chdir(root);
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

const lock = await tsImport("../src/db/data-dir-lock.ts", import.meta.url);
try {
  lock.holdEmbeddedDatabase(env); // until this process exits; the token goes to the children in env
} catch (error) {
  if (!(error instanceof lock.DataDirLockedError)) throw error;
  console.error(`[start] ${error.message}`);
  process.exit(1);
}
// Ctrl+C / SIGTERM: let the running child stop, then exit (which releases the lock).
let child = null;
for (const [signal, code] of [["SIGINT", 130], ["SIGTERM", 143]]) {
  process.on(signal, () => (child ? child.kill(signal) : process.exit(code)));
}

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
child = spawn("node", ["scripts/server.mjs", "--port", process.env.PORT || "3000"], { stdio: "inherit", env });
child.on("exit", (code, signal) => process.exit(code ?? (signal === "SIGINT" ? 130 : 143)));
