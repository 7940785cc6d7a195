import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

/**
 * The newsroom's side of a request (src/newsroom/auth/request.ts) against recorders of
 * Next's request API: which cookie holds the session and how it is set (httpOnly, lax,
 * secure only in production over https, for the whole site, until the session ends), the
 * client's address and browser, and where admin pages send those who may not open them.
 */
const next = vi.hoisted(() => ({
  cookies: new Map<string, string>(),
  set: [] as { name: string; value: string; options: Record<string, unknown> }[],
  deleted: [] as string[],
  headers: new Headers(),
  connected: 0,
  sessions: [] as { token: string | undefined; now: Date }[],
  user: null as null | { id: number; email: string; name: string; role: "WRITER" | "EDITOR" | "ADMIN"; sessionId: string },
}));
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (next.cookies.has(name) ? { name, value: next.cookies.get(name) } : undefined),
    set: (name: string, value: string, options: Record<string, unknown>) => void next.set.push({ name, value, options }),
    delete: (name: string) => void next.deleted.push(name),
  }),
  headers: async () => next.headers,
}));
vi.mock("next/server", () => ({ connection: async () => void next.connected++ }));
vi.mock("next/navigation", () => ({
  redirect: (to: string) => {
    throw new Error(`redirect ${to}`);
  },
  forbidden: () => {
    throw new Error("forbidden");
  },
}));
vi.mock("@/newsroom/auth/sessions", () => ({
  SESSION_COOKIE: "newsroom_session",
  userForToken: async (token: string | undefined, now: Date) => {
    next.sessions.push({ token, now });
    return next.user;
  },
}));

import { clearSessionCookie, currentUser, requestMeta, requirePermission, setSessionCookie } from "@/newsroom/auth/request";

const env = { NODE_ENV: process.env.NODE_ENV, SITE_URL: process.env.SITE_URL, NEWSROOM_PEER_HEADER: process.env.NEWSROOM_PEER_HEADER, TRUSTED_PROXIES: process.env.TRUSTED_PROXIES };
beforeEach(() => {
  next.cookies.clear();
  next.set.length = 0;
  next.deleted.length = 0;
  next.headers = new Headers();
  next.connected = 0;
  next.sessions.length = 0;
  next.user = null;
});
afterEach(() => {
  for (const [k, v] of Object.entries(env)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
});

describe("the session cookie", () => {
  it("is newsroom_session: httpOnly, SameSite=Lax, for the whole site, until the session's end; not secure outside production", async () => {
    const expires = new Date("2026-12-20T00:00:00Z");
    process.env.SITE_URL = "https://bao.example";
    (process.env as Record<string, string>).NODE_ENV = "test";
    await setSessionCookie("tok", expires);
    expect(next.set).toEqual([{ name: "newsroom_session", value: "tok", options: { httpOnly: true, sameSite: "lax", secure: false, path: "/", expires } }]);
  });

  it("is secure in production over https only", async () => {
    const expires = new Date("2026-12-20T00:00:00Z");
    (process.env as Record<string, string>).NODE_ENV = "production";
    process.env.SITE_URL = "https://bao.example";
    await setSessionCookie("a", expires);
    process.env.SITE_URL = "http://localhost:3000";
    await setSessionCookie("b", expires);
    delete process.env.SITE_URL;
    await setSessionCookie("c", expires);
    expect(next.set.map((c) => c.options.secure)).toEqual([true, false, false]);
  });

  it("is deleted on sign-out", async () => {
    await clearSessionCookie();
    expect(next.deleted).toEqual(["newsroom_session"]);
  });
});

describe("the signed-in user", () => {
  it("comes from the session cookie's token, read after the request has started (the clock is the request's)", async () => {
    next.cookies.set("newsroom_session", "token-cua-toi");
    next.cookies.set("other", "x");
    next.user = { id: 3, email: "a@b.vn", name: "A", role: "WRITER", sessionId: "s" };
    const before = Date.now();
    expect(await currentUser()).toEqual(next.user);
    expect(next.connected).toBe(1);
    expect(next.sessions).toHaveLength(1);
    expect(next.sessions[0].token).toBe("token-cua-toi");
    expect(next.sessions[0].now.getTime()).toBeGreaterThanOrEqual(before);
    expect(next.sessions[0].now.getTime()).toBeLessThanOrEqual(Date.now());
  });

  it("without a cookie, the token is undefined", async () => {
    expect(await currentUser()).toBeNull();
    expect(next.sessions[0].token).toBeUndefined();
  });
});

describe("admin pages", () => {
  it("send anonymous readers to sign in, back to where they were", async () => {
    await expect(requirePermission("article.create", "/admin/bai-viet?trang=2")).rejects.toThrow("redirect /admin/dang-nhap?tiep=%2Fadmin%2Fbai-viet%3Ftrang%3D2");
    await expect(requirePermission("article.create")).rejects.toThrow("redirect /admin/dang-nhap?tiep=%2Fadmin");
  });

  it("answer 403 to those without the permission, and give the others their user", async () => {
    next.user = { id: 3, email: "a@b.vn", name: "A", role: "WRITER", sessionId: "s" };
    await expect(requirePermission("users.manage")).rejects.toThrow("forbidden");
    expect(await requirePermission("article.create")).toEqual(next.user);
  });
});

describe("the client", () => {
  it("is the stamped peer address (only when this process stamps it) and the browser's user agent", async () => {
    next.headers = new Headers({ "x-newsroom-peer-address": "203.0.113.9", "user-agent": "Firefox/140.0", "x-forwarded-for": "198.51.100.1" });
    delete process.env.TRUSTED_PROXIES;
    delete process.env.NEWSROOM_PEER_HEADER;
    expect(await requestMeta()).toEqual({ ip: null, userAgent: "Firefox/140.0" });
    process.env.NEWSROOM_PEER_HEADER = "1";
    expect(await requestMeta()).toEqual({ ip: "203.0.113.9", userAgent: "Firefox/140.0" });
    process.env.TRUSTED_PROXIES = "203.0.113.9";
    expect(await requestMeta()).toEqual({ ip: "198.51.100.1", userAgent: "Firefox/140.0" });
    next.headers = new Headers();
    expect(await requestMeta()).toEqual({ ip: null, userAgent: null });
  });
});
