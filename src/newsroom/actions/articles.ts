"use server";

import { ArticleConflictError, ArticleProblemsError, ArticleRuleError, saveAndTransition, saveArticle, transitionArticle, type Transition } from "@/content/article/commands";
import { problemsState, type PublishProblem } from "@/content/article/publish-checks";
import { articleInputSchema, type ArticleInput } from "@/content/article/schema";
import { invalidateArticleWrite as invalidate } from "@/newsroom/articles/invalidate";
import { MUST_SEE_SLOT } from "@/content/rails/queries";
import { setPicks } from "@/content/rails/picks";
import { fieldErrors, guardedAction, type FormState } from "@/newsroom/auth/guarded-action";
import { requestMeta } from "@/newsroom/auth/request";
import type { SessionUser } from "@/newsroom/auth/sessions";
import type { Permission } from "@/newsroom/permissions";
import { getRevision, searchTitles } from "@/newsroom/articles/queries";
import { snapshotInput } from "@/content/article/revision-diff";
import { formId, optionalFormId } from "@/content/routing/params";

function failure(error: unknown): FormState {
  if (error instanceof ArticleConflictError) {
    return {
      ok: false,
      message: `${error.message} Phiên bản hiện tại: ${error.current.version}${error.current.by ? `, do ${error.current.by} lưu` : ""}. Hãy mở bản mới nhất (nội dung bạn đang gõ vẫn còn trong trình soạn thảo).`,
      result: { conflict: "1", currentVersion: String(error.current.version) },
    };
  }
  if (error instanceof ArticleProblemsError) return problemsState(error.message, error.problems);
  if (error instanceof ArticleRuleError) return { ok: false, message: error.message, fieldErrors: error.field ? { [error.field]: error.message } : undefined, denied: error.status === 403 ? "forbidden" : undefined };
  throw error;
}

/** The editor's whole state, sent as JSON in "payload", parsed with the one article schema. */
function editorInput(formData: FormData): { input: ArticleInput } | { refused: FormState } {
  let payload: unknown;
  try {
    payload = JSON.parse(String(formData.get("payload") ?? ""));
  } catch {
    return { refused: { ok: false, message: "Dữ liệu bài viết không hợp lệ." } };
  }
  const parsed = articleInputSchema.safeParse(payload);
  if (parsed.success) return { input: parsed.data };
  const problems = parsed.error.issues.map((issue) => ({
    field: issue.path.join(".") || "form",
    message: issue.path[0] === "body" ? `Khối nội dung số ${Number(issue.path[1] ?? 0) + 1}: ${issue.message}` : issue.message,
  }));
  const state = problemsState("Chưa lưu được: vui lòng sửa các trường được đánh dấu. Nội dung bạn đã nhập vẫn còn nguyên.", problems);
  return { refused: { ...state, fieldErrors: { ...state.fieldErrors, ...fieldErrors(parsed.error), ...bodyError(problems) } } };
}

/** The first body problem, also under the key "body" (the block list's own message). */
function bodyError(problems: PublishProblem[]): Record<string, string> {
  const first = problems.find((p) => p.field.startsWith("body"));
  return first ? { body: first.message } : {};
}

/** "2026-11-30T08:00" typed in Hanoi time (the form's datetime-local), or undefined. */
function scheduledAtOf(formData: FormData): Date | undefined {
  const m = String(formData.get("scheduledAt") ?? "").match(/^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})(:\d{2})?/);
  const at = m ? new Date(`${m[1]}${m[2] ?? ":00"}+07:00`) : undefined;
  return at && !Number.isNaN(at.getTime()) ? at : undefined;
}
const NO_SCHEDULE: FormState = { ok: false, message: "Vui lòng chọn thời điểm hẹn giờ.", fieldErrors: { scheduledAt: "Vui lòng chọn thời điểm hẹn giờ." } };

/** Save from the editor: the form carries the whole editor state as JSON in "payload". */
export const saveArticleAction = guardedAction("article.create", async (actor, formData) => {
  const parsed = editorInput(formData);
  if ("refused" in parsed) return parsed.refused;
  const id = optionalFormId(formData.get("id"));
  const version = optionalFormId(formData.get("version"));
  if (id === undefined || version === undefined) return { ok: false, message: "Bài viết không hợp lệ." };
  try {
    const saved = await saveArticle(id, version, parsed.input, { id: actor.id, role: actor.role, ip: (await requestMeta()).ip }, { autosave: formData.get("autosave") === "1" });
    invalidate(saved.tags, [saved.slug]);
    return { ok: true, message: formData.get("autosave") === "1" ? "Đã tự động lưu." : "Đã lưu.", result: { id: String(saved.id), version: String(saved.version), slug: saved.slug } };
  } catch (error) {
    return failure(error);
  }
});

/**
 * "Lưu và xuất bản", "Lưu và hẹn giờ", and a writer's "Gửi duyệt" with unsaved text: saves the
 * editor's state and applies the step to that version in one transaction (all or nothing).
 */
function saveAndTransitionAction(permission: Permission, transition: "submit" | "publish" | "schedule", done: string) {
  return guardedAction(permission, async (actor: SessionUser, formData: FormData) => {
    const parsed = editorInput(formData);
    if ("refused" in parsed) return parsed.refused;
    const id = optionalFormId(formData.get("id"));
    const version = optionalFormId(formData.get("version"));
    if (id === undefined || version === undefined) return { ok: false, message: "Bài viết không hợp lệ." };
    const scheduledAt = transition === "schedule" ? scheduledAtOf(formData) : undefined;
    if (transition === "schedule" && !scheduledAt) return NO_SCHEDULE;
    try {
      const saved = await saveAndTransition(id, version, parsed.input, transition, { id: actor.id, role: actor.role, ip: (await requestMeta()).ip }, { scheduledAt });
      invalidate(saved.tags, [saved.slug]);
      return { ok: true, message: done, result: { id: String(saved.id), version: String(saved.version), slug: saved.slug, status: saved.status } };
    } catch (error) {
      return failure(error);
    }
  });
}

export const saveAndSubmitArticleAction = saveAndTransitionAction("article.submit", "submit", "Đã lưu và gửi bài chờ duyệt.");
export const saveAndPublishArticleAction = saveAndTransitionAction("article.publish", "publish", "Đã lưu và xuất bản.");
export const saveAndScheduleArticleAction = saveAndTransitionAction("article.schedule", "schedule", "Đã lưu và hẹn giờ xuất bản.");

function transitionAction(permission: Permission, transition: Transition, done: string) {
  return guardedAction(permission, async (actor: SessionUser, formData: FormData) => {
    const id = formId(formData.get("id"));
    const version = formId(formData.get("version"));
    if (!id || !version) return { ok: false, message: "Hãy lưu bài trước." };
    const scheduledAt = transition === "schedule" ? scheduledAtOf(formData) : undefined;
    if (transition === "schedule" && !scheduledAt) return NO_SCHEDULE;
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
