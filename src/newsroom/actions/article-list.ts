"use server";

import { guardedAction, type FormState } from "@/newsroom/auth/guarded-action";
import { requestMeta } from "@/newsroom/auth/request";
import { BULK_OPERATIONS, bulkSelectionSchema, bulkSummary, runBulk, type BulkOperation } from "@/newsroom/articles/bulk";
import { invalidateArticleWrite } from "@/newsroom/articles/invalidate";

/**
 * Bulk actions of the article list. Each is declared with the permission of its workflow
 * step; then every chosen article goes through the single-article command, which checks
 * the role, ownership, status and version again for that article.
 */
function bulkAction(operation: BulkOperation) {
  return guardedAction(BULK_OPERATIONS[operation].permission, async (actor, formData): Promise<FormState> => {
    const parsed = bulkSelectionSchema.safeParse(formData.getAll("ids"));
    if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? "Bài viết được chọn không hợp lệ." };
    const { results, tags } = await runBulk(operation, parsed.data, { id: actor.id, role: actor.role, ip: (await requestMeta()).ip });
    invalidateArticleWrite(tags);
    return { ok: results.every((r) => r.ok), message: bulkSummary(operation, results), result: { items: JSON.stringify(results) } };
  });
}

export const bulkSubmitAction = bulkAction("submit");
export const bulkUnpublishAction = bulkAction("unpublish");
export const bulkDeleteDraftsAction = bulkAction("delete");
