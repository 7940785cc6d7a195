import { NextResponse, type NextRequest } from "next/server";
import { EDITION_COOKIE, mobilePathFor, shouldRedirectToMobile } from "@/content/routing/editions";
import { articleSlugStatus } from "@/content/routing/slug-status";

/**
 * Runs before rendering, where a response can still get any status:
 *  - 301 for an article's old slug, 410 for an unpublished article (pages answer 404 themselves);
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
  return NextResponse.redirect(new URL(location, origin), status);
}

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
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

  if (!mobile && mobilePathFor(pathname)) {
    if (shouldRedirectToMobile(pathname, request.headers.get("user-agent"), request.cookies.get(EDITION_COOKIE)?.value)) {
      const response = redirect(request, mobilePathFor(pathname)! + search, 302);
      response.headers.set("Vary", "User-Agent, Cookie");
      return response;
    }
  }
  return NextResponse.next();
}

export const config = {
  matcher: ["/", "/bai-viet/:path*", "/chuyen-muc/:path*", "/tim-kiem", "/m/bai-viet/:path*"],
};
