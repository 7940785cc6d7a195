import { cachedFor } from "@/content/cache";
import { readerPrisma } from "@/db/client";
import { categoryTag, MOST_READ_TAG, RAILS_TAG } from "@/content/article/cache-tags";
import { encodeCursor } from "@/content/article/cursor";
import { SUMMARY_COLUMNS, summaryFromColumns, type ArticleSummary, type SummaryColumns } from "@/content/article/queries";
import { readCount, readId, readIds, readSlug } from "@/content/read-input";
import { pickInteresting, takeDistinct } from "./select";

export const MUST_SEE_SLOT = "must-see";

export interface Rails {
  mustSee: ArticleSummary[];
  /** "Đọc nhiều": the most read stories of the last two weeks not shown in another rail. */
  mostRead: ArticleSummary[];
  interesting: ArticleSummary[];
  others: ArticleSummary[];
  /** Cursor of the "Xem thêm" continuation of "Tin khác" (the article's category list). */
  othersNext: string | null;
}

export interface RailsInput {
  id: number;
  categoryId: number;
  categorySlug: string;
  tagIds: number[];
  relatedIds: number[];
}

export interface RailSizes {
  mustSee: number;
  mostRead: number;
  interesting: number;
  others: number;
}

const RAIL_SIZES: RailSizes = { mustSee: 6, mostRead: 5, interesting: 6, others: 8 };
/** Bounds of the rails' arguments: stories per rail; tags or related links of an article (the editor allows 12 and 10). */
const MAX_RAIL_SIZE = 20;
const MAX_ARTICLE_IDS = 20;

/** The rails of an article, distinct from each other and from its related links (order of precedence in select.ts). */
export async function getRails(input: RailsInput, sizesWanted: Partial<RailSizes> = {}): Promise<Rails> {
  // Arguments bounded before they become a cache key (src/content/read-input.ts).
  const [id, categoryId, categorySlug] = [readId(input?.id), readId(input?.categoryId), readSlug(input?.categorySlug)];
  if (id === null || categoryId === null || categorySlug === null) {
    return { mustSee: [], mostRead: [], interesting: [], others: [], othersNext: null };
  }
  const sizes = {} as RailSizes;
  for (const key of Object.keys(RAIL_SIZES) as (keyof RailSizes)[]) {
    sizes[key] = readCount(sizesWanted?.[key], RAIL_SIZES[key], MAX_RAIL_SIZE, 0);
  }
  const [tagIds, relatedIds] = [readIds(input.tagIds, MAX_ARTICLE_IDS), readIds(input.relatedIds, MAX_ARTICLE_IDS)];
  return cachedRails({ id, categoryId, categorySlug, tagIds, relatedIds }, sizes);
}

async function cachedRails(input: RailsInput, sizesWanted: RailSizes): Promise<Rails> {
  "use cache";
  cachedFor("minutes", RAILS_TAG, MOST_READ_TAG, categoryTag(input.categorySlug));
  const sizes = { ...RAIL_SIZES, ...sizesWanted };
  const since = new Date(Date.now() - 14 * 86_400_000);
  const sameCategoryTake = sizes.others + sizes.interesting + sizes.mustSee + sizes.mostRead + input.relatedIds.length + 1;
  const { picks, mostRead, candidates, sameCategory } = await readRailLists(input, since, {
    picks: sizes.mustSee + 1,
    // Enough to fill "Đọc nhiều" and top up "Nên xem" after skipping picks and related links.
    mostRead: sizes.mustSee * 2 + sizes.mostRead + input.relatedIds.length + 2,
    candidates: 80,
    sameCategory: sameCategoryTake,
  });
  const shown = new Set<number>([input.id, ...input.relatedIds]);
  const picked = takeDistinct(picks, input.id, shown, sizes.mustSee);
  const readers = mostRead;
  const mostReadRail = takeDistinct(readers, input.id, shown, sizes.mostRead);
  const mustSee = [...picked, ...takeDistinct(readers, input.id, shown, sizes.mustSee - picked.length)];
  const interesting = pickInteresting(
    candidates,
    { id: input.id, categoryId: input.categoryId, tagIds: input.tagIds, now: new Date() },
    shown,
    sizes.interesting,
  ).map(({ categoryId: _c, tagIds: _t, ...summary }) => summary);
  interesting.forEach((a) => shown.add(a.id));
  const others = takeDistinct(sameCategory, input.id, shown, sizes.others);
  // "Xem thêm" continues the category list after the last story shown, if any remain.
  const last = others[others.length - 1];
  const fetchedAll = sameCategory.length < sameCategoryTake;
  const remaining = last ? sameCategory.length - 1 - sameCategory.findIndex((a) => a.id === last.id) : 0;
  return { mustSee, mostRead: mostReadRail, interesting, others, othersNext: last && (remaining > 0 || !fetchedAll) ? encodeCursor(last) : null };
}

