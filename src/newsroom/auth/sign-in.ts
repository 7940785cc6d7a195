import { z } from "zod";
import { prisma } from "@/db/client";
import { verifyPassword } from "./passwords";
import { createSession } from "./sessions";
import { finishSignInAttempt, reserveSignInAttempt } from "./throttle";

export const signInSchema = z.object({
  email: z.string().trim().toLowerCase().email("Email không hợp lệ.").max(200),
  password: z.string().min(1, "Vui lòng nhập mật khẩu.").max(200),
});

export type SignInResult =
  | { ok: true; token: string; expiresAt: Date }
  | { ok: false; reason: "invalid" | "throttled" };

export const SIGN_IN_MESSAGES = {
  invalid: "Email hoặc mật khẩu không đúng.",
  throttled: "Bạn đã nhập sai quá nhiều lần. Vui lòng thử lại sau 15 phút.",
} as const;

/** What sign-in depends on besides the database, replaceable in tests. */
export interface SignInDeps {
  /** The clock that dates the attempt (and so decides the throttling window). */
  now?: () => Date;
  /** The password check (argon2id). */
  verify?: (passwordHash: string | null, password: string) => Promise<boolean>;
}

/**
 * Checks the credentials; never tells whether the email exists. The attempt is reserved
 * against the throttling limits before the password is checked (see throttle.ts), and
 * its audit row records the outcome.
 */
export async function signIn(
  input: z.infer<typeof signInSchema>,
  meta: { ip: string | null; userAgent: string | null },
  deps: SignInDeps = {},
): Promise<SignInResult> {
  const now = deps.now ?? (() => new Date());
  const verify = deps.verify ?? verifyPassword;
  const db = prisma();
  const reservation = await reserveSignInAttempt(db, { email: input.email, ip: meta.ip }, now());
  if (!reservation.ok) return { ok: false, reason: "throttled" };
  const user = await db.user.findUnique({
    where: { email: input.email },
    select: { id: true, passwordHash: true, disabled: true },
  });
  const valid = await verify(user?.passwordHash ?? null, input.password);
  if (!user || !valid || user.disabled) {
    const reason = !user ? "unknown" : user.disabled ? "disabled" : "password";
    await finishSignInAttempt(db, reservation.attemptId, { ok: false, actorId: user?.id ?? null, reason });
    return { ok: false, reason: "invalid" };
  }
  const session = await createSession(user.id, meta);
  await finishSignInAttempt(db, reservation.attemptId, { ok: true, userId: user.id });
  return { ok: true, ...session };
}
