import { connection } from "next/server";
import { getCategory } from "@/content/article/lists";
import { categoryPath } from "@/content/article/paths";
import { feedItems } from "@/content/feeds/queries";
import { rssDocument } from "@/content/feeds/rss";
import { xmlResponse } from "@/content/feeds/xml";
import { absoluteUrl, SITE_NAME } from "@/content/site/config";

/** RSS 2.0 of one category: /rss/<category-slug>.xml */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  await connection();
  const slug = (await params).file.match(/^([a-z0-9-]{1,100})\.xml$/)?.[1];
  const category = slug ? await getCategory(slug) : null;
  if (!slug || !category) {
    return new Response("Không tìm thấy chuyên mục.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  const items = await feedItems(slug);
  return xmlResponse(
    rssDocument(
      {
        title: `${category.name} — ${SITE_NAME}`,
        link: absoluteUrl(categoryPath(slug)),
        description: category.description ?? category.name,
        self: absoluteUrl(`/rss/${slug}.xml`),
      },
      items,
    ),
    "application/rss+xml",
  );
}
