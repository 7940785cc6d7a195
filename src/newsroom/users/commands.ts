import type { z } from "zod";
import { prisma } from "@/db/client";
import { slugify } from "@/content/vietnamese/slugify";
import { audit } from "@/newsroom/audit";
import { hashPassword, verifyPassword } from "@/newsroom/auth/passwords";
import { revokeUserSessions } from "@/newsroom/auth/sessions";
import { newToken, tokenId } from "@/newsroom/auth/tokens";
import type { Role } from "@/newsroom/permissions";
import type { createUserSchema } from "./schema";

/** Writes of the user administration; each records an audit entry. */
export const RESET_LINK_MS = 24 * 3_600_000;

export class UserCommandError extends Error {
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

interface Actor {
  id: number | null;
  ip?: string | null;
}

export async function createUser(input: z.infer<typeof createUserSchema>, actor: Actor) {
  const db = prisma();
  if (await db.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
    throw new UserCommandError("Email này đã có tài khoản.", "email");
  }
  const passwordHash = await hashPassword(input.password);
  const user = await db.$transaction(async (tx) => {
    const created = await tx.user.create({
      data: { email: input.email, name: input.name, role: input.role, passwordHash },
      select: { id: true, email: true, name: true, role: true },
    });
    // Every account is also a byline person, so writers appear under their own name.
    let slug = slugify(input.name) || `nguoi-${created.id}`;
    if (await tx.person.findUnique({ where: { slug }, select: { id: true } })) slug = `${slug}-${created.id}`;
    await tx.person.create({ data: { name: input.name, slug, userId: created.id } });
    await audit(
      { action: "user.create", actorId: actor.id, targetType: "user", targetId: created.id, detail: { email: created.email, role: created.role }, ip: actor.ip },
      tx,
    );
    return created;
  });
  return user;
}

type Tx = Parameters<Parameters<ReturnType<typeof prisma>["$transaction"]>[0]>[0];

/** Serializes every change that could remove an active admin (any engine, any process). */
const ADMIN_GUARD_LOCK = 72707370;

/**
 * Runs a change of one account inside a transaction that holds the admin-guard lock, so
 * "is there another active admin?" and the write cannot interleave with a concurrent one:
 * two admins disabling each other at once leave one admin, never none.
 */
async function withAdminGuard<T>(userId: number, removesAdmin: (role: string) => boolean, message: string, field: string | undefined, write: (tx: Tx, role: string) => Promise<T>): Promise<T> {
  return prisma().$transaction(async (tx) => {
    await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${ADMIN_GUARD_LOCK})`);
    const user = await tx.user.findUnique({ where: { id: userId }, select: { role: true } });
    if (!user) throw new UserCommandError("Không tìm thấy tài khoản.");
    if (user.role === "ADMIN" && removesAdmin(user.role)) {
      const others = await tx.user.count({ where: { role: "ADMIN", disabled: false, id: { not: userId } } });
      if (others === 0) throw new UserCommandError(message, field);
    }
    return write(tx, user.role);
  });
}

export async function setRole(userId: number, role: Role, actor: Actor) {
  await withAdminGuard(userId, () => role !== "ADMIN", "Không thể bỏ quyền quản trị của quản trị viên cuối cùng.", "role", async (tx, from) => {
    await tx.user.update({ where: { id: userId }, data: { role } });
    await audit({ action: "user.role", actorId: actor.id, targetType: "user", targetId: userId, detail: { from, to: role }, ip: actor.ip }, tx);
  });
}

/** Disabling ends the account's sessions at once. */
export async function setDisabled(userId: number, disabled: boolean, actor: Actor) {
  if (disabled && userId === actor.id) throw new UserCommandError("Bạn không thể tự khóa tài khoản của mình.");
  await withAdminGuard(userId, () => disabled, "Không thể khóa quản trị viên cuối cùng.", undefined, async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { disabled } });
    if (disabled) await tx.session.deleteMany({ where: { userId } });
    await audit({ action: disabled ? "user.disable" : "user.enable", actorId: actor.id, targetType: "user", targetId: userId, ip: actor.ip }, tx);
  });
}

/** A one-time link valid for 24 hours; the token is returned once and only its hash is stored. */
export async function createResetLink(userId: number, actor: Actor): Promise<{ token: string; expiresAt: Date }> {
  const db = prisma();
  if (!(await db.user.findUnique({ where: { id: userId }, select: { id: true } }))) throw new UserCommandError("Không tìm thấy tài khoản.");
  const { token, id } = newToken();
  const expiresAt = new Date(Date.now() + RESET_LINK_MS);
  await db.$transaction(async (tx) => {
    await tx.passwordReset.create({ data: { id, userId, expiresAt } });
    await audit({ action: "user.reset-link", actorId: actor.id, targetType: "user", targetId: userId, ip: actor.ip }, tx);
  });
  return { token, expiresAt };
}

/** Uses a reset link: sets the password, ends every session of the account. */
export async function resetPassword(token: string, password: string, ip: string | null) {
  const db = prisma();
  const reset = await db.passwordReset.findUnique({ where: { id: tokenId(token) }, select: { id: true, userId: true, expiresAt: true, usedAt: true } });
  if (!reset || reset.usedAt || reset.expiresAt <= new Date()) {
    throw new UserCommandError("Liên kết đặt lại mật khẩu không hợp lệ hoặc đã hết hạn.");
  }
  const passwordHash = await hashPassword(password);
  await db.$transaction(async (tx) => {
    const used = await tx.passwordReset.updateMany({ where: { id: reset.id, usedAt: null }, data: { usedAt: new Date() } });
    if (used.count !== 1) throw new UserCommandError("Liên kết đặt lại mật khẩu đã được dùng.");
    await tx.user.update({ where: { id: reset.userId }, data: { passwordHash } });
    await tx.session.deleteMany({ where: { userId: reset.userId } });
    await audit({ action: "user.password-reset", actorId: reset.userId, targetType: "user", targetId: reset.userId, ip }, tx);
  });
}

/** Changes one's own password; other sessions of the account end. */
export async function changePassword(userId: number, current: string, password: string, keepSessionId: string, ip: string | null) {
  const db = prisma();
  const user = await db.user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  if (!user || !(await verifyPassword(user.passwordHash, current))) {
    throw new UserCommandError("Mật khẩu hiện tại không đúng.", "current");
  }
  const passwordHash = await hashPassword(password);
  await db.user.update({ where: { id: userId }, data: { passwordHash } });
  await revokeUserSessions(userId, keepSessionId);
  await audit({ action: "user.password-change", actorId: userId, targetType: "user", targetId: userId, ip });
}

export async function listUsers() {
  return prisma().user.findMany({
    orderBy: [{ disabled: "asc" }, { role: "asc" }, { name: "asc" }],
    select: { id: true, email: true, name: true, role: true, disabled: true, createdAt: true, _count: { select: { sessions: true } } },
  });
}
