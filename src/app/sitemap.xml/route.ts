import { connection } from "next/server";
import { escapeXml, xmlResponse } from "@/content/feeds/xml";
import { sitemapChunkCount } from "@/content/feeds/queries";
import { absoluteUrl } from "@/content/site/config";

/** Sitemap index: pages, news, and one chunk of ≤10,000 articles per file (scales past 50,000 URLs). */
export async function GET() {
  await connection();
  const chunks = await sitemapChunkCount();
  const files = ["pages.xml", "news.xml", ...Array.from({ length: chunks }, (_, i) => `articles-${i}.xml`)];
  return xmlResponse(`<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${files.map((f) => `  <sitemap><loc>${escapeXml(absoluteUrl(`/sitemaps/${f}`))}</loc></sitemap>`).join("\n")}
</sitemapindex>`);
}
