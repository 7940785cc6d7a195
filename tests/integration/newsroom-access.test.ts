import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useDatabase } from "@/db/client";
import type { Database } from "@/db/connection";
import { migrate } from "@/db/migrate";
import { createSession, IDLE_MS, MAX_AGE_MS, revokeUserSessions, userForToken } from "@/newsroom/auth/sessions";
import { signIn } from "@/newsroom/auth/sign-in";
import { changePassword, createResetLink, createUser, resetPassword, setDisabled, setRole } from "@/newsroom/users/commands";
import { engines, freshDatabase, type FreshDatabase } from "./engines";

const meta = { ip: "203.0.113.7", userAgent: "vitest" };

describe.each(engines)("newsroom access on %s", (engine) => {
  let fresh: FreshDatabase;
  let db: Database;
  let admin: { id: number };
  let writer: { id: number };

  beforeAll(async () => {
    fresh = await freshDatabase(engine);
    db = fresh.open();
    await db.withSession((s) => migrate(s));
    useDatabase(db);
    admin = await createUser({ email: "admin@test.vn", name: "Quản Trị", role: "ADMIN", password: "mat-khau-quan-tri-1" }, { id: null });
    writer = await createUser({ email: "pv@test.vn", name: "Phóng Viên A", role: "WRITER", password: "mat-khau-phong-vien-1" }, { id: admin.id });
  }, 120_000);

  // Every test stands alone (a mutation run executes only the tests that reach a line): a test
  // that changes an account's password works on an account of its own.
  const ownWriter = (email: string, password: string) => createUser({ email, name: `Phóng Viên ${email.split("@")[0]}`, role: "WRITER", password }, { id: admin.id });

  afterAll(async () => {
    await db?.close();
    await fresh?.dispose();
  });

  it("stores only argon2id hashes and gives every account a byline person", async () => {
    const row = await db.prisma.user.findUniqueOrThrow({ where: { id: writer.id }, include: { person: true } });
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    expect(row.passwordHash).not.toContain("mat-khau");
    expect(row.person?.slug).toBe("phong-vien-a");
  });

  it("signs in with the right password only, without telling whether the email exists", async () => {
    const ok = await signIn({ email: "pv@test.vn", password: "mat-khau-phong-vien-1" }, { ...meta, ip: "198.51.100.1" });
    expect(ok.ok).toBe(true);
    const wrong = await signIn({ email: "pv@test.vn", password: "sai" }, { ...meta, ip: "198.51.100.1" });
    const unknown = await signIn({ email: "khong-co@test.vn", password: "sai" }, { ...meta, ip: "198.51.100.1" });
    expect(wrong).toEqual({ ok: false, reason: "invalid" });
    expect(unknown).toEqual({ ok: false, reason: "invalid" });
    const entries = await db.prisma.auditLog.findMany({ where: { ip: "198.51.100.1" }, orderBy: { id: "asc" } });
    expect(entries.map((e) => ({ action: e.action, actorId: e.actorId, targetType: e.targetType, targetId: e.targetId, detail: e.detail }))).toEqual([
      { action: "sign-in.ok", actorId: writer.id, targetType: "user", targetId: String(writer.id), detail: null },
      { action: "sign-in.failed", actorId: writer.id, targetType: "email", targetId: "pv@test.vn", detail: { reason: "password" } },
      { action: "sign-in.failed", actorId: null, targetType: "email", targetId: "khong-co@test.vn", detail: { reason: "unknown" } },
    ]);
  });

  // The sign-in brake (limits, window, per IP) is tested with a fake clock in
  // sign-in-throttle.test.ts and under parallel attempts in sign-in-concurrency.test.ts.

  it("sessions expire when idle or too old, and end when revoked", async () => {
    const now = new Date("2026-11-20T08:00:00Z");
    const { token } = await createSession(writer.id, meta, now);
    expect((await userForToken(token, new Date(now.getTime() + 60_000)))?.email).toBe("pv@test.vn");
    expect(await userForToken(token, new Date(now.getTime() + 60_000 + IDLE_MS + 1))).toBeNull();
    expect(await userForToken(token, now)).toBeNull(); // deleted when found idle

    const old = await createSession(writer.id, meta, now);
    let t = now.getTime();
    while (t < now.getTime() + MAX_AGE_MS - IDLE_MS) {
      t += IDLE_MS / 2;
      expect(await userForToken(old.token, new Date(t))).not.toBeNull();
    }
    expect(await userForToken(old.token, new Date(now.getTime() + MAX_AGE_MS + 1))).toBeNull();

    const a = await createSession(writer.id, meta);
    const b = await createSession(writer.id, meta);
    expect(await revokeUserSessions(writer.id)).toBeGreaterThanOrEqual(2);
    expect(await userForToken(a.token)).toBeNull();
    expect(await userForToken(b.token)).toBeNull();
    expect(await userForToken("not-a-token")).toBeNull();
  });

  it("disabling an account ends its sessions at once and refuses sign-in", async () => {
    const { token } = await createSession(writer.id, meta);
    expect(await userForToken(token)).not.toBeNull();
    await setDisabled(writer.id, true, { id: admin.id });
    expect(await userForToken(token)).toBeNull();
    expect(await signIn({ email: "pv@test.vn", password: "mat-khau-phong-vien-1" }, { ...meta, ip: "192.0.2.200" })).toEqual({ ok: false, reason: "invalid" });
    const refused = await db.prisma.auditLog.findFirstOrThrow({ where: { ip: "192.0.2.200" } });
    expect(refused).toMatchObject({ action: "sign-in.failed", actorId: writer.id, detail: { reason: "disabled" } });
    await setDisabled(writer.id, false, { id: admin.id });
    expect(await db.prisma.auditLog.count({ where: { action: { in: ["user.disable", "user.enable"] } } })).toBe(2);
  });

  it("keeps at least one active admin", async () => {
    await expect(setRole(admin.id, "EDITOR", { id: admin.id })).rejects.toThrow(/quản trị viên cuối cùng/);
    await expect(setDisabled(admin.id, true, { id: writer.id })).rejects.toThrow(/quản trị viên cuối cùng/);
    await setRole(writer.id, "EDITOR", { id: admin.id });
    expect((await db.prisma.user.findUniqueOrThrow({ where: { id: writer.id } })).role).toBe("EDITOR");
    await setRole(writer.id, "WRITER", { id: admin.id });
  });

  it("reset links work once, end sessions, and expire", async () => {
    const writer = await ownWriter("dat-lai@test.vn", "mat-khau-phong-vien-1");
    const { token: session } = await createSession(writer.id, meta);
    const { token } = await createResetLink(writer.id, { id: admin.id });
    await resetPassword(token, "mat-khau-moi-cua-pv-2", null);
    expect(await userForToken(session)).toBeNull();
    await expect(resetPassword(token, "mat-khau-khac-cua-pv-3", null)).rejects.toThrow(/không hợp lệ hoặc đã hết hạn/);
    expect((await signIn({ email: "dat-lai@test.vn", password: "mat-khau-moi-cua-pv-2" }, { ...meta, ip: "192.0.2.201" })).ok).toBe(true);
    const expired = await createResetLink(writer.id, { id: admin.id });
    await db.prisma.passwordReset.updateMany({ data: { expiresAt: new Date(Date.now() - 1000) }, where: { userId: writer.id, usedAt: null } });
    await expect(resetPassword(expired.token, "mat-khau-khac-cua-pv-4", null)).rejects.toThrow(/hết hạn/);
  });

  it("changing one's password needs the current one and ends the other sessions", async () => {
    const writer = await ownWriter("doi-mat-khau@test.vn", "mat-khau-moi-cua-pv-2");
    const keep = await createSession(writer.id, meta);
    const other = await createSession(writer.id, meta);
    const keepId = (await userForToken(keep.token))!.sessionId;
    await expect(changePassword(writer.id, "sai", "mat-khau-moi-5-dai", keepId, null)).rejects.toThrow(/hiện tại không đúng/);
    await changePassword(writer.id, "mat-khau-moi-cua-pv-2", "mat-khau-moi-5-dai", keepId, null);
    expect(await userForToken(keep.token)).not.toBeNull();
    expect(await userForToken(other.token)).toBeNull();
  });

  it("refuses a duplicate email", async () => {
    await expect(createUser({ email: "pv@test.vn", name: "Trùng", role: "WRITER", password: "mat-khau-trung-1" }, { id: admin.id })).rejects.toThrow(/đã có tài khoản/);
  });
});
