import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { DataDirLockedError, holdDataDir, LOCK_TOKEN_ENV, lockDataDir } from "@/db/data-dir-lock";
import { register } from "@/instrumentation";

const root = path.resolve(import.meta.dirname, "../..");
const fixture = path.join(root, "tests/unit/fixtures/data-dir-lock-child.ts");
const children: ChildProcess[] = [];

afterEach(() => {
  for (const child of children.splice(0)) child.kill("SIGKILL");
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

function freshDir(): string {
  return path.join(fs.mkdtempSync(path.join(os.tmpdir(), "lock-")), "pglite");
}

/** Starts the fixture; resolves with its first line ("locked <pid>" or "refused"). */
function child(mode: "hold" | "open", dir: string, env: Record<string, string> = {}): Promise<{ process: ChildProcess; line: string }> {
  const proc = spawn(process.execPath, ["--import", "tsx", fixture, mode, dir], {
    cwd: root,
    env: { ...process.env, [LOCK_TOKEN_ENV]: "", ...env },
    stdio: ["ignore", "pipe", "inherit"],
  });
  children.push(proc);
  return new Promise((resolve, reject) => {
    let out = "";
    proc.stdout!.on("data", (chunk) => {
      out += chunk;
      if (out.includes("\n")) resolve({ process: proc, line: out.split("\n")[0] });
    });
    proc.on("exit", (code) => (out.includes("\n") ? undefined : reject(new Error(`fixture exited ${code}: ${out}`))));
  });
}

const lockFile = (dir: string) => `${dir}.lock`;
const readLock = (dir: string) => JSON.parse(fs.readFileSync(lockFile(dir), "utf8")) as { token: string; pids: number[] };
const waitExit = (proc: ChildProcess) => new Promise((r) => (proc.exitCode !== null ? r(null) : proc.once("exit", r)));

describe("data directory lock", () => {
  it("refuses a second opener and frees the directory on release", () => {
    const dir = freshDir();
    const release = lockDataDir(dir, {});
    expect(() => lockDataDir(dir, {})).toThrow(DataDirLockedError);
    release();
    expect(fs.existsSync(lockFile(dir))).toBe(false);
    const again = lockDataDir(dir, {});
    again();
  });

  it("takes over a stale lock left by a dead process (old and new format)", () => {
    for (const stale of ["999999999", JSON.stringify({ token: "x", pids: [999999999, 999999998] })]) {
      const dir = freshDir();
      fs.writeFileSync(lockFile(dir), stale);
      const release = lockDataDir(dir, {});
      expect(readLock(dir).pids).toEqual([process.pid]);
      release();
    }
  });

  it("another process holding it: refused, naming that process", async () => {
    const dir = freshDir();
    const holder = await child("hold", dir);
    expect(holder.line).toBe(`locked ${holder.process.pid}`);
    expect(() => lockDataDir(dir, {})).toThrow(`is already in use by process ${holder.process.pid}`);
    expect(() => holdDataDir(dir, {})).toThrow(DataDirLockedError);
    expect((await child("open", dir)).line).toBe("refused");
  });

  it("children started with the holder's token are covered; others are not", async () => {
    const dir = freshDir();
    const env: Record<string, string | undefined> = {};
    const held = holdDataDir(dir, env); // as scripts/start.mjs does
    expect(env[LOCK_TOKEN_ENV]).toBe(held.token);
    expect((await child("open", dir, { [LOCK_TOKEN_ENV]: held.token })).line).toMatch(/^locked \d+$/); // the seed
    expect((await child("open", dir, { [LOCK_TOKEN_ENV]: "someone-else" })).line).toBe("refused");
    expect((await child("open", dir)).line).toBe("refused");
    held.release();
    expect(fs.existsSync(lockFile(dir))).toBe(false);
  });

  it("the server joins the start script's lock and keeps it if the start script dies alone", async () => {
    const dir = freshDir();
    const start = await child("hold", dir);
    const token = readLock(dir).token;
    const server = await child("hold", dir, { [LOCK_TOKEN_ENV]: token });
    expect(readLock(dir)).toEqual({ token, pids: [start.process.pid, server.process.pid] });
    start.process.kill("SIGKILL");
    await waitExit(start.process);
    expect(() => lockDataDir(dir, {})).toThrow(`is already in use by process ${server.process.pid}`);
    server.process.kill("SIGKILL");
    await waitExit(server.process);
    lockDataDir(dir, {})(); // both gone: stale, taken over
  });

  it("a second `npm start` stops at once with one line while the lock is held", async () => {
    const dir = freshDir();
    const holder = await child("hold", dir); // the first `npm start`
    const started = Date.now();
    const second = spawnSync(process.execPath, ["scripts/start.mjs"], {
      cwd: root,
      env: { ...process.env, PGLITE_DATA_DIR: dir, DATABASE_URL: "", [LOCK_TOKEN_ENV]: "" },
      encoding: "utf8",
      timeout: 30_000,
    });
    expect(second.status).toBe(1);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(second.stdout).toBe("");
    expect(second.stderr).toBe(
      `[start] The embedded database in ${dir} is already in use by process ${holder.process.pid}. ` +
        `Only one process may use it at a time: stop that process (e.g. the running "npm start") or set DATABASE_URL to use a PostgreSQL server.\n`,
    );
    expect(fs.existsSync(path.join(dir, "PG_VERSION"))).toBe(false); // nothing was seeded
  });

  it("the Next server takes the lock at start-up; another holder → one line and exit 1", async () => {
    const dir = freshDir();
    const holder = await child("hold", dir); // e.g. a running `npm start`
    stubServerEnv(dir);
    const exit = vi.spyOn(process, "exit").mockImplementation(((code: number) => {
      throw new Error(`exit ${code}`);
    }) as never);
    const printed = vi.spyOn(console, "error").mockImplementation(() => undefined);
    await expect(register()).rejects.toThrow("exit 1");
    expect(exit).toHaveBeenCalledTimes(1);
    expect(printed.mock.calls).toEqual([
      [
        `[server] The embedded database in ${dir} is already in use by process ${holder.process.pid}. ` +
          `Only one process may use it at a time: stop that process (e.g. the running "npm start") or set DATABASE_URL to use a PostgreSQL server.`,
      ],
    ]);
  });

  it("the Next server joins the lock of the `npm start` that launched it, and the database opens under it", async () => {
    const dir = freshDir();
    const start = await child("hold", dir);
    const token = readLock(dir).token;
    stubServerEnv(dir, token);
    await register();
    expect(readLock(dir)).toEqual({ token, pids: [start.process.pid, process.pid] });
    lockDataDir(dir)(); // what openDatabase() does in the server process: covered
    expect((await child("open", dir)).line).toBe("refused"); // anyone else is not
  });

  it("the Next server started on its own holds the lock itself", async () => {
    const dir = freshDir();
    stubServerEnv(dir);
    await register();
    expect(readLock(dir).pids).toEqual([process.pid]);
    expect(process.env[LOCK_TOKEN_ENV]).toBe(readLock(dir).token);
    expect((await child("open", dir)).line).toBe("refused");
  });
});

function stubServerEnv(dir: string, token = "") {
  vi.stubEnv("NEXT_RUNTIME", "nodejs");
  vi.stubEnv("NEXT_PHASE", "");
  vi.stubEnv("NEWSROOM_SCHEDULER", "0");
  vi.stubEnv("DATABASE_URL", "");
  vi.stubEnv("PGLITE_DATA_DIR", dir);
  vi.stubEnv(LOCK_TOKEN_ENV, token);
}