interface RailRow extends SummaryColumns {
  list: number;
  categoryId: number;
  tagIds: number[] | null;
}

/**
 * The four lists the rails are chosen from, read in ONE query (so an article page with its
 * rails costs at most 4): 1. the editor's picks for "Nên xem", by position; 2. the most read
 * of the last 14 days (those days' stories first, then their views: walking an index on views
 * would pass years of older, more read stories); 3. the newest stories of the same category or
 * sharing a tag (newest first, the tagged ids hashed once); 4. the newest of the
 * article's category ("Tin khác"). Each list keeps the order the four separate reads had
 * (position; views then id; publication time then id, newest first).
 */
async function readRailLists(
  input: RailsInput,
  since: Date,
  take: { picks: number; mostRead: number; candidates: number; sameCategory: number },
) {
  const rows = await readerPrisma().$queryRaw<RailRow[]>`
    WITH recent AS MATERIALIZED (
      SELECT id, view_count FROM articles WHERE status = 'PUBLISHED' AND published_at >= ${since}
    ), lists AS (
      (SELECT 1 AS list, (row_number() OVER (ORDER BY p.position, p.id))::int AS ord, p.article_id AS id
       FROM editor_picks p JOIN articles a ON a.id = p.article_id
       WHERE p.slot = ${MUST_SEE_SLOT} AND a.status = 'PUBLISHED'
       ORDER BY p.position, p.id LIMIT ${take.picks})
      UNION ALL
      (SELECT 2, (row_number() OVER (ORDER BY view_count DESC, id DESC))::int, id
       FROM recent ORDER BY view_count DESC, id DESC LIMIT ${take.mostRead})
      UNION ALL
      (SELECT 3, (row_number() OVER (ORDER BY a.published_at DESC, a.id DESC))::int, a.id
       FROM articles a
       WHERE a.status = 'PUBLISHED'
         AND (a.category_id = ${input.categoryId}
              OR a.id IN (SELECT t.article_id FROM article_tags t WHERE t.tag_id = ANY(${input.tagIds}::int[])))
       ORDER BY a.published_at DESC, a.id DESC LIMIT ${take.candidates})
      UNION ALL
      (SELECT 4, (row_number() OVER (ORDER BY a.published_at DESC, a.id DESC))::int, a.id
       FROM articles a
       WHERE a.status = 'PUBLISHED' AND a.category_id = (SELECT id FROM categories WHERE slug = ${input.categorySlug})
       ORDER BY a.published_at DESC, a.id DESC LIMIT ${take.sameCategory})
    )
    SELECT l.list, ${SUMMARY_COLUMNS}, a.category_id AS "categoryId",
           CASE WHEN l.list = 3 THEN ARRAY(SELECT t.tag_id FROM article_tags t WHERE t.article_id = a.id) END AS "tagIds"
    FROM lists l
    JOIN articles a ON a.id = l.id
    JOIN categories c ON c.id = a.category_id
    LEFT JOIN media m ON m.id = a.cover_media_id
    ORDER BY l.list, l.ord`;
  const list = (n: number) => rows.filter((r) => r.list === n);
  return {
    picks: list(1).map(summaryFromColumns),
    mostRead: list(2).map(summaryFromColumns),
    candidates: list(3).map((r) => ({ ...summaryFromColumns(r), categoryId: r.categoryId, tagIds: r.tagIds ?? [] })),
    sameCategory: list(4).map(summaryFromColumns),
  };
}

/** The rails of an article page (desktop and mobile edition share this). */
export function getArticleRails(article: { id: number; categoryId: number; tagIds: number[]; breadcrumb: { slug: string }[]; relatedLinks: { id: number }[] }) {
  return getRails({
    id: article.id,
    categoryId: article.categoryId,
    categorySlug: article.breadcrumb[article.breadcrumb.length - 1].slug,
    tagIds: article.tagIds,
    relatedIds: article.relatedLinks.map((a) => a.id),
  });
}
