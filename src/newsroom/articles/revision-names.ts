import type { ArticleInput } from "@/content/article/schema";
import type { DiffNames } from "@/content/article/revision-diff";
import { prisma } from "@/db/client";
import { listCategoryOptions } from "./queries";

/** Category names and titles of the related stories two revisions mention, for their comparison. */
export async function revisionNames(...inputs: ArticleInput[]): Promise<DiffNames> {
  const ids = new Set<number>();
  for (const input of inputs) {
    input.relatedIds.forEach((id) => ids.add(id));
    for (const block of input.body) if (block.type === "related-links") block.articleIds.forEach((id) => ids.add(id));
  }
  const [categories, articles] = await Promise.all([
    listCategoryOptions(),
    ids.size ? prisma().article.findMany({ where: { id: { in: [...ids] } }, select: { id: true, title: true } }) : [],
  ]);
  return { categories: new Map(categories.map((c) => [c.id, c.name])), articles: new Map(articles.map((a) => [a.id, a.title])) };
}
