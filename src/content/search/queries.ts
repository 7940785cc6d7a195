import { cachedFor } from "@/content/cache";
import { readerPrisma } from "@/db/client";
import { SEARCH_TAG } from "@/content/article/cache-tags";
import { SUMMARY_COLUMNS, summaryFromColumns, type ArticleSummary, type SummaryColumns } from "@/content/article/queries";
import { readIndex } from "@/content/read-input";
import { buildSearchQuery } from "./query-builder";

export const SEARCH_PAGE_SIZE = 10;
export const MAX_SEARCH_PAGES = 50;

export interface SearchResults {
  query: string;
  terms: string[];
  total: number;
  page: number;
  pages: number;
  items: ArticleSummary[];
}

/**
 * Vietnamese full-text search over title (weight A) and sapo (weight B), ignoring
 * diacritics through the stored `search_vector` column and its GIN index. Stories whose title
 * contains every word come first, then by rank, then newest.
 */
export async function searchArticles(input: string, page = 1): Promise<SearchResults> {
  // The query is cut to 200 characters and 12 words here, so only that reaches the cache key;
  // a page beyond the last one that can have results is answered without a cache entry.
  const { display, terms, tsquery } = buildSearchQuery(input);
  const wanted = readIndex(page, 1, MAX_SEARCH_PAGES);
  if (!tsquery || wanted === null) {
    return { query: display, terms, total: 0, page: Number.isSafeInteger(page) ? page : 1, pages: 0, items: [] };
  }
  return cachedSearch(display, wanted);
}

async function cachedSearch(input: string, page: number): Promise<SearchResults> {
  "use cache";
  cachedFor("minutes", SEARCH_TAG);
  const { display, terms, tsquery } = buildSearchQuery(input);
  const empty = { query: display, terms, total: 0, page, pages: 0, items: [] };
  if (!tsquery) return empty;
  const db = readerPrisma();
  const offset = (page - 1) * SEARCH_PAGE_SIZE;
  // The same query with every word restricted to weight A (the title): "cong:A & doan:*A".
  const inTitle = tsquery.split(" & ").map((word) => `${word}${word.endsWith(":*") ? "" : ":"}A`).join(" & ");
  // search_vector is the stored weighted document (title A, sapo B): ranking a common word's
  // tens of thousands of matches reads it instead of recomputing unaccent + to_tsvector per row.
  // article_search_hits() (migration 20261126120000) gives every match with its sort keys only,
  // read through the index whatever the word, so counting them all does not buffer whole rows;
  // the page's ten stories are then read in the same query.
  const rows = await db.$queryRaw<(SummaryColumns & { total: bigint | number })[]>`
    WITH hits AS (
      SELECT id, in_title, rank, published_at, count(*) OVER () AS total
      FROM article_search_hits(to_tsquery('simple', ${tsquery}), to_tsquery('simple', ${inTitle}))
      ORDER BY in_title DESC, rank DESC, published_at DESC, id DESC
      LIMIT ${SEARCH_PAGE_SIZE} OFFSET ${offset}
    )
    SELECT h.total, ${SUMMARY_COLUMNS}
    FROM hits h
    JOIN articles a ON a.id = h.id
    JOIN categories c ON c.id = a.category_id
    LEFT JOIN media m ON m.id = a.cover_media_id
    ORDER BY h.in_title DESC, h.rank DESC, h.published_at DESC, h.id DESC`;
  const total = rows.length ? Number(rows[0].total) : 0;
  return {
    query: display,
    terms,
    total,
    page,
    pages: Math.min(MAX_SEARCH_PAGES, Math.ceil(total / SEARCH_PAGE_SIZE)),
    items: rows.map(summaryFromColumns),
  };
}
