import { cachedFor } from "@/content/cache";
import { readerPrisma } from "@/db/client";
import type { Prisma } from "@/generated/prisma/client";
import { afterCursor, encodeCursor, NEWEST_FIRST, type Cursor } from "./cursor";
import { authorTag, categoryTag, FEEDS_TAG, HOME_TAG, MOST_READ_TAG, tagTag } from "./cache-tags";
import { readCount, readCursor, readId, readSlug } from "@/content/read-input";
import { MAX_LIST_LIMIT, PUBLISHED, SUMMARY_COLUMNS, summaryFromColumns, summarySelect, toSummary, type ArticleSummary, type SummaryColumns } from "./queries";

/**
 * Cached lists of published stories (category, tag, author, home sections, most read).
 * Each exported read bounds its arguments (src/content/read-input.ts) before its private
 * 'use cache' body sees them.
 */

export const PAGE_SIZE = 15;

export interface ArticlePage {
  items: ArticleSummary[];
  /** Cursor of the next page, or null at the end. */
  next: string | null;
}

async function page(where: Prisma.ArticleWhereInput, cursor: Cursor | null, limit: number): Promise<ArticlePage> {
  const rows = await readerPrisma().article.findMany({
    // The cursor's first key again as a plain bound: the (status, …, published_at, id) indexes then
    // start at the cursor instead of reading and discarding every newer story (page 1,000 as fast as page 1).
    where: { ...PUBLISHED, ...where, ...afterCursor(cursor), ...(cursor ? { publishedAt: { lte: cursor.publishedAt } } : {}) },
    orderBy: NEWEST_FIRST,
    take: limit + 1,
    select: summarySelect,
  });
  const items = rows.slice(0, limit).map(toSummary);
  return { items, next: rows.length > limit ? encodeCursor(items[items.length - 1]) : null };
}

export interface CategoryInfo {
  id: number;
  name: string;
  slug: string;
  description: string | null;
  parent: { name: string; slug: string } | null;
  children: { name: string; slug: string }[];
  /** This category and its sub-categories: the ids its lists cover. */
  ids: number[];
}

export async function getCategory(slug: string): Promise<CategoryInfo | null> {
  const checked = readSlug(slug);
  return checked ? cachedCategory(checked) : null;
}

async function cachedCategory(slug: string): Promise<CategoryInfo | null> {
  "use cache";
  cachedFor("hours", categoryTag(slug));
  const row = await readerPrisma().category.findUnique({
    where: { slug },
    select: {
      id: true,
      name: true,
      slug: true,
      description: true,
      parent: { select: { name: true, slug: true } },
      children: { orderBy: { position: "asc" }, select: { id: true, name: true, slug: true } },
    },
  });
  if (!row) return null;
  return {
    ...row,
    children: row.children.map(({ name, slug: s }) => ({ name, slug: s })),
    ids: [row.id, ...row.children.map((c) => c.id)],
  };
}

export async function listCategory(slug: string, cursor: Cursor | null, limit = PAGE_SIZE, excludeId?: number): Promise<ArticlePage | null> {
  const [checked, after] = [readSlug(slug), readCursor(cursor)];
  if (!checked || after === undefined) return null;
  return cachedCategoryList(checked, after, readCount(limit, PAGE_SIZE, MAX_LIST_LIMIT), readId(excludeId));
}

async function cachedCategoryList(slug: string, cursor: Cursor | null, limit: number, excludeId: number | null): Promise<ArticlePage | null> {
  "use cache";
  cachedFor("minutes", categoryTag(slug));
  const category = await getCategory(slug);
  if (!category) return null;
  return page({ ...inCategory(category), ...(excludeId ? { id: { not: excludeId } } : {}) }, cursor, limit);
}

/** The stories of a category's lists (its sub-categories' included), of a tag's, of an author's. */
const inCategory = (category: { ids: number[] }) => ({ categoryId: { in: category.ids } }) satisfies Prisma.ArticleWhereInput;
const withTag = (tag: { id: number }) => ({ tags: { some: { tagId: tag.id } } }) satisfies Prisma.ArticleWhereInput;
const byAuthor = (author: { id: number }) => ({ bylines: { some: { personId: author.id } } }) satisfies Prisma.ArticleWhereInput;

