import { prisma } from "@/db/client";
import type { Role } from "@/newsroom/permissions";
import { newToken, tokenId } from "./tokens";

/**
 * Database sessions referenced by an httpOnly cookie holding a random token (the row
 * stores its sha256). A session ends after IDLE_MS without use, or MAX_AGE_MS after
 * sign-in, on sign-out, "sign out everywhere", or when an admin disables the account.
 */
export const SESSION_COOKIE = "newsroom_session";
export const IDLE_MS = 8 * 3_600_000;
export const MAX_AGE_MS = 30 * 86_400_000;
const TOUCH_EVERY_MS = 5 * 60_000;

export interface SessionUser {
  id: number;
  email: string;
  name: string;
  role: Role;
  sessionId: string;
}

export async function createSession(userId: number, meta: { ip?: string | null; userAgent?: string | null }, now = new Date()) {
  const { token, id } = newToken();
  await prisma().session.create({
    data: {
      id,
      userId,
      ip: meta.ip ?? null,
      userAgent: meta.userAgent?.slice(0, 300) ?? null,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + MAX_AGE_MS),
    },
  });
  return { token, expiresAt: new Date(now.getTime() + MAX_AGE_MS) };
}

/** The signed-in user for a cookie token, or null (expired, idle, revoked or disabled). */
export async function userForToken(token: string | undefined | null, now = new Date()): Promise<SessionUser | null> {
  if (!token || token.length > 100) return null;
  const id = tokenId(token);
  const session = await prisma().session.findUnique({
    where: { id },
    select: { lastSeenAt: true, expiresAt: true, user: { select: { id: true, email: true, name: true, role: true, disabled: true } } },
  });
  if (!session) return null;
  const idle = now.getTime() - session.lastSeenAt.getTime() > IDLE_MS;
  if (idle || session.expiresAt <= now || session.user.disabled) {
    await prisma().session.deleteMany({ where: { id } });
    return null;
  }
  if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await prisma().session.updateMany({ where: { id }, data: { lastSeenAt: now } });
  }
  const { disabled: _disabled, ...user } = session.user;
  return { ...user, sessionId: id };
}

export async function revokeSession(sessionId: string): Promise<void> {
  await prisma().session.deleteMany({ where: { id: sessionId } });
}

export async function revokeUserSessions(userId: number, exceptSessionId?: string): Promise<number> {
  const result = await prisma().session.deleteMany({
    where: { userId, ...(exceptSessionId ? { id: { not: exceptSessionId } } : {}) },
  });
  return result.count;
}
