import { connection } from "next/server";
import { articlePath, categoryPath } from "@/content/article/paths";
import { escapeXml, xmlResponse } from "@/content/feeds/xml";
import { newsSitemapEntries, sitemapCategories, sitemapChunk, sitemapChunkCount } from "@/content/feeds/queries";
import { absoluteUrl, SITE_NAME } from "@/content/site/config";

const url = (loc: string, lastmod?: Date) =>
  `  <url><loc>${escapeXml(absoluteUrl(loc))}</loc>${lastmod ? `<lastmod>${lastmod.toISOString()}</lastmod>` : ""}</url>`;

/** /sitemaps/pages.xml, /sitemaps/news.xml (Google News, last 48 h), /sitemaps/articles-<n>.xml */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  await connection();
  const { file } = await params;
  if (file === "pages.xml") {
    const categories = await sitemapCategories();
    return xmlResponse(`<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${[url("/"), ...categories.map((c) => url(categoryPath(c.slug), c.updatedAt))].join("\n")}
</urlset>`);
  }
  if (file === "news.xml") {
    const items = await newsSitemapEntries();
    return xmlResponse(`<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
${items
  .map(
    (a) => `  <url>
    <loc>${escapeXml(absoluteUrl(articlePath(a.slug)))}</loc>
    <news:news>
      <news:publication><news:name>${escapeXml(SITE_NAME)}</news:name><news:language>vi</news:language></news:publication>
      <news:publication_date>${a.publishedAt.toISOString()}</news:publication_date>
      <news:title>${escapeXml(a.title)}</news:title>${a.keywords.length ? `\n      <news:keywords>${escapeXml(a.keywords.join(", "))}</news:keywords>` : ""}
    </news:news>
  </url>`,
  )
  .join("\n")}
</urlset>`);
  }
  const chunk = file.match(/^articles-(\d{1,6})\.xml$/);
  if (chunk && Number(chunk[1]) < (await sitemapChunkCount())) {
    const entries = await sitemapChunk(Number(chunk[1]));
    return xmlResponse(`<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${entries.map((e) => url(articlePath(e.slug), e.updatedAt)).join("\n")}
</urlset>`);
  }
  return new Response("Không tìm thấy sitemap.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}
