import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useDatabase } from "@/db/client";
import type { Database } from "@/db/connection";
import { migrate } from "@/db/migrate";
import { createSession, IDLE_MS, MAX_AGE_MS, revokeUserSessions, userForToken } from "@/newsroom/auth/sessions";
import { signIn } from "@/newsroom/auth/sign-in";
import { MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_IP } from "@/newsroom/auth/throttle";
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
    const ok = await signIn({ email: "pv@test.vn", password: "mat-khau-phong-vien-1" }, meta);
    expect(ok.ok).toBe(true);
    const wrong = await signIn({ email: "pv@test.vn", password: "sai" }, { ...meta, ip: "198.51.100.1" });
    const unknown = await signIn({ email: "khong-co@test.vn", password: "sai" }, { ...meta, ip: "198.51.100.1" });
    expect(wrong).toEqual({ ok: false, reason: "invalid" });
    expect(unknown).toEqual({ ok: false, reason: "invalid" });
    const entries = await db.prisma.auditLog.findMany({ where: { action: { in: ["sign-in.ok", "sign-in.failed"] } } });
    expect(entries.map((e) => e.action).sort()).toEqual(["sign-in.failed", "sign-in.failed", "sign-in.ok"]);
    expect(entries.every((e) => e.ip)).toBe(true);
  });

  it("throttles an account after repeated failures, even with the right password", async () => {
    const account = { email: "admin@test.vn", password: "sai-mat-khau" };
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) {
      expect(await signIn(account, { ...meta, ip: `192.0.2.${i}` })).toEqual({ ok: false, reason: "invalid" });
    }
    expect(await signIn({ ...account, password: "mat-khau-quan-tri-1" }, meta)).toEqual({ ok: false, reason: "throttled" });
    expect(await db.prisma.auditLog.count({ where: { action: "sign-in.throttled" } })).toBe(1);
    await db.prisma.auditLog.deleteMany({ where: { targetId: "admin@test.vn" } }); // the window passes
    expect((await signIn({ ...account, password: "mat-khau-quan-tri-1" }, meta)).ok).toBe(true);
  });

  it("throttles an IP that tries many accounts", async () => {
    const ip = "233.252.0.9";
    for (let i = 0; i < MAX_FAILURES_PER_IP; i++) await signIn({ email: `nobody${i}@test.vn`, password: "x" }, { ...meta, ip });
    expect(await signIn({ email: "pv@test.vn", password: "mat-khau-phong-vien-1" }, { ...meta, ip })).toEqual({ ok: false, reason: "throttled" });
    expect((await signIn({ email: "pv@test.vn", password: "mat-khau-phong-vien-1" }, { ...meta, ip: "233.252.0.10" })).ok).toBe(true);
  });

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
    const { token: session } = await createSession(writer.id, meta);
    const { token } = await createResetLink(writer.id, { id: admin.id });
    await resetPassword(token, "mat-khau-moi-cua-pv-2", null);
    expect(await userForToken(session)).toBeNull();
    await expect(resetPassword(token, "mat-khau-khac-cua-pv-3", null)).rejects.toThrow(/không hợp lệ hoặc đã hết hạn/);
    expect((await signIn({ email: "pv@test.vn", password: "mat-khau-moi-cua-pv-2" }, { ...meta, ip: "192.0.2.201" })).ok).toBe(true);
    const expired = await createResetLink(writer.id, { id: admin.id });
    await db.prisma.passwordReset.updateMany({ data: { expiresAt: new Date(Date.now() - 1000) }, where: { usedAt: null } });
    await expect(resetPassword(expired.token, "mat-khau-khac-cua-pv-4", null)).rejects.toThrow(/hết hạn/);
  });

  it("changing one's password needs the current one and ends the other sessions", async () => {
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
