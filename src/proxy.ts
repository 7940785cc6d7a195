import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy } from "@/platform/content-security-policy";
import { EDITION_COOKIE, mobilePathFor, shouldRedirectToMobile } from "@/content/routing/editions";
import { legacyPathTarget } from "@/content/routing/legacy-paths";
import { articleSlugStatus } from "@/content/routing/slug-status";
import { badRequest, bodyTooLarge, hasMalformedEscapes, isOversizedPost } from "@/content/routing/params";
import { refuseUncallableAction } from "@/newsroom/auth/action-allowlist";

/**
 * Runs before rendering, where a response can still get any status:
 *  - 301 for an article's old slug, 410 for an unpublished article (pages answer 404 themselves);
 *  - 301 for an imported article's old address (WordPress permalink, "/?p=123"; legacy-paths.ts);
 *  - 302 to the mobile edition for phones that have not chosen the full site.
 */
const mobileOf = (pathname: string) => pathname === "/m" || pathname.startsWith("/m/");

/** The friendly "Không tìm thấy" page with status 410 (a rewrite cannot change the status). */
async function goneResponse(request: NextRequest) {
  const target = new URL(mobileOf(request.nextUrl.pathname) ? "/m/khong-tim-thay" : "/khong-tim-thay", request.nextUrl.origin);
  const page = await fetch(target, { headers: { "user-agent": request.headers.get("user-agent") ?? "" } });
  return new NextResponse(await page.text(), {
    status: 410,
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" },
  });
}

/** Redirect on the host the reader used (the Host header), which the edition cookie belongs to. */
function redirect(request: NextRequest, location: string, status: 301 | 302) {
  const origin = `${request.nextUrl.protocol}//${request.headers.get("host") ?? request.nextUrl.host}`;
  let target: URL;
  try {
    target = new URL(location, origin);
  } catch {
    target = new URL(location, request.nextUrl.origin); // a Host header that is no host
  }
  return NextResponse.redirect(target, status);
}

/**
 * Content Security Policy with a fresh nonce per request: Next puts it on its own scripts,
 * so no inline script runs without it (no 'unsafe-inline' for scripts).
 */
function nonceContentSecurityPolicy(nonce: string): string {
  const dev = process.env.NODE_ENV === "development";
  return contentSecurityPolicy(`'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`);
}

/** Lets the request through with the CSP (and its nonce) set for Next to apply. */
function withCsp(request: NextRequest): NextResponse {
  const nonce = btoa(crypto.randomUUID());
  const csp = nonceContentSecurityPolicy(nonce);
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  // Edge checks (src/content/routing/params.ts): path escapes that are not UTF-8 would make
  // Next's own decoding of route params throw (a 500; query values are decoded leniently,
  // into U+FFFD); an oversized server-action body a 500 too.
  if (hasMalformedEscapes(pathname)) return badRequest();
  if (isOversizedPost(request.method, pathname, request.headers.get("content-length"))) return bodyTooLarge();
  // Only the newsroom's actions may run; never a 'use cache' read (src/newsroom/auth/action-allowlist.ts).
  const refused = await refuseUncallableAction(request);
  if (refused) return refused;
  if (pathname.startsWith("/media/")) return NextResponse.next();
  const mobile = mobileOf(pathname);

  const article = (mobile ? pathname.slice(2) : pathname).match(/^\/bai-viet\/([^/]+)$/);
  if (article) {
    let slug = "";
    try {
      slug = decodeURIComponent(article[1]);
    } catch {
      // malformed escape: an unknown slug
    }
    const found = await articleSlugStatus(slug);
    if (found.status === "moved") {
      return redirect(request, `${mobile ? "/m" : ""}/bai-viet/${found.slug}${search}`, 301);
    }
    if (found.status === "gone") return goneResponse(request);
  }

  // Old addresses of imported articles; looked up only for paths outside this site's sections.
  const legacy = request.method === "GET" || request.method === "HEAD" ? await legacyPathTarget(pathname === "/m" ? "/" : pathname, search) : null;
  if (legacy) return redirect(request, `${mobile ? "/m" : ""}/bai-viet/${legacy}`, 301);

  if (!mobile && mobilePathFor(pathname)) {
    if (shouldRedirectToMobile(pathname, request.headers.get("user-agent"), request.cookies.get(EDITION_COOKIE)?.value)) {
      const response = redirect(request, mobilePathFor(pathname)! + search, 302);
      response.headers.set("Vary", "User-Agent, Cookie");
      return response;
    }
  }
  return withCsp(request);
}

export const config = {
  // Every page and route, but not static files; stored media only for the edge checks.
  matcher: [
    "/((?!_next/static|_next/image|media/|favicon.ico).*)",
    "/media/:path*",
    // Any path can carry a server action (a missing page renders the not-found page, which
    // runs it): action requests always go through the allowlist check.
    { source: "/:path*", has: [{ type: "header", key: "next-action" }] },
    { source: "/:path*", has: [{ type: "header", key: "content-type", value: "multipart/form-data.*" }] },
  ],
};
