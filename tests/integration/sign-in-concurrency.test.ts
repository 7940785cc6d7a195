import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useDatabase } from "@/db/client";
import type { Database } from "@/db/connection";
import { migrate } from "@/db/migrate";
import { verifyPassword } from "@/newsroom/auth/passwords";
import { signIn, type SignInDeps } from "@/newsroom/auth/sign-in";
import { createUser } from "@/newsroom/users/commands";
import { engines, freshDatabase, type FreshDatabase } from "./engines";

/**
 * The sign-in brake under parallel attempts: the limits (5 failures per account, 20 per IP,
 * within 15 minutes) bound the number of PASSWORD CHECKS, however many requests arrive at
 * once — on PostgreSQL they run on several pooled connections. Password checks are counted
 * through an injected verifier (which also slows each check down, as argon2 does, so that
 * the requests really overlap) and through the audit rows.
 */
const T0 = new Date("2026-11-20T08:00:00.000Z");
const MIN = 60_000;

describe.each(engines)("sign-in throttling under parallel attempts on %s", (engine) => {
  let fresh: FreshDatabase;
  let db: Database;
  const password = "mat-khau-dung-roi-1";

  beforeAll(async () => {
    fresh = await freshDatabase(engine);
    db = fresh.open();
    await db.withSession((s) => migrate(s));
    useDatabase(db);
    for (const email of ["song-song@test.vn", "cua-so@test.vn"]) {
      await createUser({ email, name: "Người Thử", role: "WRITER", password }, { id: null });
    }
  }, 120_000);

  afterAll(async () => {
    await db?.close();
    await fresh?.dispose();
  });

  /** A clock the test moves, and a verifier that counts the password checks. */
  function harness(start: Date) {
    const state = { now: start, checks: 0 };
    const deps: SignInDeps = {
      now: () => state.now,
      verify: async (hash, pw) => {
        state.checks++;
        await new Promise((r) => setTimeout(r, 40));
        return verifyPassword(hash, pw);
      },
    };
    return { state, deps };
  }

  const auditCount = (action: string, where: { targetId?: string; ip?: string } = {}) =>
    db.prisma.auditLog.count({ where: { action, ...where } });

  it("30 parallel wrong passwords for one account get exactly 5 password checks", async () => {
    const { state, deps } = harness(T0);
    const email = "song-song@test.vn";
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) => signIn({ email, password: `sai-${i}` }, { ip: `192.0.2.${i + 1}`, userAgent: "vitest" }, deps)),
    );
    expect(await auditCount("sign-in.failed", { targetId: email })).toBe(5);
    expect(state.checks).toBe(5);
    expect(results.filter((r) => !r.ok && r.reason === "invalid")).toHaveLength(5);
    expect(results.filter((r) => !r.ok && r.reason === "throttled")).toHaveLength(25);
    expect(await auditCount("sign-in.throttled", { targetId: email })).toBe(25);
    expect(await auditCount("sign-in.attempt")).toBe(0); // every reserved attempt got its outcome

    // Still locked 14 min 59 s later, even with the right password, and nothing is checked.
    state.now = new Date(T0.getTime() + 15 * MIN - 1_000);
    expect(await signIn({ email, password }, { ip: "192.0.2.200", userAgent: "vitest" }, deps)).toEqual({ ok: false, reason: "throttled" });
    expect(state.checks).toBe(5);
    // Once the 15 minutes have passed (the clock moved, no row deleted), the right password works.
    state.now = new Date(T0.getTime() + 15 * MIN + 1_000);
    expect((await signIn({ email, password }, { ip: "192.0.2.200", userAgent: "vitest" }, deps)).ok).toBe(true);
    expect(state.checks).toBe(6);
    expect(await auditCount("sign-in.failed", { targetId: email })).toBe(5);
  });

  it("30 parallel wrong sign-ins from one IP, each for another account, get exactly 20 password checks", async () => {
    const { state, deps } = harness(new Date(T0.getTime() + 60 * MIN));
    const ip = "198.51.100.77";
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) => signIn({ email: `khach-${i}@test.vn`, password: "sai" }, { ip, userAgent: "vitest" }, deps)),
    );
    expect(await auditCount("sign-in.failed", { ip })).toBe(20);
    expect(state.checks).toBe(20);
    expect(results.filter((r) => !r.ok && r.reason === "throttled")).toHaveLength(10);
    // The IP stays blocked for every account for 15 minutes after its failures.
    expect(await signIn({ email: "cua-so@test.vn", password }, { ip, userAgent: "vitest" }, deps)).toEqual({ ok: false, reason: "throttled" });
    state.now = new Date(state.now.getTime() + 15 * MIN + 1_000);
    expect((await signIn({ email: "cua-so@test.vn", password }, { ip, userAgent: "vitest" }, deps)).ok).toBe(true);
    expect(state.checks).toBe(21);
  });

  it("an attempt whose check is under way counts against the limit", async () => {
    const { state } = harness(new Date(T0.getTime() + 120 * MIN));
    const email = "cua-so@test.vn";
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const slow: SignInDeps = {
      now: () => state.now,
      verify: async () => {
        state.checks++;
        await gate;
        return false;
      },
    };
    // 5 attempts are being checked (none has failed yet): a 6th is refused without a check.
    const pending = Array.from({ length: 5 }, (_, i) => signIn({ email, password: "sai" }, { ip: `203.0.113.${i + 1}`, userAgent: "vitest" }, slow));
    while (state.checks < 5) await new Promise((r) => setTimeout(r, 5));
    expect(await auditCount("sign-in.attempt", { targetId: email })).toBe(5);
    expect(await signIn({ email, password }, { ip: "203.0.113.99", userAgent: "vitest" }, slow)).toEqual({ ok: false, reason: "throttled" });
    release();
    expect(await Promise.all(pending)).toEqual(Array(5).fill({ ok: false, reason: "invalid" }));
    expect(state.checks).toBe(5);
    expect(await auditCount("sign-in.attempt")).toBe(0);
  });
});
