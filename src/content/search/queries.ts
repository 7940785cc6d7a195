import { cachedFor } from "@/content/cache";
import { prisma } from "@/db/client";
import { SEARCH_TAG } from "@/content/article/cache-tags";
import { PUBLISHED, summarySelect, toSummary, type ArticleSummary } from "@/content/article/queries";
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
 * diacritics through the `articles_search_idx` expression index. Stories whose title
 * contains every word come first, then by rank, then newest.
 */
export async function searchArticles(input: string, page = 1): Promise<SearchResults> {
  "use cache";
  cachedFor("minutes", SEARCH_TAG);
  const { display, terms, tsquery } = buildSearchQuery(input);
  const empty = { query: display, terms, total: 0, page, pages: 0, items: [] };
  if (!tsquery || page < 1 || page > MAX_SEARCH_PAGES) return empty;
  const db = prisma();
  const offset = (page - 1) * SEARCH_PAGE_SIZE;
  const rows = await db.$queryRaw<{ id: number; total: bigint | number }[]>`
    WITH q AS (SELECT to_tsquery('simple', ${tsquery}) AS query)
    SELECT a.id, count(*) OVER () AS total
    FROM articles a, q
    WHERE a.status = 'PUBLISHED'
      AND (setweight(to_tsvector('simple', f_unaccent(a.title)), 'A') ||
           setweight(to_tsvector('simple', f_unaccent(a.sapo)), 'B')) @@ q.query
    ORDER BY (to_tsvector('simple', f_unaccent(a.title)) @@ q.query) DESC,
             ts_rank(setweight(to_tsvector('simple', f_unaccent(a.title)), 'A') ||
                     setweight(to_tsvector('simple', f_unaccent(a.sapo)), 'B'), q.query) DESC,
             a.published_at DESC, a.id DESC
    LIMIT ${SEARCH_PAGE_SIZE} OFFSET ${offset}`;
  const total = rows.length ? Number(rows[0].total) : 0;
  const ids = rows.map((r) => Number(r.id));
  const found = ids.length
    ? await db.article.findMany({ where: { id: { in: ids }, ...PUBLISHED }, select: summarySelect })
    : [];
  const byId = new Map(found.map((a) => [a.id, toSummary(a)]));
  return {
    query: display,
    terms,
    total,
    page,
    pages: Math.min(MAX_SEARCH_PAGES, Math.ceil(total / SEARCH_PAGE_SIZE)),
    items: ids.map((id) => byId.get(id)).filter((a): a is ArticleSummary => !!a),
  };
}
