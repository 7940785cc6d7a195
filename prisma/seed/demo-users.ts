import { randomBytes } from "node:crypto";
import type { PrismaClient } from "@/generated/prisma/client";
import { createUser } from "@/newsroom/users/commands";

/**
 * Demo newsroom accounts for the embedded demo: created once, on a database that has
 * no account yet, with random passwords that are printed once. Never in production.
 */
export const DEMO_USERS = [
  { email: "quantri@demo.local", name: "Quản trị Demo", role: "ADMIN" as const },
  { email: "bientap@demo.local", name: "Biên tập Demo", role: "EDITOR" as const },
  { email: "phongvien@demo.local", name: "Phóng viên Demo", role: "WRITER" as const },
];

export async function createDemoUsers(prisma: PrismaClient): Promise<{ email: string; role: string; password: string }[]> {
  if (process.env.NODE_ENV === "production" || process.env.NEWSROOM_DEMO_USERS === "0") return [];
  if ((await prisma.user.count()) > 0) return [];
  const created = [];
  for (const user of DEMO_USERS) {
    const password = `demo-${randomBytes(6).toString("base64url")}`;
    await createUser({ ...user, password }, { id: null });
    created.push({ email: user.email, role: user.role, password });
  }
  return created;
}
