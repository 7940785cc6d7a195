"use server";

import { redirect } from "next/navigation";
import { audit } from "@/newsroom/audit";
import { fieldErrors, formValues, guardedAction, invalid, publicAction } from "@/newsroom/auth/guarded-action";
import { clearSessionCookie, currentUser, requestMeta, setSessionCookie } from "@/newsroom/auth/request";
import { revokeSession, revokeUserSessions } from "@/newsroom/auth/sessions";
import { SIGN_IN_MESSAGES, signIn, signInSchema } from "@/newsroom/auth/sign-in";
import { changePassword, resetPassword, UserCommandError } from "@/newsroom/users/commands";
import { changePasswordSchema, resetPasswordSchema } from "@/newsroom/users/schema";

/** Only same-site paths under /admin are followed after sign-in. */
function safeReturnPath(value: FormDataEntryValue | null): string {
  return typeof value === "string" && /^\/admin(\/[\w\-/]*)?(\?[\w=&%\-]*)?$/.test(value) ? value : "/admin";
}

export const signInAction = publicAction(async (formData) => {
  const parsed = signInSchema.safeParse({ email: formData.get("email"), password: formData.get("password") });
  if (!parsed.success) return invalid(parsed.error, formData);
  const result = await signIn(parsed.data, await requestMeta());
  if (!result.ok) {
    return { ok: false, message: SIGN_IN_MESSAGES[result.reason], values: formValues(formData) };
  }
  await setSessionCookie(result.token, result.expiresAt);
  redirect(safeReturnPath(formData.get("tiep")));
});

export const signOutAction = publicAction(async () => {
  const user = await currentUser();
  if (user) {
    await revokeSession(user.sessionId);
    await audit({ action: "sign-out", actorId: user.id, targetType: "user", targetId: user.id, ip: (await requestMeta()).ip });
  }
  await clearSessionCookie();
  redirect("/admin/dang-nhap");
});

export const signOutEverywhereAction = guardedAction("account.sign-out-everywhere", async (actor) => {
  const count = await revokeUserSessions(actor.id);
  await audit({ action: "sign-out.everywhere", actorId: actor.id, targetType: "user", targetId: actor.id, detail: { sessions: count }, ip: (await requestMeta()).ip });
  await clearSessionCookie();
  redirect("/admin/dang-nhap");
});

export const changePasswordAction = guardedAction("account.change-password", async (actor, formData) => {
  const parsed = changePasswordSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error, formData);
  try {
    await changePassword(actor.id, parsed.data.current, parsed.data.password, actor.sessionId, (await requestMeta()).ip);
  } catch (error) {
    if (error instanceof UserCommandError) return { ok: false, message: error.message, fieldErrors: error.field ? { [error.field]: error.message } : undefined };
    throw error;
  }
  return { ok: true, message: "Đã đổi mật khẩu. Các phiên đăng nhập khác của bạn đã kết thúc." };
});

export const resetPasswordAction = publicAction(async (formData) => {
  const parsed = resetPasswordSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { ok: false, message: "Vui lòng kiểm tra lại các trường được đánh dấu.", fieldErrors: fieldErrors(parsed.error) };
  try {
    await resetPassword(parsed.data.token, parsed.data.password, (await requestMeta()).ip);
  } catch (error) {
    if (error instanceof UserCommandError) return { ok: false, message: error.message };
    throw error;
  }
  return { ok: true, message: "Đã đặt mật khẩu mới. Bạn có thể đăng nhập." };
});
