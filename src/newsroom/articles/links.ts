import { articlePath } from "@/content/article/paths";
import { can, type Role } from "@/newsroom/permissions";
import type { ArticleStatus } from "./statuses";

/**
 * The links a newsroom row offers one viewer, by the same rules the pages they lead to
 * check on the server: the editor opens for anyone who may edit any article, or for a
 * writer's own draft or article in review; the preview for editors or the article's
 * creator; the live page only for a published article.
 */
export function articleLinks(
  viewer: { id: number; role: Role },
  article: { id: number; slug: string; status: ArticleStatus; createdById: number | null },
): { edit?: string; preview?: string; live?: string } {
  const everyone = can(viewer.role, "article.edit-any");
  const mine = article.createdById === viewer.id;
  const ownDraft = mine && (article.status === "DRAFT" || article.status === "IN_REVIEW") && can(viewer.role, "article.edit-own-draft");
  return {
    edit: everyone || ownDraft ? `/admin/bai-viet/${article.id}` : undefined,
    preview: everyone || mine ? `/admin/bai-viet/${article.id}/xem-truoc` : undefined,
    live: article.status === "PUBLISHED" ? articlePath(article.slug) : undefined,
  };
}
