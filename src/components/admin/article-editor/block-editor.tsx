"use client";

import { useState } from "react";
import type { BlockInput } from "@/content/blocks/schema";
import { markupToSpans, spansToMarkup } from "@/content/blocks/paragraph-markup";
import { nextSpeaker, parseTranscript } from "@/content/article/transcript";
import { BLOCK_TYPE_LABELS } from "@/content/blocks/labels";
import { searchTitlesAction } from "@/newsroom/actions/articles";
import { Field } from "./field";
import { ImagePicker } from "./image-picker";
import type { MediaOption } from "./types";


/** A paragraph typed in the marks notation; the raw text stays as typed while it is edited. */
function ParagraphField({ block, n, onChange }: { block: Extract<BlockInput, { type: "paragraph" }>; n: number; onChange: (block: BlockInput) => void }) {
  const [raw, setRaw] = useState(() => spansToMarkup(block.content.filter((s) => s.text)));
  return (
    <Field
      label={`Đoạn văn ${n}`}
      value={raw}
      onChange={(text) => {
        setRaw(text);
        const content = markupToSpans(text);
        onChange({ type: "paragraph", content: content.length ? content : [{ text: "" }] });
      }}
      multiline
      rows={4}
      hint="**chữ đậm**, *chữ nghiêng*, [chữ liên kết](https://…)"
    />
  );
}

/**
 * The body as an ordered list of typed blocks (the shared block schema): add, edit,
 * delete, move up/down; an interview composer that alternates questions and answers
 * and splits a pasted "Phóng viên: … / - Tên: …" transcript into turns.
 */
export function BlockEditor({
  blocks,
  onChange,
  media,
  onUploaded,
  articleId,
  error,
}: {
  blocks: BlockInput[];
  onChange: (blocks: BlockInput[]) => void;
  media: MediaOption[];
  onUploaded: (item: MediaOption) => void;
  articleId: number | null;
  error?: string;
}) {
  const [reporterLabel, setReporterLabel] = useState("Phóng viên");
  const [guestLabel, setGuestLabel] = useState(
    () => (blocks.find((b) => b.type === "interview-turn" && b.speaker === "guest") as { label?: string } | undefined)?.label ?? "",
  );
  const [transcript, setTranscript] = useState("");

  const update = (index: number, block: BlockInput) => onChange(blocks.map((b, i) => (i === index ? block : b)));
  const remove = (index: number) => onChange(blocks.filter((_, i) => i !== index));
  const move = (index: number, delta: number) => {
    const target = index + delta;
    if (target < 0 || target >= blocks.length) return;
    const copy = [...blocks];
    [copy[index], copy[target]] = [copy[target], copy[index]];
    onChange(copy);
  };
  const add = (block: BlockInput) => onChange([...blocks, block]);
  const addTurn = () => {
    const speaker = nextSpeaker(blocks as { type: string; speaker?: string }[]);
    add({ type: "interview-turn", speaker, label: speaker === "reporter" ? reporterLabel : guestLabel || "Khách mời", text: "" });
  };

  return (
    <section aria-labelledby="body-heading" className="rounded border border-gray-200 bg-white p-4">
      <h2 id="body-heading" className="mb-3 text-lg font-bold">
        Nội dung bài
      </h2>
      {error && (
        <p role="alert" className="mb-3 text-sm text-red-700">
          {error}
        </p>
      )}
      <ol className="space-y-3">
        {blocks.map((block, index) => (
          <li key={index} className="rounded border border-gray-200 p-3" data-block-type={block.type}>
            <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
              <span className="text-sm font-semibold text-gray-700">
                {index + 1}. {BLOCK_TYPE_LABELS[block.type]}
              </span>
              <span className="flex gap-1">
                <button type="button" onClick={() => move(index, -1)} disabled={index === 0} className="min-h-11 min-w-11 rounded border border-gray-300 px-2 disabled:opacity-40" aria-label={`Đưa khối ${index + 1} lên`}>
                  ↑
                </button>
                <button type="button" onClick={() => move(index, 1)} disabled={index === blocks.length - 1} className="min-h-11 min-w-11 rounded border border-gray-300 px-2 disabled:opacity-40" aria-label={`Đưa khối ${index + 1} xuống`}>
                  ↓
                </button>
                <button type="button" onClick={() => remove(index)} className="min-h-11 rounded border border-red-300 px-2 text-red-800" aria-label={`Xóa khối ${index + 1}`}>
                  Xóa
                </button>
              </span>
            </div>
            <BlockFields block={block} index={index} onChange={(b) => update(index, b)} media={media} onUploaded={onUploaded} articleId={articleId} />
          </li>
        ))}
      </ol>

      <div className="mt-4 flex flex-wrap gap-2" role="group" aria-label="Thêm khối nội dung">
        <AddButton onClick={() => add({ type: "paragraph", content: [{ text: "" }] })}>+ Đoạn văn</AddButton>
        <AddButton onClick={() => add({ type: "heading", level: 2, text: "" })}>+ Tiêu đề phụ</AddButton>
        <AddButton onClick={() => add({ type: "quote", text: "" })}>+ Trích dẫn</AddButton>
        <AddButton onClick={() => add({ type: "image", mediaId: 0 })}>+ Ảnh</AddButton>
        <AddButton onClick={() => add({ type: "related-links", title: "Tin liên quan", articleIds: [] })}>+ Hộp tin liên quan</AddButton>
      </div>

      <fieldset className="mt-4 rounded border border-dashed border-gray-300 p-3">
        <legend className="px-1 text-sm font-semibold">Phỏng vấn</legend>
        <div className="grid gap-2 sm:grid-cols-2">
          <Field label="Nhãn phóng viên" value={reporterLabel} onChange={setReporterLabel} />
          <Field label="Nhãn khách mời" value={guestLabel} onChange={setGuestLabel} placeholder="Ví dụ: Đồng chí Lê Đình Hùng" />
        </div>
        <AddButton onClick={addTurn}>+ Thêm lượt hỏi/đáp</AddButton>
        <div className="mt-3">
          <Field label="Dán bản ghi phỏng vấn" value={transcript} onChange={setTranscript} multiline rows={4} hint="Dạng “Phóng viên: …” và “- Tên khách mời: …”, mỗi lượt một dòng." />
          <AddButton
            onClick={() => {
              const parsed = parseTranscript(transcript, { reporterLabel, guestLabel: guestLabel || undefined });
              if (parsed.length) {
                onChange([...blocks, ...parsed]);
                setTranscript("");
              }
            }}
          >
            Tách thành các lượt
          </AddButton>
        </div>
      </fieldset>
    </section>
  );
}

