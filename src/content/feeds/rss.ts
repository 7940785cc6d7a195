import type { ArticleSummary } from "@/content/article/queries";
import { articlePath } from "@/content/article/paths";
import { absoluteUrl, SITE_NAME } from "@/content/site/config";
import { escapeXml } from "./xml";

/** RSS 2.0 document for a list of stories. */
export function rssDocument(channel: { title: string; link: string; description: string; self: string }, items: ArticleSummary[]): string {
  const entries = items
    .map((a) => {
      const url = absoluteUrl(articlePath(a.slug));
      return `    <item>
      <title>${escapeXml(a.title)}</title>
      <link>${escapeXml(url)}</link>
      <guid isPermaLink="true">${escapeXml(url)}</guid>
      <description>${escapeXml(a.sapo)}</description>
      <category>${escapeXml(a.category.name)}</category>
      <pubDate>${a.publishedAt.toUTCString()}</pubDate>
    </item>`;
    })
    .join("\n");
  return `<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>${escapeXml(channel.title)}</title>
    <link>${escapeXml(channel.link)}</link>
    <description>${escapeXml(channel.description)}</description>
    <language>vi</language>
    <copyright>${escapeXml(SITE_NAME)}</copyright>
    <atom:link href="${escapeXml(channel.self)}" rel="self" type="application/rss+xml"/>
${entries}
  </channel>
</rss>`;
}
