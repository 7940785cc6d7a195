import { cachedFor } from "@/content/cache";
import { readerPrisma } from "@/db/client";
import type { Prisma } from "@/generated/prisma/client";
import { afterCursor, encodeCursor, NEWEST_FIRST, type Cursor } from "./cursor";
import { authorTag, categoryTag, HOME_TAG, MOST_READ_TAG, tagTag } from "./cache-tags";
import { readCount, readCursor, readId, readSlug } from "@/content/read-input";
import { MAX_LIST_LIMIT, PUBLISHED, summarySelect, toSummary, type ArticleSummary } from "./queries";

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
  return page(
    { categoryId: { in: category.ids }, ...(excludeId ? { id: { not: excludeId } } : {}) },
    cursor,
    limit,
  );
}

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
  return page({ tags: { some: { tagId: tag.id } } }, cursor, limit);
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
  return page({ bylines: { some: { personId: author.id } } }, cursor, limit);
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
  const db = readerPrisma();
  const categories = await db.category.findMany({
    where: { parentId: null },
    orderBy: { position: "asc" },
    select: { id: true, name: true, slug: true, children: { select: { id: true } } },
  });
  const lists = await Promise.all(
    categories.map((c) =>
      db.article.findMany({
        where: { ...PUBLISHED, categoryId: { in: [c.id, ...c.children.map((x) => x.id)] } },
        orderBy: NEWEST_FIRST,
        take: perSection,
        select: summarySelect,
      }),
    ),
  );
  return categories
    .map((c, i) => ({ category: { name: c.name, slug: c.slug }, items: lists[i].map(toSummary) }))
    .filter((s) => s.items.length > 0);
}
