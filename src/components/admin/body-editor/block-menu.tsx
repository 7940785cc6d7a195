"use client";

import { useEffect, useId, useRef, useState } from "react";
import { slugify } from "@/content/vietnamese/slugify";

/** What the "+" button, the "/" key and "Chèn khối" offer: every block type of the schema. */
export type BlockChoice = "paragraph" | "heading2" | "heading3" | "question" | "answer" | "quote" | "photo" | "related";

export const BLOCK_CHOICES: { choice: BlockChoice; label: string; hint: string }[] = [
  { choice: "paragraph", label: "Đoạn văn", hint: "Chữ thường" },
  { choice: "heading2", label: "Tiêu đề phụ", hint: "Tiêu đề giữa bài" },
  { choice: "heading3", label: "Tiêu đề nhỏ", hint: "Tiêu đề cấp 3" },
  { choice: "question", label: "Câu hỏi", hint: "Phỏng vấn: lượt của phóng viên" },
  { choice: "answer", label: "Câu trả lời", hint: "Phỏng vấn: lượt của khách mời" },
  { choice: "photo", label: "Ảnh", hint: "Từ thư viện hoặc tải lên" },
  { choice: "quote", label: "Trích dẫn", hint: "Câu nói nổi bật" },
  { choice: "related", label: "Hộp tin liên quan", hint: "Các bài đã đăng" },
];

/** Choices whose name (or hint) matches what was typed, with or without diacritics. */
export function matchChoices(query: string) {
  const words = slugify(query).split("-").filter(Boolean);
  if (!words.length) return BLOCK_CHOICES;
  return BLOCK_CHOICES.filter((c) => {
    const name = slugify(`${c.label} ${c.hint}`);
    return words.every((w) => name.split("-").some((part) => part.startsWith(w)));
  });
}

/**
 * The insert menu: a filter box and a list of block types, all from the keyboard (type to
 * filter, ↑/↓ to move, Enter to insert, Escape to go back to the text).
 */
export function BlockMenu({ top, onChoose, onClose }: { top: number; onChoose: (choice: BlockChoice) => void; onClose: () => void }) {
  const id = useId();
  const [query, setQuery] = useState("");
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const choices = matchChoices(query);
  useEffect(() => input.current?.focus(), []);
  useEffect(() => setActive(0), [query]);
  const current = choices[Math.min(active, choices.length - 1)];
  return (
    <div role="dialog" aria-label="Chèn khối" className="absolute left-2 z-20 w-72 rounded border border-gray-300 bg-white p-2 shadow-lg" style={{ top }}>
      <label htmlFor={`${id}-q`} className="sr-only">
        Tìm loại khối
      </label>
      <input
        ref={input}
        id={`${id}-q`}
        value={query}
        placeholder="Gõ để lọc: ảnh, câu hỏi…"
        role="combobox"
        aria-expanded="true"
        aria-controls={`${id}-list`}
        aria-activedescendant={current ? `${id}-${current.choice}` : undefined}
        autoComplete="off"
        onChange={(e) => setQuery(e.target.value)}
        onBlur={(e) => {
          if (!e.currentTarget.closest("[role=dialog]")?.contains(e.relatedTarget as Node | null)) onClose();
        }}
        onKeyDown={(e) => {
          if (e.key === "ArrowDown" || e.key === "ArrowUp") {
            e.preventDefault();
            const step = e.key === "ArrowDown" ? 1 : -1;
            setActive((i) => (choices.length ? (i + step + choices.length) % choices.length : 0));
          } else if (e.key === "Enter") {
            e.preventDefault();
            if (current) onChoose(current.choice);
          } else if (e.key === "Escape") {
            e.preventDefault();
            onClose();
          }
        }}
        className="mb-1 min-h-11 w-full rounded border border-gray-300 px-2"
      />
      <ul id={`${id}-list`} role="listbox" aria-label="Loại khối" className="max-h-72 overflow-y-auto">
        {choices.map((c) => (
          <li
            key={c.choice}
            id={`${id}-${c.choice}`}
            role="option"
            aria-selected={c === current}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => onChoose(c.choice)}
            className={`flex min-h-11 cursor-pointer flex-col justify-center rounded px-2 ${c === current ? "bg-blue-50 outline outline-1 outline-blue-700" : "hover:bg-gray-100"}`}
          >
            <span className="font-semibold">{c.label}</span>
            <span className="text-xs text-gray-600">{c.hint}</span>
          </li>
        ))}
        {!choices.length && <li className="px-2 py-2 text-sm text-gray-600">Không có loại khối nào khớp.</li>}
      </ul>
    </div>
  );
}
