import { prisma } from "@/db/client";

/**
 * Brute-force brake: too many failed sign-ins for one account, or from one IP, within
 * the window block further attempts for that account / IP until the window passes.
 * Counted from the audit log (every failure is recorded there anyway).
 */
export const WINDOW_MS = 15 * 60_000;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_IP = 20;

export async function isThrottled(email: string, ip: string | null, now = new Date()): Promise<boolean> {
  const since = new Date(now.getTime() - WINDOW_MS);
  const db = prisma();
  const [byAccount, byIp] = await Promise.all([
    db.auditLog.count({ where: { action: "sign-in.failed", targetId: email, createdAt: { gte: since } } }),
    ip ? db.auditLog.count({ where: { action: "sign-in.failed", ip, createdAt: { gte: since } } }) : 0,
  ]);
  return byAccount >= MAX_FAILURES_PER_ACCOUNT || byIp >= MAX_FAILURES_PER_IP;
}
