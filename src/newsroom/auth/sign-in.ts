import { z } from "zod";
import { prisma } from "@/db/client";
import { audit } from "@/newsroom/audit";
import { verifyPassword } from "./passwords";
import { createSession } from "./sessions";
import { isThrottled } from "./throttle";

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

/** Checks the credentials; never tells whether the email exists. Records the outcome. */
export async function signIn(
  input: z.infer<typeof signInSchema>,
  meta: { ip: string | null; userAgent: string | null },
): Promise<SignInResult> {
  if (await isThrottled(input.email, meta.ip)) {
    await audit({ action: "sign-in.throttled", targetType: "email", targetId: input.email, ip: meta.ip });
    return { ok: false, reason: "throttled" };
  }
  const user = await prisma().user.findUnique({
    where: { email: input.email },
    select: { id: true, passwordHash: true, disabled: true },
  });
  const valid = await verifyPassword(user?.passwordHash ?? null, input.password);
  if (!user || !valid || user.disabled) {
    await audit({
      action: "sign-in.failed",
      actorId: user?.id ?? null,
      targetType: "email",
      targetId: input.email,
      ip: meta.ip,
      detail: { reason: !user ? "unknown" : user.disabled ? "disabled" : "password" },
    });
    return { ok: false, reason: "invalid" };
  }
  const session = await createSession(user.id, meta);
  await audit({ action: "sign-in.ok", actorId: user.id, targetType: "user", targetId: user.id, ip: meta.ip });
  return { ok: true, ...session };
}
