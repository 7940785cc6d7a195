import { connection, type NextRequest } from "next/server";
import { createElement } from "react";
import { mobileNotFound } from "@/components/mobile/mobile-not-found";
import { MobileListPage } from "@/components/mobile/mobile-pages";
import { renderMobile } from "@/components/mobile/render-mobile";
import { decodeCursor } from "@/content/article/cursor";
import { getCategory, listCategory } from "@/content/article/lists";
import { categoryPath } from "@/content/article/paths";
import { badRequest, parseOrUndefined, slugParam } from "@/content/routing/params";
import { absoluteUrl } from "@/content/site/config";

/** Mobile edition category list, "Xem thêm" as a plain link to the next page. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  await connection();
  const slug = parseOrUndefined(slugParam, (await params).slug);
  if (!slug) return mobileNotFound(404);
  const cursor = decodeCursor(request.nextUrl.searchParams.get("truoc") ?? undefined);
  if (cursor === undefined) return badRequest();
  const [category, page] = await Promise.all([getCategory(slug), listCategory(slug, cursor)]);
  if (!category || !page || (cursor && page.items.length === 0)) return mobileNotFound(404);
  return renderMobile(
    {
      title: category.name,
      description: category.description ?? undefined,
      canonical: absoluteUrl(categoryPath(slug)),
      desktopPath: categoryPath(slug),
    },
    createElement(MobileListPage, {
      heading: category.name,
      items: page.items,
      more: page.next ? `/m${categoryPath(slug)}?truoc=${page.next}` : null,
    }),
  );
}
