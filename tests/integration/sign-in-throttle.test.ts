import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { useDatabase } from "@/db/client";
import type { Database } from "@/db/connection";
import { migrate } from "@/db/migrate";
import { signIn } from "@/newsroom/auth/sign-in";
import { createUser } from "@/newsroom/users/commands";
import { engines, freshDatabase, type FreshDatabase } from "./engines";

/**
 * The sign-in brake, through the public sign-in function, with the numbers of the rule
 * written out: 5 failed sign-ins for one account within 15 minutes block that account,
 * 20 failed sign-ins from one IP within 15 minutes block that IP, until the failures
 * are older than 15 minutes. Time is moved with a fake clock (only `Date` is faked, so
 * the database and timers run normally); nothing is deleted to "let the window pass".
 */
const T0 = new Date("2026-11-20T08:00:00.000Z");
const MIN = 60_000;
const at = (ms: number) => vi.setSystemTime(new Date(T0.getTime() + ms));

describe.each(engines)("sign-in throttling on %s", (engine) => {
  let fresh: FreshDatabase;
  let db: Database;
  const password = "mat-khau-dung-roi-1";

  beforeAll(async () => {
    fresh = await freshDatabase(engine);
    db = fresh.open();
    await db.withSession((s) => migrate(s));
    useDatabase(db);
    for (const email of ["a@test.vn", "b@test.vn", "c@test.vn", "d@test.vn", "e@test.vn"]) {
      await createUser({ email, name: email.slice(0, 1).toUpperCase() + " Nguyễn", role: "WRITER", password }, { id: null });
    }
  }, 120_000);

  afterAll(async () => {
    await db?.close();
    await fresh?.dispose();
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  const attempt = (email: string, ip: string, pw: string) => signIn({ email, password: pw }, { ip, userAgent: "vitest" });
  const fakeClock = () => vi.useFakeTimers({ toFake: ["Date"], now: T0 });

  it("an account: 4 failures still let the right password in; the 5th failure locks it, even for the right password", async () => {
    fakeClock();
    for (let i = 1; i <= 4; i++) {
      at(i * MIN);
      expect(await attempt("a@test.vn", `192.0.2.${i}`, "sai-mat-khau")).toEqual({ ok: false, reason: "invalid" });
    }
    at(4 * MIN + 30_000);
    expect((await attempt("a@test.vn", "192.0.2.50", password)).ok).toBe(true); // 4 failures: still allowed

    at(5 * MIN);
    expect(await attempt("a@test.vn", "192.0.2.5", "sai-mat-khau")).toEqual({ ok: false, reason: "invalid" }); // the 5th
    at(5 * MIN + 1_000);
    expect(await attempt("a@test.vn", "192.0.2.51", password)).toEqual({ ok: false, reason: "throttled" });
    expect(await db.prisma.auditLog.findFirstOrThrow({ where: { action: "sign-in.throttled", ip: "192.0.2.51" } })).toMatchObject({
      targetType: "email",
      targetId: "a@test.vn",
      createdAt: new Date(T0.getTime() + 5 * MIN + 1_000),
    });
    expect((await attempt("b@test.vn", "192.0.2.51", password)).ok).toBe(true); // other accounts are not affected
  });

  it("an account is locked for 15 minutes after its failures, then opens again by itself", async () => {
    fakeClock();
    for (let i = 0; i < 5; i++) {
      at(0);
      expect(await attempt("c@test.vn", `198.51.100.${i}`, "sai-mat-khau")).toEqual({ ok: false, reason: "invalid" });
    }
    at(1 * MIN);
    expect(await attempt("c@test.vn", "198.51.100.99", password)).toEqual({ ok: false, reason: "throttled" });
    at(14 * MIN + 59_000);
    expect(await attempt("c@test.vn", "198.51.100.99", password)).toEqual({ ok: false, reason: "throttled" });
    at(15 * MIN + 1_000);
    expect((await attempt("c@test.vn", "198.51.100.99", password)).ok).toBe(true);
  });

  it("the window slides: only failures of the last 15 minutes count", async () => {
    fakeClock();
    // failures at minutes 0, 3, 6, 9, 12 → locked until minute 15, then 4 remain in the window
    for (let i = 0; i < 5; i++) {
      at(i * 3 * MIN);
      expect(await attempt("d@test.vn", `203.0.113.${i}`, "sai-mat-khau")).toEqual({ ok: false, reason: "invalid" });
    }
    at(14 * MIN);
    expect(await attempt("d@test.vn", "203.0.113.99", password)).toEqual({ ok: false, reason: "throttled" });
    at(15 * MIN + 1_000);
    expect((await attempt("d@test.vn", "203.0.113.99", password)).ok).toBe(true);
  });

  it("an IP: 19 failures still let a right password in; the 20th locks the IP for every account, for 15 minutes", async () => {
    fakeClock();
    const ip = "233.252.0.9";
    for (let i = 1; i <= 19; i++) {
      at(i * 10_000);
      expect(await attempt(`nobody${i}@test.vn`, ip, "x")).toEqual({ ok: false, reason: "invalid" });
    }
    at(4 * MIN);
    expect((await attempt("e@test.vn", ip, password)).ok).toBe(true); // 19 failures from this IP: allowed
    at(4 * MIN + 10_000);
    expect(await attempt("nobody20@test.vn", ip, "x")).toEqual({ ok: false, reason: "invalid" }); // the 20th
    at(4 * MIN + 20_000);
    expect(await attempt("e@test.vn", ip, password)).toEqual({ ok: false, reason: "throttled" });
    expect((await attempt("e@test.vn", "233.252.0.10", password)).ok).toBe(true); // another IP is not affected
    // the first failure was at 0:10; 15 minutes later only 19 remain in the window
    at(15 * MIN + 10_000 + 1_000);
    expect((await attempt("e@test.vn", ip, password)).ok).toBe(true);
  });
});
