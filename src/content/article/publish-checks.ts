import { isShown, type Block } from "@/content/blocks/schema";
import { BLOCK_TYPE_LABELS } from "@/content/blocks/labels";

/**
 * What readers need before an article leaves the newsroom: stated ONCE here, checked by the
 * editor (to list every problem at once, each linked to its field) and enforced on the server
 * at "Gửi duyệt", "Xuất bản", "Hẹn giờ", by the scheduler, and on every save of an article
 * that readers already see (published or scheduled). Drafts save without these checks.
 */
export const MIN_TITLE_CHARS = 5;
export const MIN_SAPO_CHARS = 10;

export interface PublishProblem {
  /**
   * The field the problem is about: "title", "sapo", "categoryId", "bylines", "body",
   * "coverMediaId", or "body.<index>.<field>" for a block (index from 0; field one of
   * mediaId, alt, text, label, articleIds).
   */
  field: string;
  /** Vietnamese, naming the field or the block number the writer sees. */
  message: string;
}

/** The parts of an article these checks read (the editable shape, or a stored row). */
export interface PublishSubject {
  title: string;
  sapo: string;
  categoryId?: number | null;
  bylines: readonly { name: string }[];
  coverMediaId?: number | null;
  body: readonly Block[];
}

/**
 * Every problem that keeps the article from readers, in the order of the form; an empty list
 * means it may be published. `libraryAlt` gives a photo's alt text from the media library
 * (a block's own alt, when typed, wins over it).
 */
export function publishProblems(article: PublishSubject, libraryAlt: (mediaId: number) => string | undefined = () => undefined): PublishProblem[] {
  const problems: PublishProblem[] = [];
  const title = article.title.trim();
  if (!title) problems.push({ field: "title", message: "Tiêu đề: chưa có tiêu đề." });
  else if ([...title].length < MIN_TITLE_CHARS) problems.push({ field: "title", message: `Tiêu đề: cần ít nhất ${MIN_TITLE_CHARS} ký tự.` });
  const sapo = article.sapo.trim();
  if (!sapo) problems.push({ field: "sapo", message: "Sapo: chưa có sapo." });
  else if ([...sapo].length < MIN_SAPO_CHARS) problems.push({ field: "sapo", message: `Sapo: cần ít nhất ${MIN_SAPO_CHARS} ký tự.` });
  if (!article.categoryId) problems.push({ field: "categoryId", message: "Chuyên mục: chưa chọn chuyên mục." });
  if (!article.bylines.some((b) => b.name.trim())) problems.push({ field: "bylines", message: "Tác giả: cần ít nhất một tác giả." });
  if (article.coverMediaId && !libraryAlt(article.coverMediaId)?.trim()) {
    problems.push({ field: "coverMediaId", message: "Ảnh đại diện: ảnh chưa có mô tả (alt) trong thư viện ảnh." });
  }
  if (!article.body.some(isShown)) problems.push({ field: "body", message: "Nội dung: bài chưa có nội dung." });
  article.body.forEach((block, index) => {
    const at = (field: string, what: string) => problems.push({ field: `body.${index}.${field}`, message: `Khối ${index + 1} (${BLOCK_TYPE_LABELS[block.type]}): ${what}` });
    switch (block.type) {
      case "paragraph":
        return; // an empty paragraph is left out when shown, harmlessly
      case "heading":
      case "quote":
        if (!block.text) at("text", "chưa có chữ.");
        return;
      case "interview-turn":
        if (!block.label) at("label", "chưa có nhãn người nói.");
        if (!block.text) at("text", block.speaker === "reporter" ? "chưa có câu hỏi." : "chưa có câu trả lời.");
        return;
      case "image":
        if (!block.mediaId) at("mediaId", "chưa chọn ảnh.");
        else if (!block.alt?.trim() && !libraryAlt(block.mediaId)?.trim()) at("alt", "thiếu mô tả ảnh (alt).");
        return;
      case "related-links":
        if (block.articleIds.length === 0) at("articleIds", "chưa chọn bài nào.");
        return;
    }
  });
  return problems;
}

/**
 * A refusal listing every problem, as the editor's forms answer it: `result.problems` is the
 * list (JSON, each with its field, for the editor's links), `fieldErrors` the first message
 * per field (the field-level messages).
 */
export function problemsState(message: string, problems: readonly PublishProblem[]) {
  const fieldErrors: Record<string, string> = {};
  for (const p of problems) fieldErrors[p.field] ??= p.message;
  return { ok: false, message, fieldErrors, result: { problems: JSON.stringify(problems) } };
}

/** The problems listed in a form's answer (see problemsState). */
export function problemsOf(state: { result?: Record<string, string> }): PublishProblem[] {
  try {
    return state.result?.problems ? (JSON.parse(state.result.problems) as PublishProblem[]) : [];
  } catch {
    return [];
  }
}
