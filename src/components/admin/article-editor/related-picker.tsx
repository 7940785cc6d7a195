"use client";

import { useState } from "react";
import { searchTitlesAction } from "@/newsroom/actions/articles";
import { Field } from "./field";

/** Pick published articles by title for an inline "Tin liên quan" box. */
export function RelatedPicker({
  title,
  ids,
  onChange,
  articleId,
  index,
  initialTitles = {},
}: {
  title: string;
  ids: number[];
  onChange: (ids: number[], title: string) => void;
  articleId: number | null;
  index: number | string;
  initialTitles?: Record<number, string>;
}) {
  const [q, setQ] = useState("");
  const [found, setFound] = useState<{ id: number; title: string }[]>([]);
  const [titles, setTitles] = useState<Record<number, string>>(initialTitles);
  return (
    <div>
      <Field label={`Tiêu đề hộp ${index}`} value={title} onChange={(t) => onChange(ids, t)} />
      <ul className="mb-2 space-y-1 text-sm">
        {ids.map((id, i) => (
          <li key={id} className="flex items-center justify-between gap-2 rounded bg-gray-50 px-2">
            <span>{titles[id] ?? `Bài #${id}`}</span>
            <span className="flex gap-1">
              <button type="button" className="min-h-11 min-w-11" aria-label="Lên" onClick={() => i > 0 && onChange(ids.map((x, j) => (j === i - 1 ? ids[i] : j === i ? ids[i - 1] : x)), title)}>
                ↑
              </button>
              <button type="button" className="min-h-11 px-2 text-red-800" onClick={() => onChange(ids.filter((x) => x !== id), title)}>
                Bỏ
              </button>
            </span>
          </li>
        ))}
      </ul>
      <div className="flex gap-2">
        <div className="flex-1">
          <Field label={`Tìm bài liên quan ${index}`} value={q} onChange={setQ} placeholder="Gõ vài chữ của tiêu đề" />
        </div>
        <button
          type="button"
          className="mt-6 min-h-11 rounded border border-gray-300 px-3"
          onClick={async () => {
            const form = new FormData();
            form.set("q", q);
            if (articleId) form.set("exclude", String(articleId));
            const result = await searchTitlesAction({}, form);
            setFound(result.result?.items ? JSON.parse(result.result.items) : []);
          }}
        >
          Tìm
        </button>
      </div>
      {found.length > 0 && (
        <ul className="mt-1 space-y-1 text-sm" aria-label="Kết quả tìm bài liên quan">
          {found.map((a) => (
            <li key={a.id}>
              <button
                type="button"
                className="min-h-11 w-full rounded px-2 text-left hover:bg-gray-100"
                onClick={() => {
                  setTitles({ ...titles, [a.id]: a.title });
                  if (!ids.includes(a.id)) onChange([...ids, a.id], title);
                }}
              >
                + {a.title}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
