import { NextResponse, type NextRequest } from "next/server";
import { desktopPathFor, EDITION_COOKIE, mobilePathFor } from "@/content/routing/editions";

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
  if (!from.startsWith("/") || from.startsWith("//")) from = "/";
  const [pathname, query = ""] = from.split("?");
  const isMobilePath = pathname === "/m" || pathname.startsWith("/m/");
  let target: string;
  if (choice === "full") target = isMobilePath ? desktopPathFor(pathname) : pathname;
  else target = isMobilePath ? pathname : (mobilePathFor(pathname) ?? "/m");
  // A relative Location keeps the host the reader used (the cookie belongs to it).
  const response = new NextResponse(null, { status: 303, headers: { Location: target + (query ? `?${query}` : "") } });
  response.cookies.set(EDITION_COOKIE, choice, { path: "/", maxAge: 365 * 86_400, sameSite: "lax", httpOnly: true });
  return response;
}
