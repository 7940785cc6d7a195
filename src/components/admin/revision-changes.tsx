import type { Change, TextPart } from "@/content/article/revision-diff";

const STATUS: Record<Change["status"], string | null> = { changed: null, "block-added": "Khối mới", "block-removed": "Khối đã xóa" };

/** Inline word diff: <del>/<ins> with their meaning spelled out for screen readers; text only, never HTML. */
export function InlineDiff({ parts }: { parts: TextPart[] }) {
  return (
    <>
      {parts.map((part, i) =>
        part.kind === "added" ? (
          <ins key={i} className="rounded-sm bg-green-100 text-green-900 underline decoration-green-700 decoration-2 underline-offset-4">
            <span className="sr-only">[thêm: </span>
            {part.text}
            <span className="sr-only">]</span>
          </ins>
        ) : part.kind === "removed" ? (
          <del key={i} className="rounded-sm bg-red-100 text-red-900 decoration-red-700">
            <span className="sr-only">[bỏ: </span>
            {part.text}
            <span className="sr-only">]</span>
          </del>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </>
  );
}

/** One list of changes (the article's fields, or its body), each with its label and inline diff. */
export function RevisionChanges({ changes, label, empty }: { changes: Change[]; label: string; empty: string }) {
  if (changes.length === 0) return <p className="mb-4 text-gray-600">{empty}</p>;
  return (
    <ul aria-label={label} className="mb-6 divide-y divide-gray-200 rounded border border-gray-200 bg-white text-sm">
      {changes.map((c) => (
        <li key={c.key} data-change={c.key} data-status={c.status} className="p-3">
          <h3 className="mb-1 font-semibold">
            {c.label}
            {STATUS[c.status] && <span className="ml-2 rounded bg-gray-100 px-1.5 text-xs font-normal text-gray-700">{STATUS[c.status]}</span>}
          </h3>
          <p className="whitespace-pre-wrap break-words leading-7">
            <InlineDiff parts={c.parts} />
          </p>
        </li>
      ))}
    </ul>
  );
}