export async function getTag(slug: string) {
  const checked = readSlug(slug);
  return checked ? cachedTag(checked) : null;
}

async function cachedTag(slug: string) {
  "use cache";
  cachedFor("hours", tagTag(slug));
  return readerPrisma().tag.findUnique({ where: { slug }, select: { id: true, name: true, slug: true } });
}

export async function listTag(slug: string, cursor: Cursor | null, limit = PAGE_SIZE): Promise<ArticlePage | null> {
  const [checked, after] = [readSlug(slug), readCursor(cursor)];
  if (!checked || after === undefined) return null;
  return cachedTagList(checked, after, readCount(limit, PAGE_SIZE, MAX_LIST_LIMIT));
}

async function cachedTagList(slug: string, cursor: Cursor | null, limit: number): Promise<ArticlePage | null> {
  "use cache";
  cachedFor("minutes", tagTag(slug));
  const tag = await getTag(slug);
  if (!tag) return null;
  return page(withTag(tag), cursor, limit);
}

export async function getAuthor(slug: string) {
  const checked = readSlug(slug);
  return checked ? cachedAuthor(checked) : null;
}

async function cachedAuthor(slug: string) {
  "use cache";
  cachedFor("hours", authorTag(slug));
  return readerPrisma().person.findUnique({ where: { slug }, select: { id: true, name: true, slug: true, bio: true } });
}

export async function listAuthor(slug: string, cursor: Cursor | null, limit = PAGE_SIZE): Promise<ArticlePage | null> {
  const [checked, after] = [readSlug(slug), readCursor(cursor)];
  if (!checked || after === undefined) return null;
  return cachedAuthorList(checked, after, readCount(limit, PAGE_SIZE, MAX_LIST_LIMIT));
}

async function cachedAuthorList(slug: string, cursor: Cursor | null, limit: number): Promise<ArticlePage | null> {
  "use cache";
  cachedFor("minutes", authorTag(slug));
  const author = await getAuthor(slug);
  if (!author) return null;
  return page(byAuthor(author), cursor, limit);
}

/** Filters of listArticles(): slugs of a category (sub-categories included), tag and author, and a start time. */
export interface ArticleFilters {
  category?: string;
  tag?: string;
  author?: string;
  since?: Date;
}

/**
 * The cache tags of listArticles(filters): each slug filter's tag (`category:`, `tag:`,
 * `author:`), or FEEDS_TAG without any (every visible change invalidates it).
 */
export function articleListTags(filters: { category?: string | null; tag?: string | null; author?: string | null }): string[] {
  const { category, tag, author } = filters;
  const tags = [...(category ? [categoryTag(category)] : []), ...(tag ? [tagTag(tag)] : []), ...(author ? [authorTag(author)] : [])];
  return tags.length ? tags : [FEEDS_TAG];
}

/** Why a filtered list has no answer: a filter names something that does not exist. */
export type MissingFilter = "category" | "tag" | "author";

/**
 * Published stories matching every given filter, newest first, with keyset pagination (the read
 * API's list). Tagged with each filter's tag (`category:`, `tag:`, `author:`), so the writes that
 * refresh those pages refresh this list; without any slug filter with FEEDS_TAG, which every
 * visible change invalidates. A malformed cursor or filter reads as null, like the other lists.
 */
export async function listArticles(
  filters: ArticleFilters,
  cursor: Cursor | null,
  limit = PAGE_SIZE,
): Promise<ArticlePage | { missing: MissingFilter } | null> {
  const after = readCursor(cursor);
  if (after === undefined || !filters || typeof filters !== "object" || Array.isArray(filters)) return null;
  const checked: [string | null, string | null, string | null] = [null, null, null];
  for (const [i, value] of [filters.category, filters.tag, filters.author].entries()) {
    if (value === undefined) continue;
    checked[i] = readSlug(value);
    if (checked[i] === null) return null;
  }
  const since = filters.since === undefined ? null : filters.since instanceof Date && Number.isFinite(filters.since.getTime()) ? filters.since.getTime() : undefined;
  if (since === undefined) return null;
  return cachedArticleList(...checked, since, after, readCount(limit, PAGE_SIZE, MAX_LIST_LIMIT));
}

