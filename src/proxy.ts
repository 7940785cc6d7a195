import { NextResponse, type NextRequest } from "next/server";
import { EDITION_COOKIE, mobilePathFor, shouldRedirectToMobile } from "@/content/routing/editions";
import { slugStatus, type SlugKind } from "@/content/routing/slug-status";

/**
 * Runs before rendering, where a response can still get its real status:
 *  - 301 for an article's old slug, 410 for an unpublished one, 404 for unknown slugs;
 *  - 302 to the mobile edition for phones that have not chosen the full site.
 */
const KINDS: Record<string, SlugKind> = { "bai-viet": "article", "chuyen-muc": "category", "chu-de": "tag", "tac-gia": "author" };

/**
 * The friendly "Không tìm thấy" page with a real 404/410 status: a rewrite cannot
 * change the status of a streamed page, so the page is fetched and re-sent.
 */
async function notFoundResponse(request: NextRequest, status: 404 | 410) {
  const target = new URL(mobileOf(request) ? "/m/khong-tim-thay" : "/khong-tim-thay", request.nextUrl.origin);
  const page = await fetch(target, { headers: { "user-agent": request.headers.get("user-agent") ?? "" } });
  return new NextResponse(await page.text(), {
    status,
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" },
  });
}

const mobileOf = (request: NextRequest) => request.nextUrl.pathname === "/m" || request.nextUrl.pathname.startsWith("/m/");

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const mobile = mobileOf(request);
  const path = mobile ? pathname.slice(2) || "/" : pathname;

  const match = path.match(/^\/([a-z-]+)\/([^/]+)$/);
  const kind = match ? KINDS[match[1]] : undefined;
  if (match && kind) {
    let slug = "";
    try {
      slug = decodeURIComponent(match[2]);
    } catch {
      // malformed escape: treated as an unknown slug
    }
    const found = await slugStatus(kind, slug);
    if (found.status === "moved") {
      const url = request.nextUrl.clone();
      url.pathname = `${mobile ? "/m" : ""}/${match[1]}/${found.slug}`;
      return NextResponse.redirect(url, 301);
    }
    if (found.status !== "ok") return notFoundResponse(request, found.status === "gone" ? 410 : 404);
  }

  if (!mobile && mobilePathFor(pathname)) {
    const ua = request.headers.get("user-agent");
    if (shouldRedirectToMobile(pathname, ua, request.cookies.get(EDITION_COOKIE)?.value)) {
      const url = request.nextUrl.clone();
      url.pathname = mobilePathFor(pathname)!;
      url.search = search;
      const response = NextResponse.redirect(url, 302);
      response.headers.set("Vary", "User-Agent, Cookie");
      return response;
    }
    const response = NextResponse.next();
    response.headers.set("Vary", "User-Agent, Cookie");
    return response;
  }
  return NextResponse.next();
}

export const config = {
  matcher: ["/", "/bai-viet/:path*", "/chuyen-muc/:path*", "/chu-de/:path*", "/tac-gia/:path*", "/tim-kiem", "/m", "/m/:path*"],
};
