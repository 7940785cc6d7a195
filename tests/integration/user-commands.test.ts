import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/connection";
import { createSession, userForToken } from "@/newsroom/auth/sessions";
import { tokenId } from "@/newsroom/auth/tokens";
import { signIn } from "@/newsroom/auth/sign-in";
import { changePassword, createResetLink, createUser, listUsers, resetPassword, setDisabled, setRole } from "@/newsroom/users/commands";
import { engines, migratedDatabase, type MigratedDatabase } from "./engines";

/**
 * The user administration's commands, each rule with its literal outcome: every account
 * gets a byline person with a unique slug, every change is in the audit log with its
 * details, the last active admin can be neither demoted nor locked, reset links are
 * single-use and last 24 hours, and the account list is ordered for the admin page.
 */
const HOUR = 3_600_000;

describe.each(engines)("user commands on %s", (engine) => {
  let fresh: MigratedDatabase;
  let db: Database;
  let admin: { id: number };
  let n = 0;
  const unique = () => `u${++n}`;

  beforeAll(async () => {
    fresh = await migratedDatabase(engine);
    db = fresh.db;
    admin = await createUser({ email: "goc@test.vn", name: "Quản Trị Gốc", role: "ADMIN", password: "mat-khau-quan-tri-1" }, { id: null });
  }, 120_000);

  afterAll(async () => {
    await fresh?.dispose();
  });

  const lastAudit = (action: string, targetId: number) => db.prisma.auditLog.findFirstOrThrow({ where: { action, targetId: String(targetId) }, orderBy: { id: "desc" } });

  it("an account is a byline person too: slug from the name, made unique with the id, or nguoi-<id>", async () => {
    const a = await createUser({ email: `${unique()}@test.vn`, name: "Trần Thị Mai", role: "WRITER", password: "mat-khau-dai-du-10" }, { id: admin.id, ip: "192.0.2.7" });
    const b = await createUser({ email: `${unique()}@test.vn`, name: "Trần Thị Mai", role: "EDITOR", password: "mat-khau-dai-du-10" }, { id: admin.id });
    const c = await createUser({ email: `${unique()}@test.vn`, name: "!!", role: "WRITER", password: "mat-khau-dai-du-10" }, { id: admin.id });
    const person = (userId: number) => db.prisma.person.findUniqueOrThrow({ where: { userId }, select: { slug: true, name: true } });
    expect(await person(a.id)).toEqual({ slug: "tran-thi-mai", name: "Trần Thị Mai" });
    expect(await person(b.id)).toEqual({ slug: `tran-thi-mai-${b.id}`, name: "Trần Thị Mai" });
    expect(await person(c.id)).toEqual({ slug: `nguoi-${c.id}`, name: "!!" });
    expect(a).toMatchObject({ name: "Trần Thị Mai", role: "WRITER" });
    const entry = await lastAudit("user.create", a.id);
    expect(entry).toMatchObject({ actorId: admin.id, targetType: "user", ip: "192.0.2.7", detail: { email: a.email, role: "WRITER" } });
    expect((await lastAudit("user.create", b.id)).ip).toBeNull();
  });

  it("a role change is audited with from and to; an admin may be demoted while another active admin remains", async () => {
    const other = await createUser({ email: `${unique()}@test.vn`, name: "Quản Trị Hai", role: "ADMIN", password: "mat-khau-dai-du-10" }, { id: admin.id });
    await setRole(other.id, "EDITOR", { id: admin.id, ip: "192.0.2.8" });
    expect(await lastAudit("user.role", other.id)).toMatchObject({ actorId: admin.id, ip: "192.0.2.8", detail: { from: "ADMIN", to: "EDITOR" } });
    // now the root admin is the only one: it cannot be demoted, but "ADMIN → ADMIN" is fine
    await expect(setRole(admin.id, "WRITER", { id: other.id })).rejects.toMatchObject({ message: "Không thể bỏ quyền quản trị của quản trị viên cuối cùng.", field: "role" });
    await setRole(admin.id, "ADMIN", { id: admin.id });
    // a disabled admin does not count as another admin
    const locked = await createUser({ email: `${unique()}@test.vn`, name: "Quản Trị Bị Khóa", role: "ADMIN", password: "mat-khau-dai-du-10" }, { id: admin.id });
    await setDisabled(locked.id, true, { id: admin.id });
    await expect(setRole(admin.id, "EDITOR", { id: admin.id })).rejects.toThrow("Không thể bỏ quyền quản trị của quản trị viên cuối cùng.");
    await expect(setRole(2_000_000, "EDITOR", { id: admin.id })).rejects.toThrow("Không tìm thấy tài khoản.");
    // demoting a non-admin never needs another admin
    await setRole(other.id, "WRITER", { id: admin.id });
    expect((await db.prisma.user.findUniqueOrThrow({ where: { id: other.id } })).role).toBe("WRITER");
  });

  it("locking ends the account's sessions; unlocking keeps none; the last admin and oneself cannot be locked", async () => {
    const user = await createUser({ email: `${unique()}@test.vn`, name: "Người Bị Khóa", role: "WRITER", password: "mat-khau-dai-du-10" }, { id: admin.id });
    const keep = await createSession(admin.id, {});
    const s = await createSession(user.id, {});
    await setDisabled(user.id, true, { id: admin.id, ip: "192.0.2.9" });
    expect(await db.prisma.session.count({ where: { userId: user.id } })).toBe(0);
    expect(await userForToken(keep.token)).not.toBeNull();
    expect(await lastAudit("user.disable", user.id)).toMatchObject({ actorId: admin.id, ip: "192.0.2.9" });
    const again = await db.prisma.session.create({ data: { id: tokenId(`${unique()}-phien`), userId: user.id, lastSeenAt: new Date(), expiresAt: new Date(Date.now() + HOUR) } });
    await setDisabled(user.id, false, { id: admin.id });
    expect(await db.prisma.session.findUnique({ where: { id: again.id } })).not.toBeNull(); // enabling deletes nothing
    expect(await lastAudit("user.enable", user.id)).toMatchObject({ actorId: admin.id });
    expect(s.token).toBeTruthy();
    await expect(setDisabled(admin.id, true, { id: admin.id })).rejects.toThrow("Bạn không thể tự khóa tài khoản của mình.");
    await expect(setDisabled(admin.id, true, { id: user.id })).rejects.toMatchObject({ message: "Không thể khóa quản trị viên cuối cùng.", field: undefined });
    await setDisabled(admin.id, false, { id: user.id }); // enabling the last admin is fine
  });

  it("a reset link: 24 hours, once, ends every session, audited; an expired one is refused at its instant", async () => {
    const user = await createUser({ email: `${unique()}@test.vn`, name: "Người Quên Mật Khẩu", role: "WRITER", password: "mat-khau-cu-dai-1" }, { id: admin.id });
    await expect(createResetLink(2_000_000, { id: admin.id })).rejects.toThrow("Không tìm thấy tài khoản.");
    const before = Date.now();
    const link = await createResetLink(user.id, { id: admin.id, ip: "192.0.2.10" });
    expect(link.expiresAt.getTime() - before).toBeGreaterThanOrEqual(24 * HOUR);
    expect(link.expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(24 * HOUR);
    const stored = await db.prisma.passwordReset.findUniqueOrThrow({ where: { id: tokenId(link.token) } });
    expect(stored).toMatchObject({ userId: user.id, usedAt: null, expiresAt: link.expiresAt });
    expect(await lastAudit("user.reset-link", user.id)).toMatchObject({ actorId: admin.id, ip: "192.0.2.10" });
    const s1 = await createSession(user.id, {});
    await resetPassword(link.token, "mat-khau-moi-dai-2", "192.0.2.11");
    expect(await userForToken(s1.token)).toBeNull();
    expect((await db.prisma.passwordReset.findUniqueOrThrow({ where: { id: tokenId(link.token) } })).usedAt).not.toBeNull();
    expect(await lastAudit("user.password-reset", user.id)).toMatchObject({ actorId: user.id, ip: "192.0.2.11" });
    expect((await signIn({ email: user.email, password: "mat-khau-moi-dai-2" }, { ip: "192.0.2.12", userAgent: null })).ok).toBe(true);
    await expect(resetPassword(link.token, "mat-khau-khac-dai-3", null)).rejects.toThrow("Liên kết đặt lại mật khẩu không hợp lệ hoặc đã hết hạn.");
    const late = await createResetLink(user.id, { id: admin.id });
    await db.prisma.passwordReset.update({ where: { id: tokenId(late.token) }, data: { expiresAt: new Date(Date.now() + 1_000) } });
    await resetPassword(late.token, "mat-khau-kip-gio-4", null); // 1 s before its end: valid
    const expired = await createResetLink(user.id, { id: admin.id });
    await db.prisma.passwordReset.update({ where: { id: tokenId(expired.token) }, data: { expiresAt: new Date(Date.now() - 1) } });
    await expect(resetPassword(expired.token, "mat-khau-tre-gio-5", null)).rejects.toThrow("Liên kết đặt lại mật khẩu không hợp lệ hoặc đã hết hạn.");
  });

  it("changing one's password: the current one is checked, other sessions end, it is audited", async () => {
    const user = await createUser({ email: `${unique()}@test.vn`, name: "Người Đổi Mật Khẩu", role: "WRITER", password: "mat-khau-cu-dai-1" }, { id: admin.id });
    const keep = await createSession(user.id, {});
    const other = await createSession(user.id, {});
    const keepId = (await userForToken(keep.token))!.sessionId;
    await expect(changePassword(2_000_000, "x", "mat-khau-moi-dai-2", keepId, null)).rejects.toMatchObject({ message: "Mật khẩu hiện tại không đúng.", field: "current" });
    await changePassword(user.id, "mat-khau-cu-dai-1", "mat-khau-moi-dai-2", keepId, "192.0.2.13");
    expect(await userForToken(keep.token)).not.toBeNull();
    expect(await userForToken(other.token)).toBeNull();
    expect(await lastAudit("user.password-change", user.id)).toMatchObject({ actorId: user.id, ip: "192.0.2.13" });
    expect((await signIn({ email: user.email, password: "mat-khau-moi-dai-2" }, { ip: "192.0.2.14", userAgent: null })).ok).toBe(true);
  });

  it("the account list: active before locked, then admins, editors, writers, then by name; with session counts", async () => {
    const p = db.prisma;
    await p.user.deleteMany({ where: { id: { not: admin.id } } });
    const mk = (name: string, role: "ADMIN" | "EDITOR" | "WRITER", disabled = false) => p.user.create({ data: { email: `${unique()}@test.vn`, name, role, disabled, passwordHash: "x" } });
    const binh = await mk("Bình", "WRITER");
    await mk("An", "WRITER");
    await mk("Cúc", "EDITOR");
    await mk("Ánh", "WRITER", true);
    await mk("Dũng", "ADMIN", true);
    await createSession(binh.id, {});
    await createSession(binh.id, {});
    const list = await listUsers();
    expect(list.map((u) => [u.name, u.role, u.disabled])).toEqual([
      ["Quản Trị Gốc", "ADMIN", false],
      ["Cúc", "EDITOR", false],
      ["An", "WRITER", false],
      ["Bình", "WRITER", false],
      ["Dũng", "ADMIN", true],
      ["Ánh", "WRITER", true],
    ]);
    expect(list.find((u) => u.id === binh.id)!._count.sessions).toBe(2);
    expect(Object.keys(list[0]).sort()).toEqual(["_count", "createdAt", "disabled", "email", "id", "name", "role"]);
  });
});
