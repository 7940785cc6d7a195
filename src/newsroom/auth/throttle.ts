import type { Prisma, PrismaClient } from "@/generated/prisma/client";

/**
 * Brute-force brake: too many failed sign-ins for one account, or from one IP, within
 * the window block further attempts for that account / IP until the window passes.
 *
 * Counted from the audit log, atomically: before a password is checked, the attempt is
 * reserved — a transaction takes an advisory lock per account and per IP (always in that
 * order, so two attempts cannot deadlock), counts the failures and the attempts still
 * being checked in the window, and either records "sign-in.throttled" or inserts a
 * "sign-in.attempt" row. The lock makes count-then-insert one step for every connection
 * and process on PostgreSQL (PGlite runs one transaction at a time anyway). The password
 * is then checked outside any transaction, and the attempt row becomes "sign-in.failed"
 * or "sign-in.ok". So N parallel wrong passwords get exactly MAX_FAILURES_PER_ACCOUNT
 * password checks, never more; an attempt cut short (process killed) keeps counting.
 */
export const WINDOW_MS = 15 * 60_000;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_IP = 20;

/** Audit actions that use up the allowance: failures, and attempts whose check is under way. */
const COUNTED = ["sign-in.failed", "sign-in.attempt"];

/** Advisory lock classes (two-int form: its own key space, apart from the bigint locks). */
const LOCK_ACCOUNT = 0x5349_4741; // "SIGA"
const LOCK_IP = 0x5349_4749; // "SIGI"

type Db = Pick<PrismaClient, "$transaction" | "auditLog">;

export type Reservation = { ok: true; attemptId: number } | { ok: false };

export async function reserveSignInAttempt(db: Db, key: { email: string; ip: string | null }, now: Date): Promise<Reservation> {
  const since = new Date(now.getTime() - WINDOW_MS);
  return db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${LOCK_ACCOUNT}::int4, hashtext(${key.email}))`;
      if (key.ip) await tx.$executeRaw`SELECT pg_advisory_xact_lock(${LOCK_IP}::int4, hashtext(${key.ip}))`;
      const window = { action: { in: COUNTED }, createdAt: { gte: since } } satisfies Prisma.AuditLogWhereInput;
      const byAccount = await tx.auditLog.count({ where: { ...window, targetId: key.email } });
      const byIp = key.ip ? await tx.auditLog.count({ where: { ...window, ip: key.ip } }) : 0;
      if (byAccount >= MAX_FAILURES_PER_ACCOUNT || byIp >= MAX_FAILURES_PER_IP) {
        await tx.auditLog.create({ data: { action: "sign-in.throttled", targetType: "email", targetId: key.email, ip: key.ip, createdAt: now } });
        return { ok: false as const };
      }
      const attempt = await tx.auditLog.create({
        data: { action: "sign-in.attempt", targetType: "email", targetId: key.email, ip: key.ip, createdAt: now },
        select: { id: true },
      });
      return { ok: true as const, attemptId: attempt.id };
    },
    // Many attempts may queue on one account's lock; each holds it for a few milliseconds.
    { maxWait: 15_000, timeout: 15_000 },
  );
}

/** The outcome of a reserved attempt: its audit row becomes "sign-in.failed" or "sign-in.ok". */
export async function finishSignInAttempt(
  db: Pick<PrismaClient, "auditLog">,
  attemptId: number,
  outcome: { ok: false; actorId: number | null; reason: "unknown" | "disabled" | "password" } | { ok: true; userId: number },
): Promise<void> {
  await db.auditLog.update({
    where: { id: attemptId },
    data: outcome.ok
      ? { action: "sign-in.ok", actorId: outcome.userId, targetType: "user", targetId: String(outcome.userId) }
      : { action: "sign-in.failed", actorId: outcome.actorId, detail: { reason: outcome.reason } },
  });
}
