import { z } from "zod";
import { ArticleConflictError, ArticleRuleError, transitionArticle, type Actor } from "@/content/article/commands";
import { positiveId } from "@/content/routing/params";
import { prisma } from "@/db/client";
import type { Permission } from "@/newsroom/permissions";

/**
 * Bulk actions of the article list: the single-article workflow step (transitionArticle),
 * run once per chosen article, each in its own transaction with its own permission,
 * ownership, status and version checks. Nothing here decides what an article may go
 * through: a refusal is reported for that article and the others go on.
 */
export const BULK_OPERATIONS = {
  submit: { permission: "article.submit", label: "Gửi duyệt", done: "Đã gửi duyệt." },
  unpublish: { permission: "article.unpublish", label: "Gỡ bài", done: "Đã gỡ khỏi trang báo." },
  delete: { permission: "article.delete-draft", label: "Xóa bản nháp", done: "Đã xóa bản nháp." },
} as const satisfies Record<string, { permission: Permission; label: string; done: string }>;

export type BulkOperation = keyof typeof BULK_OPERATIONS;

export const BULK_LIMIT = 100;

const CHOICE_MESSAGE = "Bài viết được chọn không hợp lệ.";

/** One checkbox value: "<id>:<version>", the version the list showed (a stale one is a conflict). */
const idAndVersion = z.tuple([positiveId(CHOICE_MESSAGE), positiveId(CHOICE_MESSAGE)]);
const choice = z
  .string({ error: CHOICE_MESSAGE })
  .max(30, CHOICE_MESSAGE)
  .transform((v, ctx) => {
    const parsed = idAndVersion.safeParse(v.split(":")); // more or fewer parts: refused by the tuple
    if (parsed.success) return { id: parsed.data[0], version: parsed.data[1] };
    ctx.addIssue({ code: "custom", message: CHOICE_MESSAGE });
    return z.NEVER;
  });

/** The "ids" fields of a bulk form: 1 … BULK_LIMIT choices, a repeated article counted once. */
export const bulkSelectionSchema = z
  .array(choice)
  .min(1, "Hãy chọn ít nhất một bài.")
  .max(BULK_LIMIT, `Mỗi lần chỉ xử lý được tối đa ${BULK_LIMIT} bài.`)
  .transform((items) => items.filter((item, i) => items.findIndex((other) => other.id === item.id) === i));

export type BulkSelection = z.output<typeof bulkSelectionSchema>;

export interface BulkItemResult {
  id: number;
  title: string;
  ok: boolean;
  message: string;
}

const BULK_SERVER_ERROR = "Lỗi máy chủ: chưa làm gì với bài này. Hãy thử lại sau.";

/** Runs `operation` on every chosen article in turn; returns each one's outcome and the cache tags the successes touched. */
export async function runBulk(operation: BulkOperation, selection: BulkSelection, actor: Actor): Promise<{ results: BulkItemResult[]; tags: string[] }> {
  const rows = await prisma().article.findMany({ where: { id: { in: selection.map((s) => s.id) } }, select: { id: true, title: true } });
  const titles = new Map(rows.map((r) => [r.id, r.title]));
  const results: BulkItemResult[] = [];
  const tags = new Set<string>();
  for (const [index, { id, version }] of selection.entries()) {
    const title = titles.get(id) ?? `Bài #${id}`;
    try {
      const done = await transitionArticle(id, version, operation, actor);
      done.tags.forEach((tag) => tags.add(tag));
      results.push({ id, title, ok: true, message: BULK_OPERATIONS[operation].done });
    } catch (error) {
      if (error instanceof ArticleConflictError) {
        results.push({ id, title, ok: false, message: `Bài đã thay đổi sau khi bạn mở danh sách (nay là phiên bản ${error.current.version}): chưa làm gì với bài này. Hãy tải lại trang rồi thử lại.` });
      } else if (error instanceof ArticleRuleError) {
        results.push({ id, title, ok: false, message: error.message });
      } else {
        // The database itself failed: what is done stays done, and the caller still refreshes
        // its caches with the tags returned; this article and the ones after it are not tried.
        console.error(`[bulk ${operation}] article ${id}:`, error);
        for (const rest of selection.slice(index)) {
          results.push({ id: rest.id, title: titles.get(rest.id) ?? `Bài #${rest.id}`, ok: false, message: BULK_SERVER_ERROR });
        }
        break;
      }
    }
  }
  return { results, tags: [...tags].sort() };
}

/** "Gỡ bài: 2 bài thành công, 1 bài không thực hiện được." */
export function bulkSummary(operation: BulkOperation, results: BulkItemResult[]): string {
  const ok = results.filter((r) => r.ok).length;
  const failed = results.length - ok;
  const parts = [...(ok ? [`${ok} bài thành công`] : []), ...(failed ? [`${failed} bài không thực hiện được`] : [])];
  return `${BULK_OPERATIONS[operation].label}: ${parts.join(", ")}.`;
}
