import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { callableIdsOfThisBuild } from "@/newsroom/auth/action-allowlist";

/**
 * Where the proxy reads the build's callable actions: `.next/server/server-reference-manifest.json`
 * (`.next/dev/server/…` under `next dev`), re-read when the file changes, and an empty set
 * (everything refused, one log line) when it cannot be read. The working directory is a
 * temporary folder for this file's tests (process.cwd is replaced: workers cannot chdir).
 */
const SIGN_IN = "7fede035acb6f85e4842406f3b419e78eec579eb3d";
const SAVE = "7f4e065985d84c6d0774224c5f4e49bf4240f0057b";
const HOME_FEED = "c0a05c2871cb9b44abfce7ced73ac18a7c5b0b48f5";
const root = fs.mkdtempSync(path.join(os.tmpdir(), "action-manifest-"));
const write = (dir: string, ids: Record<string, string>, mtime: Date) => {
  const file = path.join(root, dir, "server", "server-reference-manifest.json");
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify({ node: Object.fromEntries(Object.entries(ids).map(([id, filename]) => [id, { filename }])) }));
  fs.utimesSync(file, mtime, mtime);
};

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe("the callable actions of this build", () => {
  it("are read from the build's manifest, refusing everything (with one log line) when it is missing", () => {
    vi.spyOn(process, "cwd").mockReturnValue(root);
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
    expect(callableIdsOfThisBuild()).toEqual(new Set());
    expect(callableIdsOfThisBuild()).toEqual(new Set());
    expect(log).toHaveBeenCalledTimes(1);
    expect(String(log.mock.calls[0][0])).toBe(`[actions] cannot read ${path.join(root, ".next", "server", "server-reference-manifest.json")}; every server action is refused`);

    write(".next", { [SIGN_IN]: "src/newsroom/actions/account.ts", [HOME_FEED]: "src/content/article/queries.ts" }, new Date("2026-11-20T00:00:00Z"));
    expect(callableIdsOfThisBuild()).toEqual(new Set([SIGN_IN]));
    // the same file, unchanged: the set read before
    const first = callableIdsOfThisBuild();
    expect(callableIdsOfThisBuild()).toBe(first);
    // a new build rewrites it: read again
    write(".next", { [SIGN_IN]: "src/newsroom/actions/account.ts", [SAVE]: "src/newsroom/actions/articles.ts" }, new Date("2026-11-21T00:00:00Z"));
    expect(callableIdsOfThisBuild()).toEqual(new Set([SIGN_IN, SAVE]));
  });

  it("under next dev, come from .next/dev", () => {
    vi.spyOn(process, "cwd").mockReturnValue(root);
    vi.stubEnv("NODE_ENV", "development");
    write(path.join(".next", "dev"), { [SAVE]: "src/newsroom/actions/articles.ts" }, new Date("2026-11-22T00:00:00Z"));
    expect(callableIdsOfThisBuild()).toEqual(new Set([SAVE]));
    // the production build's manifest with the very same time: still a different file, read anew
    write(".next", { [SIGN_IN]: "src/newsroom/actions/account.ts" }, new Date("2026-11-22T00:00:00Z"));
    vi.stubEnv("NODE_ENV", "production");
    expect(callableIdsOfThisBuild()).toEqual(new Set([SIGN_IN]));
  });
});
