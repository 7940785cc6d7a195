import { NextResponse, type NextRequest } from "next/server";
import { desktopPathFor, EDITION_COOKIE, mobilePathFor } from "@/content/routing/editions";
import { linkKind, localPath } from "@/content/routing/links";

/**
 * Edition switch: /phien-ban?chon=day-du|di-dong&tiep=<path>. Remembers the choice in a
 * cookie for a year and goes to the same content in the chosen edition. Without `tiep`,
 * the Referer (same origin only) says where the reader came from.
 */
export function GET(request: NextRequest) {
  const choice = request.nextUrl.searchParams.get("chon") === "day-du" ? "full" : "mobile";
  let from = request.nextUrl.searchParams.get("tiep") ?? "";
  if (!from) {
    try {
      const referer = new URL(request.headers.get("referer") ?? "");
      if (referer.host === (request.headers.get("host") ?? request.nextUrl.host)) from = referer.pathname + referer.search;
    } catch {
      from = "";
    }
  }
  // Only a path that stays on this site ("/\evil.example" or "/<TAB>/evil.example" do not).
  const { pathname, search: query } = localPath(from) ?? { pathname: "/", search: "" };
  const isMobilePath = pathname === "/m" || pathname.startsWith("/m/");
  let target: string;
  if (choice === "full") target = isMobilePath ? desktopPathFor(pathname) : pathname;
  else target = isMobilePath ? pathname : (mobilePathFor(pathname) ?? "/m");
  // Dropping the "/m" prefix must not turn "/m//evil.example" into "//evil.example".
  if (linkKind(target) !== "local") target = "/";
  // A relative Location keeps the host the reader used (the cookie belongs to it).
  const response = new NextResponse(null, { status: 303, headers: { Location: target + query } });
  response.cookies.set(EDITION_COOKIE, choice, { path: "/", maxAge: 365 * 86_400, sameSite: "lax", httpOnly: true });
  return response;
}
