import { z } from "zod";
import { positiveId } from "@/content/routing/params";
import { newPasswordSchema } from "@/newsroom/auth/passwords";

/** One zod schema per form of the user administration (server-validated). */
export const roleSchema = z.enum(["WRITER", "EDITOR", "ADMIN"], { error: "Vai trò không hợp lệ." });

export const createUserSchema = z.object({
  email: z.string().trim().toLowerCase().email("Email không hợp lệ.").max(200, "Email quá dài."),
  name: z.string().trim().min(2, "Vui lòng nhập họ tên (ít nhất 2 ký tự).").max(120, "Họ tên quá dài."),
  role: roleSchema,
  password: newPasswordSchema,
});

export const userIdSchema = positiveId("Tài khoản không hợp lệ.");

export const setRoleSchema = z.object({ userId: userIdSchema, role: roleSchema });
export const setDisabledSchema = z.object({ userId: userIdSchema, disabled: z.enum(["0", "1"]).transform((v) => v === "1") });

export const changePasswordSchema = z
  .object({
    current: z.string().min(1, "Vui lòng nhập mật khẩu hiện tại.").max(200),
    password: newPasswordSchema,
    confirm: z.string(),
  })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: "Mật khẩu nhập lại không khớp." });

export const resetPasswordSchema = z
  .object({ token: z.string().min(10).max(100), password: newPasswordSchema, confirm: z.string() })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: "Mật khẩu nhập lại không khớp." });
