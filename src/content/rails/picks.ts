import { prisma } from "@/db/client";
import { HOME_TAG, RAILS_TAG } from "@/content/article/cache-tags";
import { ArticleRuleError } from "@/content/article/commands";
import { PUBLISHED, summarySelect, toSummary, type ArticleSummary } from "@/content/article/queries";

/** Replaces an editor-pick slot ("must-see" rail, "home-lead"); returns the tags to refresh. */
export async function setPicks(slot: string, articleIds: number[], _actorId: number): Promise<string[]> {
  const db = prisma();
  const published = await db.article.count({ where: { id: { in: articleIds }, status: "PUBLISHED" } });
  if (published !== new Set(articleIds).size) throw new ArticleRuleError("Chỉ chọn được bài đã xuất bản.");
  await db.$transaction(async (tx) => {
    await tx.editorPick.deleteMany({ where: { slot } });
    await tx.editorPick.createMany({ data: [...new Set(articleIds)].map((articleId, position) => ({ slot, articleId, position })) });
  });
  return slot === "home-lead" ? [HOME_TAG] : [RAILS_TAG];
}

/** Current picks of a slot and recent published stories to choose from (newsroom page). */
export async function picksOverview(take = 40) {
  const db = prisma();
  const [picks, recent] = await Promise.all([
    db.editorPick.findMany({ orderBy: [{ slot: "asc" }, { position: "asc" }], select: { slot: true, articleId: true } }),
    db.article.findMany({ where: { status: "PUBLISHED" }, orderBy: [{ publishedAt: "desc" }, { id: "desc" }], take, select: { id: true, title: true } }),
  ]);
  const chosen = (slot: string) => picks.filter((p) => p.slot === slot).map((p) => p.articleId);
  const missing = picks.filter((p) => !recent.some((r) => r.id === p.articleId)).map((p) => p.articleId);
  const older = missing.length ? await db.article.findMany({ where: { id: { in: missing } }, select: { id: true, title: true } }) : [];
  return { mustSee: chosen("must-see"), homeLead: chosen("home-lead")[0] ?? null, candidates: [...older, ...recent] };
}

/**
 * The chosen stories of both slots as readers get them (published ones only, in order,
 * as summaries for the site's own components), read uncached for the newsroom's preview.
 */
export async function picksPreview(): Promise<{ homeLead: ArticleSummary | null; mustSee: ArticleSummary[] }> {
  const picks = await prisma().editorPick.findMany({
    where: { slot: { in: ["home-lead", "must-see"] }, article: PUBLISHED },
    orderBy: [{ slot: "asc" }, { position: "asc" }],
    select: { slot: true, article: { select: summarySelect } },
  });
  const of = (slot: string) => picks.filter((p) => p.slot === slot).map((p) => toSummary(p.article));
  return { homeLead: of("home-lead")[0] ?? null, mustSee: of("must-see") };
}
