import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DataDirLockedError, lockDataDir } from "@/db/data-dir-lock";

describe("data directory lock", () => {
  it("refuses a second opener and frees the directory on release", () => {
    const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "lock-")), "pglite");
    const release = lockDataDir(dir);
    expect(() => lockDataDir(dir)).toThrow(DataDirLockedError);
    release();
    const again = lockDataDir(dir);
    again();
  });

  it("takes over a stale lock left by a dead process", () => {
    const base = fs.mkdtempSync(path.join(os.tmpdir(), "lock-"));
    const dir = path.join(base, "pglite");
    fs.writeFileSync(path.join(base, "pglite.lock"), "999999999");
    const release = lockDataDir(dir);
    expect(fs.readFileSync(path.join(base, "pglite.lock"), "utf8")).toBe(String(process.pid));
    release();
  });
});
