import { connection, type NextRequest } from "next/server";
import { createElement } from "react";
import { MobileSearchPage } from "@/components/mobile/mobile-pages";
import { renderMobile } from "@/components/mobile/render-mobile";
import { searchArticles } from "@/content/search/queries";
import { badRequest, pageQuery, parseOrUndefined, searchText } from "@/content/routing/params";
import { absoluteUrl } from "@/content/site/config";

/** Mobile edition search: same query builder and ranking as the desktop page. */
export async function GET(request: NextRequest) {
  await connection();
  const q = parseOrUndefined(searchText(), request.nextUrl.searchParams.get("q") ?? undefined) ?? "";
  const page = parseOrUndefined(pageQuery, request.nextUrl.searchParams.get("trang") ?? undefined);
  if (page === undefined) return badRequest();
  const results = await searchArticles(q, page);
  const href = (p: number) => `/m/tim-kiem?q=${encodeURIComponent(results.query)}${p > 1 ? `&trang=${p}` : ""}`;
  return renderMobile(
    { title: "Tìm kiếm", canonical: absoluteUrl("/tim-kiem"), desktopPath: `/tim-kiem${q ? `?q=${encodeURIComponent(results.query)}` : ""}`, noindex: true },
    createElement(MobileSearchPage, {
      results,
      prev: results.page > 1 ? href(results.page - 1) : null,
      next: results.page < results.pages ? href(results.page + 1) : null,
    }),
  );
}
