// Server for the end-to-end tests: a fresh database (an empty PGlite directory, or a
// dedicated `newsroom_e2e` database on the DATABASE_URL server), migrated and seeded,
// then `next start` on the given port. Requires a finished `next build`.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";

const port = process.argv[2] || "3100";
const root = path.resolve(import.meta.dirname, "..");
// NEWSROOM_E2E_COUNTS=1 turns on /e2e/row-counts (src/app/e2e/row-counts/route.ts) for the fuzz test.
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", MEDIA_DIR: path.join(root, ".data", "e2e-media"), NEWSROOM_SCHEDULER_MS: "2000", NEWSROOM_E2E_COUNTS: "1" };
fs.rmSync(env.MEDIA_DIR, { recursive: true, force: true });
// Media on that fresh directory, never in a bucket the shell may name (S3_BUCKET selects S3).
for (const name of ["S3_BUCKET", "S3_ENDPOINT", "S3_REGION", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY", "S3_FORCE_PATH_STYLE"]) delete env[name];

if (process.env.DATABASE_URL) {
  const server = new URL(process.env.DATABASE_URL);
  const admin = new pg.Client({ connectionString: server.toString() });
  await admin.connect();
  await admin.query("DROP DATABASE IF EXISTS newsroom_e2e WITH (FORCE)");
  await admin.query("CREATE DATABASE newsroom_e2e");
  await admin.end();
  server.pathname = "/newsroom_e2e";
  env.DATABASE_URL = server.toString();
} else {
  env.PGLITE_DATA_DIR = path.join(root, ".data", "e2e-pglite");
  fs.rmSync(env.PGLITE_DATA_DIR, { recursive: true, force: true });
  fs.rmSync(`${env.PGLITE_DATA_DIR}.lock`, { force: true });
}

env.NEWSROOM_DEMO_USERS = "0";
const seeded = spawnSync("npx", ["tsx", "scripts/seed.ts"], { cwd: root, env, stdio: "inherit" });
if (seeded.status !== 0) process.exit(seeded.status ?? 1);
// Newsroom accounts with known passwords for the tests (tests/e2e/fixtures.ts).
for (const [role, email, password] of [
  ["admin", "admin@e2e.local", "e2e-Quan-tri-2026"],
  ["editor", "editor@e2e.local", "e2e-Bien-tap-2026"],
  ["writer", "writer@e2e.local", "e2e-Phong-vien-2026"],
  ["writer", "writer2@e2e.local", "e2e-Phong-vien-2026"],
]) {
  const created = spawnSync("npx", ["tsx", "scripts/user-create.ts", "--email", email, "--role", role, "--name", `E2E ${role} ${email.split("@")[0]}`], {
    cwd: root,
    env: { ...env, NEWSROOM_PASSWORD: password },
    stdio: "inherit",
  });
  if (created.status !== 0) process.exit(created.status ?? 1);
}
// The server's output also goes to .data/e2e-server-<port>.log, which tests read to prove
// that pages render without errors or warnings in the log (tests/e2e/fixtures.ts).
fs.mkdirSync(path.join(root, ".data"), { recursive: true });
const log = fs.createWriteStream(path.join(root, ".data", `e2e-server-${port}.log`), { flags: "w" });
const server = spawn("node", ["scripts/server.mjs", "--port", port, "--hostname", "127.0.0.1"], { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] });
server.stdout.on("data", (chunk) => (process.stdout.write(chunk), log.write(chunk)));
server.stderr.on("data", (chunk) => (process.stderr.write(chunk), log.write(chunk)));
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