async function cachedArticleList(
  category: string | null,
  tag: string | null,
  author: string | null,
  since: number | null,
  cursor: Cursor | null,
  limit: number,
): Promise<ArticlePage | { missing: MissingFilter }> {
  "use cache";
  cachedFor("minutes", ...articleListTags({ category, tag, author }));
  const [categoryInfo, tagInfo, authorInfo] = await Promise.all([
    category ? getCategory(category) : null,
    tag ? getTag(tag) : null,
    author ? getAuthor(author) : null,
  ]);
  if (category && !categoryInfo) return { missing: "category" };
  if (tag && !tagInfo) return { missing: "tag" };
  if (author && !authorInfo) return { missing: "author" };
  const where: Prisma.ArticleWhereInput[] = [];
  if (categoryInfo) where.push(inCategory(categoryInfo));
  if (tagInfo) where.push(withTag(tagInfo));
  if (authorInfo) where.push(byAuthor(authorInfo));
  if (since !== null) where.push({ publishedAt: { gte: new Date(since) } });
  return page(where.length ? { AND: where } : {}, cursor, limit);
}

/** Most read stories published in the last `days` days ("Đọc nhiều"). */
export async function listMostRead(limit = 5, days = 30): Promise<ArticleSummary[]> {
  return cachedMostRead(readCount(limit, 5, 20), readCount(days, 30, 366));
}

async function cachedMostRead(limit: number, days: number): Promise<ArticleSummary[]> {
  "use cache";
  cachedFor("minutes", MOST_READ_TAG);
  const since = new Date(Date.now() - days * 86_400_000);
  const rows = await readerPrisma().article.findMany({
    where: { ...PUBLISHED, publishedAt: { gte: since } },
    orderBy: [{ viewCount: "desc" }, { id: "desc" }],
    take: limit,
    select: summarySelect,
  });
  return rows.map(toSummary);
}

export interface HomeSection {
  category: { name: string; slug: string };
  items: ArticleSummary[];
}

/** One block per top-level category with its newest stories (sub-categories included). */
export async function getHomeSections(perSection = 4): Promise<HomeSection[]> {
  return cachedHomeSections(readCount(perSection, 4, 12));
}

async function cachedHomeSections(perSection: number): Promise<HomeSection[]> {
  "use cache";
  cachedFor("minutes", HOME_TAG);
  // One query (it was one per category): for each top-level category and each of its direct
  // sub-categories, the newest `perSection` stories by an ordered scan of the (status,
  // category_id, published_at, id) index; of those, the newest `perSection` per section.
  // At most sections × sub-categories × perSection rows are read, however many stories exist.
  const rows = await readerPrisma().$queryRaw<(SummaryColumns & { sectionName: string; sectionSlug: string })[]>`
    WITH newest AS (
      SELECT s.id AS section, x.id,
             row_number() OVER (PARTITION BY s.id ORDER BY x.published_at DESC, x.id DESC) AS ord
      FROM categories s
      JOIN categories k ON k.id = s.id OR k.parent_id = s.id
      CROSS JOIN LATERAL (
        SELECT a.id, a.published_at FROM articles a
        WHERE a.status = 'PUBLISHED' AND a.category_id = k.id
        ORDER BY a.published_at DESC, a.id DESC
        LIMIT ${perSection}
      ) x
      WHERE s.parent_id IS NULL
    )
    SELECT s.name AS "sectionName", s.slug AS "sectionSlug", ${SUMMARY_COLUMNS}
    FROM newest n
    JOIN categories s ON s.id = n.section
    JOIN articles a ON a.id = n.id
    JOIN categories c ON c.id = a.category_id
    LEFT JOIN media m ON m.id = a.cover_media_id
    WHERE n.ord <= ${perSection}
    ORDER BY s.position, s.id, n.ord`;
  const sections: HomeSection[] = [];
  for (const row of rows) {
    const last = sections[sections.length - 1];
    const section = last?.category.slug === row.sectionSlug ? last : sections[sections.push({ category: { name: row.sectionName, slug: row.sectionSlug }, items: [] }) - 1];
    section.items.push(summaryFromColumns(row));
  }
  return sections;
}
