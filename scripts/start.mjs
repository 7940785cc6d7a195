// `npm start`: everything a fresh clone needs, then the server on http://localhost:3000.
//  1. generates the Prisma client if missing or older than the schema;
//  2. builds the site if the sources changed since the last build;
//  3. applies migrations and seeds (idempotent) — PGlite in .data/ unless DATABASE_URL is set;
//  4. runs `next start`.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
process.chdir(root);
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

function run(command, args, extraEnv = {}) {
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...env, ...extraEnv } });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function fingerprint() {
  const hash = createHash("sha256");
  const visit = (entry) => {
    if (!fs.existsSync(entry)) return;
    const stat = fs.statSync(entry);
    if (stat.isDirectory()) {
      if (entry.endsWith(path.join("src", "generated"))) return;
      for (const name of fs.readdirSync(entry).sort()) visit(path.join(entry, name));
    } else {
      hash.update(`${entry}:${stat.size}:${stat.mtimeMs}\n`);
    }
  };
  ["src", "public", "prisma/schema.prisma", "next.config.ts", "package-lock.json", "postcss.config.mjs"].forEach(visit);
  return hash.digest("hex");
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

const stamp = ".next/source-fingerprint";
const current = fingerprint();
if (!fs.existsSync(".next/BUILD_ID") || !fs.existsSync(stamp) || fs.readFileSync(stamp, "utf8") !== current) {
  time("build", () => run("npx", ["next", "build"]));
  fs.writeFileSync(stamp, current);
}

time("database", () => run("npx", ["tsx", "scripts/seed.ts"]));
console.log(`[start] ready steps (ms): ${JSON.stringify(timings)}`);
if (!process.env.DATABASE_URL) {
  console.log("[start] embedded database: .data/pglite (set DATABASE_URL to use a PostgreSQL server)");
}
run("npx", ["next", "start", "--port", process.env.PORT || "3000"]);
