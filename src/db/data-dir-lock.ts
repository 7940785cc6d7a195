import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/** Environment variables (process.env or a copy for child processes). */
type Env = Record<string, string | undefined>;

/**
 * PGlite does not lock its data directory: two processes on the same directory
 * silently lose one side's writes. This lock file makes a second user fail loudly.
 *
 * The lock file ("<dir>.lock", beside the directory) names a random token and the ids of
 * the live processes that hold it. It is taken at two moments:
 *  - `holdDataDir()` by the long-lived processes, FIRST THING, before anything opens the
 *    database: `npm start` (scripts/start.mjs) for its whole life, and the Next server
 *    process when it starts (src/instrumentation.ts, whatever launched it). The token goes
 *    into the environment (LOCK_TOKEN_ENV), so the children of `npm start` (seed, the
 *    server) are covered by it; the server also adds its own pid, so the lock stays held
 *    even if the start script is killed alone.
 *  - `lockDataDir()` whenever a process opens the database (connection.ts): covered when
 *    its environment carries the token of a live holder, otherwise it takes the lock itself
 *    (scripts such as `npm run db:seed`, `next dev`, tests). One opener per process.
 * A second `npm start` therefore stops at once with one line, instead of seeding and
 * serving beside an idle first one. A lock whose processes are all gone is stale and taken
 * over.
 */
export const LOCK_TOKEN_ENV = "NEWSROOM_DATA_DIR_LOCK";

export class DataDirLockedError extends Error {
  constructor(lockFile: string, pid: number) {
    super(
      `The embedded database in ${path.dirname(lockFile)}${path.sep}${path.basename(lockFile, ".lock")} is already in use by process ${pid}. ` +
        `Only one process may use it at a time: stop that process (e.g. the running "npm start") ` +
        `or set DATABASE_URL to use a PostgreSQL server.`,
    );
    this.name = "DataDirLockedError";
  }
}

/** PGLITE_DATA_DIR, or .data/pglite under the working directory. */
export function defaultDataDir(env: Env = process.env): string {
  return path.resolve(/*turbopackIgnore: true*/ env.PGLITE_DATA_DIR || path.join(process.cwd(), ".data", "pglite"));
}

export function lockFileOf(dataDir: string): string {
  const dir = path.resolve(dataDir);
  return path.join(path.dirname(dir), `${path.basename(dir)}.lock`);
}

interface LockInfo {
  token: string;
  pids: number[];
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function read(lockFile: string): LockInfo | null {
  let text: string;
  try {
    text = fs.readFileSync(lockFile, "utf8").trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
  try {
    const info = JSON.parse(text) as Partial<LockInfo> | number;
    if (typeof info === "number") return { token: "", pids: [info] }; // older format: a bare pid
    return { token: String(info.token ?? ""), pids: (info.pids ?? []).filter((p) => Number.isInteger(p) && p > 0) };
  } catch {
    return { token: "", pids: [] }; // unreadable: stale
  }
}

function write(lockFile: string, info: LockInfo): void {
  const temporary = `${lockFile}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, JSON.stringify(info));
  fs.renameSync(temporary, lockFile);
}

const livePids = (info: LockInfo) => info.pids.filter(isAlive);

/** The lock is held by a live process that passed its token down to this one. */
function coveredBy(lockFile: string, env: Env): LockInfo | null {
  const token = env[LOCK_TOKEN_ENV];
  const info = token ? read(lockFile) : null;
  return info && info.token === token && livePids(info).length > 0 ? info : null;
}

/** Leaves the lock: drops `pid` from its holders, and deletes the file when none is left. */
function leave(lockFile: string, token: string, pid: number): void {
  try {
    const info = read(lockFile);
    if (!info || info.token !== token) return;
    const rest = livePids(info).filter((p) => p !== pid);
    if (rest.length === 0) fs.unlinkSync(lockFile);
    else write(lockFile, { token, pids: rest });
  } catch {
    // already gone
  }
}

function once(fn: () => void): () => void {
  let done = false;
  return () => {
    if (done) return;
    done = true;
    fn();
  };
}

/** Creates the lock file for this process, taking over a stale one; throws if a live process holds it. */
function acquire(lockFile: string): { token: string; release: () => void } {
  for (let attempt = 0; attempt < 3; attempt++) {
    const token = randomBytes(12).toString("hex");
    try {
      fs.writeFileSync(lockFile, JSON.stringify({ token, pids: [process.pid] } satisfies LockInfo), { flag: "wx" });
      const release = once(() => leave(lockFile, token, process.pid));
      process.once("exit", release);
      return { token, release };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const info = read(lockFile);
      if (!info) continue; // released meanwhile
      const live = livePids(info);
      if (live.length > 0) throw new DataDirLockedError(lockFile, live[0]);
      fs.rmSync(lockFile, { force: true }); // stale lock of dead processes
    }
  }
  throw new Error(`Could not take the lock file ${lockFile}`);
}

/** Data directories this process has open (one opener per process), shared by every bundle. */
const opened: Set<string> = ((globalThis as { __newsroomOpenDataDirs?: Set<string> }).__newsroomOpenDataDirs ??= new Set());

/** Before opening the database in `dataDir`: takes the lock, or checks it is held for us. Returns the release. */
export function lockDataDir(dataDir: string, env: Env = process.env): () => void {
  const dir = path.resolve(dataDir);
  fs.mkdirSync(dir, { recursive: true });
  const lockFile = lockFileOf(dir);
  if (opened.has(dir)) throw new DataDirLockedError(lockFile, process.pid);
  if (coveredBy(lockFile, env)) {
    opened.add(dir);
    return once(() => opened.delete(dir));
  }
  const { release } = acquire(lockFile);
  opened.add(dir);
  return once(() => {
    opened.delete(dir);
    release();
  });
}

/**
 * For an entry process, before anything opens the database: holds the lock for the life of
 * this process — joining the holder that started it when `env` carries that holder's token —
 * and puts the token in `env`, so that this process and the children started with `env` are
 * covered. Throws DataDirLockedError when another process holds it.
 */
export function holdDataDir(dataDir: string, env: Env = process.env): { token: string; release: () => void } {
  const dir = path.resolve(dataDir);
  fs.mkdirSync(dir, { recursive: true });
  const lockFile = lockFileOf(dir);
  const held = coveredBy(lockFile, env);
  if (held) {
    write(lockFile, { token: held.token, pids: [...new Set([...livePids(held), process.pid])] });
    const release = once(() => leave(lockFile, held.token, process.pid));
    process.once("exit", release);
    return { token: held.token, release };
  }
  const taken = acquire(lockFile);
  env[LOCK_TOKEN_ENV] = taken.token;
  return taken;
}

/**
 * holdDataDir() for the configured embedded database, if any (not with DATABASE_URL, nor for
 * an in-memory PGlite). What `npm start` and the server process call first.
 */
export function holdEmbeddedDatabase(env: Env = process.env): { token: string; release: () => void } | null {
  if (env.DATABASE_URL || env.PGLITE_DATA_DIR?.startsWith("memory://")) return null;
  return holdDataDir(defaultDataDir(env), env);
}

/** For the server's start-up: hold the embedded database, or print one line and stop the process. */
export function holdEmbeddedDatabaseOrExit(env: Env = process.env): void {
  try {
    holdEmbeddedDatabase(env);
  } catch (error) {
    if (!(error instanceof DataDirLockedError)) throw error;
    console.error(`[server] ${error.message}`);
    process.exit(1);
  }
}