function AddButton({ children, onClick }: { children: React.ReactNode; onClick: () => void }) {
  return (
    <button type="button" onClick={onClick} className="min-h-11 rounded border border-gray-300 bg-gray-50 px-3 text-sm font-semibold hover:bg-gray-100">
      {children}
    </button>
  );
}

function BlockFields({
  block,
  index,
  onChange,
  media,
  onUploaded,
  articleId,
}: {
  block: BlockInput;
  index: number;
  onChange: (block: BlockInput) => void;
  media: MediaOption[];
  onUploaded: (item: MediaOption) => void;
  articleId: number | null;
}) {
  const n = index + 1;
  switch (block.type) {
    case "paragraph":
      return <ParagraphField block={block} n={n} onChange={onChange} />;
    case "heading":
      return <Field label={`Tiêu đề phụ ${n}`} value={block.text} onChange={(text) => onChange({ ...block, text })} />;
    case "quote":
      return (
        <>
          <Field label={`Trích dẫn ${n}`} value={block.text} onChange={(text) => onChange({ ...block, text })} multiline rows={2} />
          <Field label={`Người được trích dẫn ${n}`} value={block.attribution ?? ""} onChange={(attribution) => onChange({ ...block, attribution: attribution || undefined })} />
        </>
      );
    case "interview-turn":
      return (
        <div className="grid gap-2 sm:grid-cols-[10rem_1fr]">
          <div className="mb-3">
            <label htmlFor={`turn-${n}-speaker`} className="mb-1 block text-sm font-semibold">
              Người nói {n}
            </label>
            <select id={`turn-${n}-speaker`} value={block.speaker} onChange={(e) => onChange({ ...block, speaker: e.target.value as "reporter" | "guest" })} className="min-h-11 w-full rounded border border-gray-300 bg-white px-2">
              <option value="reporter">Phóng viên (hỏi)</option>
              <option value="guest">Khách mời (đáp)</option>
            </select>
          </div>
          <Field label={`Nhãn ${n}`} value={block.label} onChange={(label) => onChange({ ...block, label })} />
          <div className="sm:col-span-2">
            <Field label={`${block.speaker === "reporter" ? "Câu hỏi" : "Câu trả lời"} ${n}`} value={block.text} onChange={(text) => onChange({ ...block, text })} multiline rows={3} />
          </div>
        </div>
      );
    case "image": {
      const item = media.find((m) => m.id === block.mediaId);
      return (
        <>
          <ImagePicker label={`Ảnh ${n}`} media={media} value={block.mediaId || null} onChange={(mediaId) => onChange({ ...block, mediaId: mediaId ?? 0 })} onUploaded={onUploaded} />
          <Field label={`Chú thích ảnh ${n}`} value={block.caption ?? ""} onChange={(caption) => onChange({ ...block, caption: caption || undefined })} multiline rows={2} hint={item?.caption ? `Mặc định của thư viện: ${item.caption}` : undefined} />
          <div className="grid gap-2 sm:grid-cols-2">
            <Field label={`Nguồn ảnh ${n}`} value={block.credit ?? ""} onChange={(credit) => onChange({ ...block, credit: credit || undefined })} />
            <Field label={`Mô tả ảnh (alt) ${n}`} value={block.alt ?? ""} onChange={(alt) => onChange({ ...block, alt: alt || undefined })} hint={item?.alt ? `Mặc định: ${item.alt}` : "Bắt buộc trước khi xuất bản."} />
          </div>
        </>
      );
    }
    case "related-links":
      return <RelatedPicker title={block.title ?? "Tin liên quan"} ids={block.articleIds} onChange={(articleIds, title) => onChange({ ...block, articleIds, title })} articleId={articleId} index={n} />;
  }
}

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
