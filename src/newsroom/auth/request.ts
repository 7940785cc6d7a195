import { cookies, headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { can, type Permission } from "@/newsroom/permissions";
import { SESSION_COOKIE, userForToken, type SessionUser } from "./sessions";

/** The newsroom side of a request: who is signed in, from where. Server only. */
export async function requestMeta(): Promise<{ ip: string | null; userAgent: string | null }> {
  const h = await headers();
  const forwarded = h.get("x-forwarded-for")?.split(",")[0]?.trim();
  return { ip: forwarded || h.get("x-real-ip") || null, userAgent: h.get("user-agent") };
}

export async function currentUser(): Promise<SessionUser | null> {
  return userForToken((await cookies()).get(SESSION_COOKIE)?.value);
}

export async function setSessionCookie(token: string, expires: Date): Promise<void> {
  (await cookies()).set(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: "lax",
    secure: process.env.NODE_ENV === "production" && (process.env.SITE_URL ?? "").startsWith("https:"),
    path: "/",
    expires,
  });
}

export async function clearSessionCookie(): Promise<void> {
  (await cookies()).delete(SESSION_COOKIE);
}

/**
 * For admin pages: the signed-in user if allowed; anonymous readers are sent to the
 * sign-in page, signed-in users without the permission get a 403.
 */
export async function requirePermission(permission: Permission, returnTo = "/admin"): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect(`/admin/dang-nhap?tiep=${encodeURIComponent(returnTo)}`);
  if (!can(user.role, permission)) forbidden();
  return user;
}
