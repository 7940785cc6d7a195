import { prisma } from "@/db/client";
import { HOME_TAG, RAILS_TAG } from "@/content/article/cache-tags";
import { ArticleRuleError } from "@/content/article/commands";

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
