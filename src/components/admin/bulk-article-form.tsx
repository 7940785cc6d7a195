"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { bulkDeleteDraftsAction, bulkSubmitAction, bulkUnpublishAction } from "@/newsroom/actions/article-list";
import type { FormState } from "@/newsroom/auth/guarded-action";
import type { BulkItemResult, BulkOperation } from "@/newsroom/articles/bulk";

const LABELS: Record<BulkOperation, string> = { submit: "Gửi duyệt", unpublish: "Gỡ bài", delete: "Xóa bản nháp" };

function itemsOf(state: FormState): BulkItemResult[] {
  try {
    const items: unknown = JSON.parse(state.result?.items ?? "[]");
    return Array.isArray(items) ? (items as BulkItemResult[]) : [];
  } catch {
    return [];
  }
}

/**
 * The article list as a form: rows carry "ids" checkboxes, the bar runs one bulk action
 * on the chosen rows (only the actions the viewer's role allows are offered; the server
 * checks again, article by article) and lists each article's outcome.
 */
export function BulkArticleForm({ operations, children }: { operations: BulkOperation[]; children: React.ReactNode }) {
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const [last, setLast] = useState<BulkOperation | null>(null);
  const [submitState, submit, submitting] = useActionState(bulkSubmitAction, {} as FormState);
  const [unpublishState, unpublish, unpublishing] = useActionState(bulkUnpublishAction, {} as FormState);
  const [deleteState, remove, deleting] = useActionState(bulkDeleteDraftsAction, {} as FormState);
  const states = { submit: submitState, unpublish: unpublishState, delete: deleteState };
  const dispatch = { submit, unpublish, delete: remove };
  const pending = submitting || unpublishing || deleting;
  const state = last ? states[last] : {};
  const items = itemsOf(state);
  const changed = items.some((i) => i.ok);
  // Rows that changed show their new status: read the list again.
  useEffect(() => {
    if (changed) router.refresh();
  }, [state, changed, router]);

  const selectAll = (checked: boolean) => {
    form.current?.querySelectorAll<HTMLInputElement>('input[type="checkbox"][name="ids"]').forEach((box) => (box.checked = checked));
  };

  return (
    <form ref={form} aria-label="Danh sách bài viết">
      {operations.length > 0 && (
        <div role="group" aria-label="Thao tác với các bài đã chọn" className="mb-3 flex flex-wrap items-center gap-2 rounded border border-gray-200 bg-white p-2">
          <label className="inline-flex min-h-11 items-center gap-2 px-2 text-sm">
            <input type="checkbox" className="h-5 w-5" onChange={(e) => selectAll(e.currentTarget.checked)} />
            Chọn tất cả trên trang này
          </label>
          {operations.map((op) => (
            <button
              key={op}
              type="submit"
              formAction={dispatch[op]}
              disabled={pending}
              onClick={(e) => {
                if (op === "delete" && !window.confirm("Xóa hẳn các bản nháp đã chọn? Không thể hoàn tác.")) {
                  e.preventDefault();
                  return;
                }
                setLast(op);
              }}
              className={`min-h-11 rounded px-4 text-sm font-semibold disabled:opacity-60 ${op === "submit" ? "bg-brand text-white" : "border border-red-300 bg-white text-red-800"}`}
            >
              {LABELS[op]}
            </button>
          ))}
          {pending && <span className="text-sm text-gray-600">Đang xử lý…</span>}
        </div>
      )}
      <div role={state.ok === false ? "alert" : "status"}>
        {state.message && (
          <div className={`mb-3 rounded border px-3 py-2 text-sm ${state.ok ? "border-green-300 bg-green-50 text-green-900" : "border-amber-300 bg-amber-50 text-amber-950"}`}>
            <p className="font-semibold">{state.message}</p>
            {items.length > 0 && (
              <ul className="mt-1 list-disc pl-5" data-bulk-results>
                {items.map((item) => (
                  <li key={item.id} data-ok={item.ok ? "true" : "false"}>
                    “{item.title}”: {item.message}
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
      </div>
      {children}
    </form>
  );
}
