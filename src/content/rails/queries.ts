import { cachedFor } from "@/content/cache";
import { prisma } from "@/db/client";
import { categoryTag, RAILS_TAG } from "@/content/article/cache-tags";
import { encodeCursor, NEWEST_FIRST } from "@/content/article/cursor";
import { PUBLISHED, summarySelect, toSummary, type ArticleSummary } from "@/content/article/queries";
import { pickInteresting, takeDistinct } from "./select";

export const MUST_SEE_SLOT = "must-see";

export interface Rails {
  mustSee: ArticleSummary[];
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

/** The rails under an article, distinct from each other and from its related links. */
export async function getRails(input: RailsInput, sizes = { mustSee: 6, interesting: 6, others: 8 }): Promise<Rails> {
  "use cache";
  cachedFor("minutes", RAILS_TAG, categoryTag(input.categorySlug));
  const db = prisma();
  const since = new Date(Date.now() - 14 * 86_400_000);
  const sameCategoryTake = sizes.others + sizes.interesting + sizes.mustSee + input.relatedIds.length + 1;
  const [picks, mostRead, candidates, sameCategory] = await Promise.all([
    db.editorPick.findMany({
      where: { slot: MUST_SEE_SLOT, article: PUBLISHED },
      orderBy: { position: "asc" },
      take: sizes.mustSee + 1,
      select: { article: { select: summarySelect } },
    }),
    db.article.findMany({
      where: { ...PUBLISHED, publishedAt: { gte: since } },
      orderBy: [{ viewCount: "desc" }, { id: "desc" }],
      take: sizes.mustSee * 2,
      select: summarySelect,
    }),
    db.article.findMany({
      where: {
        ...PUBLISHED,
        OR: [{ categoryId: input.categoryId }, ...(input.tagIds.length ? [{ tags: { some: { tagId: { in: input.tagIds } } } }] : [])],
      },
      orderBy: NEWEST_FIRST,
      take: 80,
      select: { ...summarySelect, categoryId: true, tags: { select: { tagId: true } } },
    }),
    db.article.findMany({
      where: { ...PUBLISHED, category: { slug: input.categorySlug } },
      orderBy: NEWEST_FIRST,
      take: sameCategoryTake,
      select: summarySelect,
    }),
  ]);
  const shown = new Set<number>([input.id, ...input.relatedIds]);
  const mustSee = takeDistinct(
    [...picks.map((p) => p.article), ...mostRead].map(toSummary),
    input.id,
    shown,
    sizes.mustSee,
  );
  const interesting = pickInteresting(
    candidates.map((c) => ({ ...toSummary(c), categoryId: c.categoryId, tagIds: c.tags.map((t) => t.tagId) })),
    { id: input.id, categoryId: input.categoryId, tagIds: input.tagIds, now: new Date() },
    shown,
    sizes.interesting,
  ).map(({ categoryId: _c, tagIds: _t, ...summary }) => summary);
  interesting.forEach((a) => shown.add(a.id));
  const others = takeDistinct(sameCategory.map(toSummary), input.id, shown, sizes.others);
  // "Xem thêm" continues the category list after the last story shown, if any remain.
  const last = others[others.length - 1];
  const fetchedAll = sameCategory.length < sameCategoryTake;
  const remaining = last ? sameCategory.length - 1 - sameCategory.findIndex((a) => a.id === last.id) : 0;
  return { mustSee, interesting, others, othersNext: last && (remaining > 0 || !fetchedAll) ? encodeCursor(last) : null };
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
