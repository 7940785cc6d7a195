"use server";

import { revalidatePath } from "next/cache";
import { guardedAction, invalid } from "@/newsroom/auth/guarded-action";
import { requestMeta } from "@/newsroom/auth/request";
import { createResetLink, createUser, setDisabled, setRole, UserCommandError } from "@/newsroom/users/commands";
import { createUserSchema, setDisabledSchema, setRoleSchema, userIdSchema } from "@/newsroom/users/schema";
import { ROLE_LABELS } from "@/newsroom/permissions";

function commandError(error: unknown) {
  if (error instanceof UserCommandError) {
    return { ok: false, message: error.message, fieldErrors: error.field ? { [error.field]: error.message } : undefined };
  }
  throw error;
}

export const createUserAction = guardedAction("users.manage", async (actor, formData) => {
  const parsed = createUserSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error, formData);
  try {
    const user = await createUser(parsed.data, { id: actor.id, ip: (await requestMeta()).ip });
    revalidatePath("/admin/nguoi-dung");
    return { ok: true, message: `Đã tạo tài khoản ${user.email} (${ROLE_LABELS[user.role]}).` };
  } catch (error) {
    return { ...commandError(error), values: { email: String(formData.get("email") ?? ""), name: String(formData.get("name") ?? ""), role: String(formData.get("role") ?? "") } };
  }
});

export const setRoleAction = guardedAction("users.manage", async (actor, formData) => {
  const parsed = setRoleSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error, formData);
  try {
    await setRole(parsed.data.userId, parsed.data.role, { id: actor.id, ip: (await requestMeta()).ip });
  } catch (error) {
    return commandError(error);
  }
  revalidatePath("/admin/nguoi-dung");
  return { ok: true, message: `Đã đổi vai trò thành ${ROLE_LABELS[parsed.data.role]}.` };
});

export const setDisabledAction = guardedAction("users.manage", async (actor, formData) => {
  const parsed = setDisabledSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error, formData);
  try {
    await setDisabled(parsed.data.userId, parsed.data.disabled, { id: actor.id, ip: (await requestMeta()).ip });
  } catch (error) {
    return commandError(error);
  }
  revalidatePath("/admin/nguoi-dung");
  return { ok: true, message: parsed.data.disabled ? "Đã khóa tài khoản và kết thúc mọi phiên đăng nhập của tài khoản." : "Đã mở khóa tài khoản." };
});

export const resetLinkAction = guardedAction("users.manage", async (actor, formData) => {
  const parsed = userIdSchema.safeParse(formData.get("userId"));
  if (!parsed.success) return { ok: false, message: "Tài khoản không hợp lệ." };
  try {
    const { token, expiresAt } = await createResetLink(parsed.data, { id: actor.id, ip: (await requestMeta()).ip });
    return {
      ok: true,
      message: "Đã tạo liên kết đặt lại mật khẩu (dùng một lần, hết hạn sau 24 giờ). Hãy gửi cho người dùng qua kênh an toàn.",
      result: { link: `/admin/dat-lai-mat-khau/${token}`, expiresAt: expiresAt.toISOString() },
    };
  } catch (error) {
    return commandError(error);
  }
});
