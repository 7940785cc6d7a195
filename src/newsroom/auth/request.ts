import { cookies, headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { connection } from "next/server";
import { can, type Permission } from "@/newsroom/permissions";
import { clientIpFromHeaders } from "./client-ip";
import { SESSION_COOKIE, userForToken, type SessionUser } from "./sessions";

/**
 * The newsroom side of a request: who is signed in, from where. Server only. The address
 * is the socket peer, or behind TRUSTED_PROXIES the client they forward (client-ip.ts);
 * headers a client can set itself (X-Forwarded-For, X-Real-IP) are never believed alone.
 */
export async function requestMeta(): Promise<{ ip: string | null; userAgent: string | null }> {
  const h = await headers();
  return { ip: clientIpFromHeaders(h), userAgent: h.get("user-agent") };
}

/**
 * The signed-in user of this request. Checking a session's idle time and expiry reads
 * the clock, so this first waits for the request itself (`connection()`): reading
 * `new Date()` after `cookies()` alone still counts as prerendering, and Next logs
 * "encountered the unstable value `new Date()`" on every newsroom page.
 */
export async function currentUser(): Promise<SessionUser | null> {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  await connection();
  return userForToken(token, new Date());
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
