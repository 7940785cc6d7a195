import { cachedFor } from "@/content/cache";
import { readerPrisma } from "@/db/client";
import { SEARCH_TAG } from "@/content/article/cache-tags";
import { SUMMARY_COLUMNS, summaryFromColumns, type ArticleSummary, type SummaryColumns } from "@/content/article/queries";
import { readIndex } from "@/content/read-input";
import { buildSearchQuery } from "./query-builder";

export const SEARCH_PAGE_SIZE = 10;
export const MAX_SEARCH_PAGES = 50;
/** Readers page through at most this many results, so a search counts its matches no further. */
export const MAX_RESULTS = SEARCH_PAGE_SIZE * MAX_SEARCH_PAGES;

export interface SearchResults {
  query: string;
  terms: string[];
  /** Stories found, counted up to MAX_RESULTS (the last one a reader can page to). */
  total: number;
  /** More stories match than `total` ("hơn 500 bài viết"); only the first MAX_RESULTS are listed. */
  more: boolean;
  page: number;
  pages: number;
  items: ArticleSummary[];
}

/**
 * Vietnamese full-text search over title (weight A) and sapo (weight B), ignoring
 * diacritics through the stored `search_vector` column and its GIN index. Stories whose title
 * holds every word come first, newest first; then the other matches, newest first (a
 * newspaper's reader looks for the latest story on a subject, and a common word's tens of
 * thousands of matches are never all ranked: see cachedSearch).
 */
export async function searchArticles(input: string, page = 1): Promise<SearchResults> {
  // The query is cut to 200 characters and 12 words here, so only that reaches the cache key;
  // a page beyond the last one that can have results is answered without a cache entry.
  const { display, terms, tsquery } = buildSearchQuery(input);
  const wanted = readIndex(page, 1, MAX_SEARCH_PAGES);
  if (!tsquery || wanted === null) {
    return { query: display, terms, total: 0, more: false, page: Number.isSafeInteger(page) ? page : 1, pages: 0, items: [] };
  }
  return cachedSearch(display, wanted);
}

async function cachedSearch(input: string, page: number): Promise<SearchResults> {
  "use cache";
  cachedFor("minutes", SEARCH_TAG);
  const { display, terms, tsquery } = buildSearchQuery(input);
  const empty = { query: display, terms, total: 0, more: false, page, pages: 0, items: [] };
  if (!tsquery) return empty;
  const db = readerPrisma();
  const offset = (page - 1) * SEARCH_PAGE_SIZE;
  // The same query with every word restricted to weight A (the title): "cong:A & doan:*A".
  const inTitle = tsquery.split(" & ").map((word) => `${word}${word.endsWith(":*") ? "" : ":"}A`).join(" & ");
  // Each group is read newest first and cut at MAX_RESULTS + 1 (one more tells "hơn 500"): for a
  // common word PostgreSQL walks the (status, published_at) index and stops after a few hundred
  // rows, for a rare one it reads the few matches through the GIN index. Nothing is ranked.
  const limit = MAX_RESULTS + 1;
  const rows = await db.$queryRaw<(SummaryColumns & { total: bigint | number; in_title: boolean })[]>`
    WITH title_hits AS MATERIALIZED (
      SELECT a.id, a.published_at FROM articles a
      WHERE a.status = 'PUBLISHED' AND a.search_vector @@ to_tsquery('simple', ${inTitle})
      ORDER BY a.published_at DESC, a.id DESC
      LIMIT ${limit}
    ), other_hits AS MATERIALIZED (
      SELECT a.id, a.published_at FROM articles a
      WHERE a.status = 'PUBLISHED' AND a.search_vector @@ to_tsquery('simple', ${tsquery})
        AND NOT a.search_vector @@ to_tsquery('simple', ${inTitle})
      ORDER BY a.published_at DESC, a.id DESC
      LIMIT ${limit}
    ), hits AS (
      SELECT id, published_at, true AS in_title FROM title_hits
      UNION ALL
      SELECT id, published_at, false FROM other_hits
    ), page AS (
      SELECT id, in_title, published_at, count(*) OVER () AS total
      FROM hits
      ORDER BY in_title DESC, published_at DESC, id DESC
      LIMIT ${SEARCH_PAGE_SIZE} OFFSET ${offset}
    )
    SELECT h.total, h.in_title, ${SUMMARY_COLUMNS}
    FROM page h
    JOIN articles a ON a.id = h.id
    JOIN categories c ON c.id = a.category_id
    LEFT JOIN media m ON m.id = a.cover_media_id
    ORDER BY h.in_title DESC, h.published_at DESC, h.id DESC`;
  const found = rows.length ? Number(rows[0].total) : 0;
  const total = Math.min(found, MAX_RESULTS);
  return {
    query: display,
    terms,
    total,
    more: found > MAX_RESULTS,
    page,
    pages: Math.ceil(total / SEARCH_PAGE_SIZE),
    items: rows.map(summaryFromColumns),
  };
}
