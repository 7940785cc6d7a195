import { cachedFor } from "@/content/cache";
import { prisma } from "@/db/client";
import { categoryTag, FEEDS_TAG } from "@/content/article/cache-tags";
import { NEWEST_FIRST } from "@/content/article/cursor";
import { PUBLISHED, summarySelect, toSummary, type ArticleSummary } from "@/content/article/queries";

/** Reads behind sitemaps and RSS, cached under the "feeds" tag. */
export const SITEMAP_CHUNK = 10_000;

export interface SitemapEntry {
  slug: string;
  updatedAt: Date;
}

/** Number of article sitemap chunks: chunk n holds ids [n·10000, (n+1)·10000). */
export async function sitemapChunkCount(): Promise<number> {
  "use cache";
  cachedFor("hours", FEEDS_TAG);
  const max = await prisma().article.aggregate({ where: PUBLISHED, _max: { id: true } });
  return max._max.id ? Math.floor(max._max.id / SITEMAP_CHUNK) + 1 : 0;
}

export async function sitemapChunk(chunk: number): Promise<SitemapEntry[]> {
  "use cache";
  cachedFor("hours", FEEDS_TAG);
  return prisma().article.findMany({
    where: { ...PUBLISHED, id: { gte: chunk * SITEMAP_CHUNK, lt: (chunk + 1) * SITEMAP_CHUNK } },
    orderBy: { id: "asc" },
    select: { slug: true, updatedAt: true },
  });
}

export async function sitemapCategories(): Promise<{ slug: string; updatedAt: Date }[]> {
  "use cache";
  cachedFor("hours", FEEDS_TAG);
  return prisma().category.findMany({ orderBy: { position: "asc" }, select: { slug: true, updatedAt: true } });
}

/** Google News sitemap: stories published in the last 48 hours (at most 1,000). */
export async function newsSitemapEntries(): Promise<(ArticleSummary & { keywords: string[] })[]> {
  "use cache";
  cachedFor("minutes", FEEDS_TAG);
  const rows = await prisma().article.findMany({
    where: { ...PUBLISHED, publishedAt: { gte: new Date(Date.now() - 48 * 3_600_000) } },
    orderBy: NEWEST_FIRST,
    take: 1000,
    select: { ...summarySelect, tags: { select: { tag: { select: { name: true } } } } },
  });
  return rows.map((row) => ({ ...toSummary(row), keywords: row.tags.map((t) => t.tag.name) }));
}

/** Newest stories for RSS, site-wide or for one category (with its sub-categories). */
export async function feedItems(categorySlug?: string, limit = 50): Promise<ArticleSummary[]> {
  "use cache";
  cachedFor("minutes", FEEDS_TAG, ...(categorySlug ? [categoryTag(categorySlug)] : []));
  const rows = await prisma().article.findMany({
    where: {
      ...PUBLISHED,
      ...(categorySlug ? { category: { OR: [{ slug: categorySlug }, { parent: { slug: categorySlug } }] } } : {}),
    },
    orderBy: NEWEST_FIRST,
    take: limit,
    select: summarySelect,
  });
  return rows.map(toSummary);
}
