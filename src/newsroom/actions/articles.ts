"use server";

import { updateTag } from "next/cache";
import { ArticleConflictError, ArticleRuleError, saveArticle, transitionArticle, type Transition } from "@/content/article/commands";
import { articleInputSchema } from "@/content/article/schema";
import { forgetSlugStatus } from "@/content/routing/slug-status";
import { MUST_SEE_SLOT } from "@/content/rails/queries";
import { setPicks } from "@/content/rails/picks";
import { fieldErrors, guardedAction, type FormState } from "@/newsroom/auth/guarded-action";
import { requestMeta } from "@/newsroom/auth/request";
import type { SessionUser } from "@/newsroom/auth/sessions";
import type { Permission } from "@/newsroom/permissions";
import { getRevision, searchTitles } from "@/newsroom/articles/queries";
import { snapshotInput } from "@/content/article/revision-diff";
import { formId, optionalFormId } from "@/content/routing/params";

/** Refreshes exactly the pages a write touched; readers see the change on their next request. */
function invalidate(tags: string[], slugs: string[] = []) {
  for (const tag of tags) updateTag(tag);
  slugs.forEach((slug) => forgetSlugStatus(slug));
  forgetSlugStatus();
}

function failure(error: unknown): FormState {
  if (error instanceof ArticleConflictError) {
    return {
      ok: false,
      message: `${error.message} Phiên bản hiện tại: ${error.current.version}${error.current.by ? `, do ${error.current.by} lưu` : ""}. Hãy mở bản mới nhất (nội dung bạn đang gõ vẫn còn trong trình soạn thảo).`,
      result: { conflict: "1", currentVersion: String(error.current.version) },
    };
  }
  if (error instanceof ArticleRuleError) return { ok: false, message: error.message, fieldErrors: error.field ? { [error.field]: error.message } : undefined, denied: error.status === 403 ? "forbidden" : undefined };
  throw error;
}

/** Save from the editor: the form carries the whole editor state as JSON in "payload". */
export const saveArticleAction = guardedAction("article.create", async (actor, formData) => {
  let payload: unknown;
  try {
    payload = JSON.parse(String(formData.get("payload") ?? ""));
  } catch {
    return { ok: false, message: "Dữ liệu bài viết không hợp lệ." };
  }
  const parsed = articleInputSchema.safeParse(payload);
  if (!parsed.success) {
    const errors = fieldErrors(parsed.error);
    const bodyIssue = parsed.error.issues.find((i) => i.path[0] === "body");
    if (bodyIssue) errors.body = `Khối nội dung số ${Number(bodyIssue.path[1] ?? 0) + 1}: ${bodyIssue.message}`;
    return { ok: false, message: "Chưa lưu được: vui lòng sửa các trường được đánh dấu. Nội dung bạn đã nhập vẫn còn nguyên.", fieldErrors: errors };
  }
  const id = optionalFormId(formData.get("id"));
  const version = optionalFormId(formData.get("version"));
  if (id === undefined || version === undefined) return { ok: false, message: "Bài viết không hợp lệ." };
  try {
    const saved = await saveArticle(id, version, parsed.data, { id: actor.id, role: actor.role, ip: (await requestMeta()).ip }, { autosave: formData.get("autosave") === "1" });
    invalidate(saved.tags, [saved.slug]);
    return { ok: true, message: formData.get("autosave") === "1" ? "Đã tự động lưu." : "Đã lưu.", result: { id: String(saved.id), version: String(saved.version), slug: saved.slug } };
  } catch (error) {
    return failure(error);
  }
});

function transitionAction(permission: Permission, transition: Transition, done: string) {
  return guardedAction(permission, async (actor: SessionUser, formData: FormData) => {
    const id = formId(formData.get("id"));
    const version = formId(formData.get("version"));
    if (!id || !version) return { ok: false, message: "Hãy lưu bài trước." };
    let scheduledAt: Date | undefined;
    if (transition === "schedule") {
      const raw = String(formData.get("scheduledAt") ?? "");
      const m = raw.match(/^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})(:\d{2})?/);
      scheduledAt = m ? new Date(`${m[1]}${m[2] ?? ":00"}+07:00`) : undefined;
      if (!scheduledAt || Number.isNaN(scheduledAt.getTime())) return { ok: false, message: "Vui lòng chọn thời điểm hẹn giờ.", fieldErrors: { scheduledAt: "Vui lòng chọn thời điểm hẹn giờ." } };
    }
    try {
      const result = await transitionArticle(id, version, transition, { id: actor.id, role: actor.role, ip: (await requestMeta()).ip }, { scheduledAt });
      invalidate(result.tags);
      return { ok: true, message: done, result: { version: String(result.version), status: result.status } };
    } catch (error) {
      return failure(error);
    }
  });
}

export const submitArticleAction = transitionAction("article.submit", "submit", "Đã gửi bài chờ duyệt.");
export const publishArticleAction = transitionAction("article.publish", "publish", "Đã xuất bản.");
export const scheduleArticleAction = transitionAction("article.schedule", "schedule", "Đã hẹn giờ xuất bản.");
export const unpublishArticleAction = transitionAction("article.unpublish", "unpublish", "Đã gỡ bài khỏi trang báo.");
export const deleteArticleAction = transitionAction("article.delete-draft", "delete", "Đã xóa bản nháp.");

/** Related-links picker: published titles matching the typed words (no diacritics needed). */
export const searchTitlesAction = guardedAction("article.create", async (_actor, formData) => {
  const items = await searchTitles(String(formData.get("q") ?? ""), formId(formData.get("exclude")) ?? undefined);
  return { ok: true, result: { items: JSON.stringify(items) } };
});

/** Editors choose the "Nên xem" rail and the home page lead story. */
export const setPicksAction = guardedAction("picks.manage", async (actor, formData) => {
  const slot = String(formData.get("slot"));
  if (slot !== MUST_SEE_SLOT && slot !== "home-lead") return { ok: false, message: "Vị trí không hợp lệ." };
  const given = formData
    .getAll("ids")
    .flatMap((v) => String(v).split(/[\s,]+/))
    .filter(Boolean)
    .map((v) => formId(v));
  if (given.some((n) => n === null)) return { ok: false, message: "Bài viết không hợp lệ." };
  const ids = (given as number[]).slice(0, slot === "home-lead" ? 1 : 10);
  try {
    const tags = await setPicks(slot, ids, actor.id);
    invalidate(tags);
  } catch (error) {
    return failure(error);
  }
  return { ok: true, message: "Đã cập nhật lựa chọn của biên tập." };
});

/** Restores an earlier revision: saved as a new version (nothing is overwritten silently). */
export const restoreRevisionAction = guardedAction("article.create", async (actor, formData) => {
  const id = formId(formData.get("id"));
  const version = formId(formData.get("revision"));
  const current = formId(formData.get("version"));
  if (!id || !version || !current) return { ok: false, message: "Phiên bản không hợp lệ." };
  const revision = await getRevision(id, version);
  const input = revision ? snapshotInput(revision.snapshot) : null;
  if (!input) return { ok: false, message: "Không khôi phục được phiên bản này." };
  try {
    const saved = await saveArticle(id, current, input, { id: actor.id, role: actor.role, ip: (await requestMeta()).ip });
    invalidate(saved.tags, [saved.slug]);
    return { ok: true, message: `Đã khôi phục phiên bản ${version} thành phiên bản mới ${saved.version}.`, result: { version: String(saved.version) } };
  } catch (error) {
    return failure(error);
  }
});
