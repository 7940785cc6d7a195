"use client";

import { useActionState, useEffect, useId, useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { searchTitlesAction, setPicksAction } from "@/newsroom/actions/articles";
import type { FormState } from "@/newsroom/auth/guarded-action";

type Pick = { id: number; title: string };

/**
 * One editor-pick slot: the chosen stories in order (move with "Lên"/"Xuống", by keyboard,
 * or drag a row), a title search of published stories to add from, and "Lưu". The order
 * sent is the order shown; the server keeps published stories only.
 */
export function PicksEditor({ slot, max, initial, recent, saveLabel }: { slot: "home-lead" | "must-see"; max: number; initial: Pick[]; recent: Pick[]; saveLabel: string }) {
  const router = useRouter();
  const uid = useId();
  const [items, setItems] = useState(initial);
  const [state, save, saving] = useActionState(setPicksAction, {} as FormState);
  const [query, setQuery] = useState("");
  const [results, setResults] = useState<Pick[]>(recent);
  const [searched, setSearched] = useState(false);
  const [searching, startSearch] = useTransition();
  const [dragged, setDragged] = useState<number | null>(null);
  const [announce, setAnnounce] = useState("");
  const refocus = useRef<string | null>(null);

  useEffect(() => {
    if (state.ok) router.refresh(); // the preview below shows the saved picks
  }, [state, router]);
  useEffect(() => {
    if (refocus.current) document.getElementById(refocus.current)?.focus();
    refocus.current = null;
  }, [items]);

  /** Moves a row; keyboard focus follows it (to the other arrow when it reaches an end). */
  const move = (from: number, to: number, keepFocus = false) => {
    if (to < 0 || to >= items.length || from === to) return;
    const next = [...items];
    const [item] = next.splice(from, 1);
    next.splice(to, 0, item);
    if (keepFocus) refocus.current = `${uid}-${item.id}-${to === 0 ? "down" : to === next.length - 1 ? "up" : to < from ? "up" : "down"}`;
    setItems(next);
    setAnnounce(`“${item.title}” ở vị trí ${to + 1}/${next.length}.`);
  };
  const add = (pick: Pick) => {
    if (items.some((i) => i.id === pick.id)) return;
    if (max > 1 && items.length >= max) return;
    setItems(max === 1 ? [pick] : [...items, pick]);
    setAnnounce(`Đã thêm “${pick.title}”.`);
  };
  const remove = (index: number) => {
    setAnnounce(`Đã bỏ “${items[index].title}”.`);
    setItems(items.filter((_, i) => i !== index));
  };
  const search = () =>
    startSearch(async () => {
      const form = new FormData();
      form.set("q", query);
      const answer = await searchTitlesAction({}, form);
      setResults(answer.ok ? (JSON.parse(answer.result?.items ?? "[]") as Pick[]) : []);
      setSearched(true);
    });

  const button = "min-h-11 min-w-11 rounded border border-gray-300 bg-white px-2 text-sm disabled:opacity-40";
  return (
    <div>
      <form action={save}>
        <input type="hidden" name="slot" value={slot} />
        {items.map((item) => (
          <input key={item.id} type="hidden" name="ids" value={item.id} />
        ))}
        {items.length === 0 ? (
          <p className="mb-2 text-sm text-gray-600">Chưa chọn bài nào.</p>
        ) : (
          <ol className="mb-2 space-y-1 text-sm" aria-label="Bài đã chọn, theo thứ tự hiển thị">
            {items.map((item, i) => (
              <li
                key={item.id}
                draggable={items.length > 1}
                onDragStart={() => setDragged(i)}
                onDragOver={(e) => dragged !== null && e.preventDefault()}
                onDrop={(e) => {
                  e.preventDefault();
                  if (dragged !== null) move(dragged, i);
                  setDragged(null);
                }}
                onDragEnd={() => setDragged(null)}
                data-pick={item.id}
                className={`flex items-center gap-2 rounded border bg-white p-1 ${dragged === i ? "border-brand opacity-60" : "border-gray-200"} ${items.length > 1 ? "cursor-grab" : ""}`}
              >
                <span className="w-6 shrink-0 text-center font-bold text-gray-600">{i + 1}</span>
                <span className="min-w-0 flex-1 break-words">{item.title}</span>
                {max > 1 && (
                  <>
                    <button type="button" id={`${uid}-${item.id}-up`} className={button} disabled={i === 0} aria-label={`Chuyển “${item.title}” lên`} onClick={() => move(i, i - 1, true)}>
                      ↑
                    </button>
                    <button type="button" id={`${uid}-${item.id}-down`} className={button} disabled={i === items.length - 1} aria-label={`Chuyển “${item.title}” xuống`} onClick={() => move(i, i + 1, true)}>
                      ↓
                    </button>
                  </>
                )}
                <button type="button" className={button} aria-label={`Bỏ “${item.title}”`} onClick={() => remove(i)}>
                  Bỏ
                </button>
              </li>
            ))}
          </ol>
        )}
        <p aria-live="polite" className="sr-only">
          {announce}
        </p>
        {state.message && (
          <p role={state.ok ? "status" : "alert"} className={`mb-2 rounded border px-3 py-2 text-sm ${state.ok ? "border-green-300 bg-green-50 text-green-900" : "border-red-300 bg-red-50 text-red-900"}`}>
            {state.message}
          </p>
        )}
        <button type="submit" disabled={saving} className="min-h-11 rounded bg-brand px-4 font-semibold text-white disabled:opacity-60">
          {saving ? "Đang lưu…" : saveLabel}
        </button>
      </form>
      <form
        role="search"
        className="mt-4 flex flex-wrap items-end gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          search();
        }}
      >
        <label className="min-w-0 flex-1 text-sm font-semibold">
          Tìm bài đã xuất bản theo tiêu đề
          <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} className="mt-1 block min-h-11 w-full rounded border border-gray-300 px-2 font-normal" />
        </label>
        <button type="submit" disabled={searching} className="min-h-11 rounded bg-gray-800 px-4 font-semibold text-white disabled:opacity-60">
          Tìm
        </button>
      </form>
      <div aria-live="polite">
        <p className="mt-2 text-sm font-semibold">{searched ? `Kết quả tìm kiếm (${results.length})` : "Mới xuất bản"}</p>
          {results.length === 0 ? (
            <p className="mt-1 text-sm text-gray-600">Không tìm thấy bài nào (gõ ít nhất 2 ký tự).</p>
          ) : (
            <ul className="mt-1 space-y-1 text-sm" aria-label={searched ? "Kết quả tìm kiếm" : "Bài mới xuất bản"}>
              {results.map((r) => {
                const chosen = items.some((i) => i.id === r.id);
                return (
                  <li key={r.id} className="flex items-center gap-2">
                    <span className="min-w-0 flex-1 break-words">{r.title}</span>
                    <button type="button" className={button} disabled={chosen || (max > 1 && items.length >= max)} aria-label={`${max === 1 ? "Chọn" : "Thêm"} “${r.title}”`} onClick={() => add(r)}>
                      {chosen ? "Đã chọn" : max === 1 ? "Chọn" : "Thêm"}
                    </button>
                  </li>
                );
              })}
            </ul>
          )}
      </div>
    </div>
  );
}
