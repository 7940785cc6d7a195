"use client";

import { createContext, useContext, useEffect, useId, useRef, useState } from "react";
import { Extension, type Editor } from "@tiptap/core";
import { NodeSelection, TextSelection } from "@tiptap/pm/state";
import { NodeViewWrapper, ReactNodeViewRenderer, useEditorState, type NodeViewProps } from "@tiptap/react";
import { Field } from "../article-editor/field";
import { RelatedPicker } from "../article-editor/related-picker";
import { LibraryBrowser, thumbnail } from "../article-editor/image-picker";
import type { MediaOption } from "../article-editor/types";
import { blockNumber, blockStart, InterviewTurnNode, PhotoNode, PullQuoteNode, RelatedBoxNode } from "./schema";
import { interviewTurnView, pullQuoteView } from "./text-block-views";
import { ACCEPTED_TYPES, useUpload } from "./photo-uploads";

/**
 * The body's own node types besides paragraphs and headings: interview turns, pull quotes,
 * photos and related-story boxes. Each maps 1:1 to a block of the zod schema (document.ts);
 * their attributes are plain JSON, so the document can later live in a Yjs CRDT as it is.
 */

/** What the node views need from the page: the media list, uploads, the article's id. */
export interface BodyEditorServices {
  media: MediaOption[];
  onUploaded: (item: MediaOption) => void;
  articleId: number | null;
  /** Uploads files as photo blocks: the first into the block at `pos` when given, the rest after it. */
  uploadFiles: (files: File[], into: { pos: number } | null) => void;
}
export const BodyEditorContext = createContext<BodyEditorServices | null>(null);
const useServices = () => {
  const services = useContext(BodyEditorContext);
  if (!services) throw new Error("BodyEditorContext missing");
  return services;
};

/** The 1-based number of a node view's block in the body (problems name blocks by it). */
function useBlockNumber(editor: Editor, getPos: NodeViewProps["getPos"]): number {
  return useEditorState({ editor, selector: () => blockNumber(editor.state.doc, getPos()) });
}

/**
 * The editor's labelled field, bound to one attribute of a node. It keeps its own text while it
 * has focus, so typing is never disturbed by the document round trip; it follows the document
 * otherwise (undo, a co-editor).
 */
function AttributeField({ value, onChange, ...field }: Omit<React.ComponentProps<typeof Field>, "rows">) {
  const [text, setText] = useState(value);
  const focused = useRef(false);
  useEffect(() => {
    if (!focused.current) setText(value);
  }, [value]);
  return (
    <div
      onFocus={() => (focused.current = true)}
      onBlur={() => {
        focused.current = false;
        setText(value);
      }}
    >
      <Field
        {...field}
        rows={2}
        value={text}
        onChange={(next) => {
          setText(next);
          onChange(next);
        }}
      />
    </div>
  );
}

function RemoveButton({ n, onRemove }: { n: number; onRemove: () => void }) {
  return (
    <button type="button" onClick={onRemove} className="min-h-11 rounded border border-red-300 bg-white px-3 text-sm text-red-800 focus-visible:outline-3 focus-visible:outline-blue-700" aria-label={`Xóa khối ${n}`}>
      Xóa
    </button>
  );
}

// ---------------------------------------------------------------------------------------------
// Photo: the image (chosen from the library, dropped, pasted or uploaded) with the caption,
// credit and alt of this use typed under it.

function PhotoView({ node, updateAttributes, deleteNode, editor, getPos, selected }: NodeViewProps) {
  const { media, uploadFiles } = useServices();
  const n = useBlockNumber(editor, getPos);
  const upload = useUpload(typeof node.attrs.uploadId === "string" ? node.attrs.uploadId : null);
  const [browsing, setBrowsing] = useState(false);
  const [picked, setPicked] = useState<MediaOption | null>(null);
  const fileId = useId();
  const change = useRef<HTMLButtonElement>(null);
  const [refocus, setRefocus] = useState(false);
  const mediaId = Number(node.attrs.mediaId) || 0;
  const item = media.find((m) => m.id === mediaId) ?? (picked?.id === mediaId ? picked : undefined);
  useEffect(() => {
    if (refocus && mediaId > 0) {
      change.current?.focus(); // the library closed: keep the keyboard in this block
      setRefocus(false);
    }
  }, [refocus, mediaId]);
  const choose = (m: MediaOption) => {
    setPicked(m);
    setBrowsing(false);
    setRefocus(true);
    // One alt per use, prefilled from the library's.
    updateAttributes({ mediaId: m.id, alt: String(node.attrs.alt ?? "") || m.alt, uploadId: null });
  };
  return (
    <NodeViewWrapper data-block-type="image" data-media-id={mediaId || undefined} className={`my-4 rounded border bg-white p-3 ${selected ? "border-blue-700 ring-2 ring-blue-700" : "border-gray-200"}`}>
      <div contentEditable={false} suppressContentEditableWarning>
        <div className="mb-2 flex items-center justify-between gap-2">
          <span className="text-sm font-semibold text-gray-700">
            Ảnh {n > 0 ? `(khối ${n})` : ""}
          </span>
          <span className="flex gap-1">
            {mediaId > 0 && (
              <button ref={change} type="button" onClick={() => setBrowsing(!browsing)} aria-expanded={browsing} className="min-h-11 rounded border border-gray-300 bg-white px-3 text-sm">
                Đổi ảnh
              </button>
            )}
            <RemoveButton n={n} onRemove={deleteNode} />
          </span>
        </div>
        {mediaId > 0 ? (
          item ? (
            // eslint-disable-next-line @next/next/no-img-element
            <img src={thumbnail(item, 480)} alt={String(node.attrs.alt || item.alt)} className="max-h-80 w-auto rounded" />
          ) : (
            <p className="text-sm text-gray-700">Ảnh #{mediaId}</p>
          )
        ) : upload?.state === "uploading" ? (
          <div className="rounded bg-gray-50 p-3">
            <label htmlFor={`${fileId}-progress`} className="mb-1 block text-sm">
              Đang tải ảnh {upload.name}… {upload.percent}%
            </label>
            <progress id={`${fileId}-progress`} max={100} value={upload.percent} className="w-full" />
          </div>
        ) : (
          <div className="rounded border border-dashed border-gray-400 bg-gray-50 p-3 text-sm">
            {upload?.state === "failed" && (
              <p role="alert" className="mb-2 text-red-800">
                {upload.name}: {upload.message}
              </p>
            )}
            <p className="mb-2 text-gray-700">Kéo thả ảnh vào đây, dán ảnh, chọn tệp hoặc chọn từ thư viện.</p>
            <div className="flex flex-wrap items-center gap-2">
              <button type="button" onClick={() => setBrowsing(!browsing)} aria-expanded={browsing} className="min-h-11 rounded border border-gray-300 bg-white px-3 font-semibold">
                Chọn từ thư viện ảnh
              </button>
              <label htmlFor={fileId} className="inline-flex min-h-11 cursor-pointer items-center rounded border border-gray-300 bg-white px-3 font-semibold focus-within:outline-3 focus-within:outline-blue-700">
                Tải ảnh lên (JPEG, PNG, WebP)
                <input
                  id={fileId}
                  type="file"
                  multiple
                  accept={ACCEPTED_TYPES.join(",")}
                  className="sr-only"
                  onChange={(e) => {
                    const files = [...(e.target.files ?? [])];
                    const pos = getPos();
                    if (files.length && typeof pos === "number") uploadFiles(files, { pos });
                    e.target.value = "";
                  }}
                />
              </label>
            </div>
          </div>
        )}
        {browsing && <LibraryBrowser id={`${fileId}-library`} recent={media} value={mediaId || null} onPick={choose} onClose={() => setBrowsing(false)} />}
        <div className="mt-2">
          <AttributeField
            label={`Chú thích ảnh ${n}`}
            value={String(node.attrs.caption ?? "")}
            onChange={(value) => updateAttributes({ caption: value })}
            multiline
            hint={item?.caption ? `Để trống sẽ dùng chú thích của thư viện: ${item.caption}` : undefined}
          />
          <div className="grid gap-2 sm:grid-cols-2">
            <AttributeField label={`Nguồn ảnh ${n}`} value={String(node.attrs.credit ?? "")} onChange={(value) => updateAttributes({ credit: value })} placeholder={item?.credit ?? ""} />
            <AttributeField label={`Mô tả ảnh (alt) ${n}`} value={String(node.attrs.alt ?? "")} onChange={(value) => updateAttributes({ alt: value })} hint="Cho người đọc không xem được ảnh; bắt buộc trước khi xuất bản." />
          </div>
        </div>
      </div>
    </NodeViewWrapper>
  );
}

// ---------------------------------------------------------------------------------------------
// "Tin liên quan" box inside the body.

function RelatedView({ node, updateAttributes, deleteNode, editor, getPos, selected }: NodeViewProps) {
  const { articleId } = useServices();
  const n = useBlockNumber(editor, getPos);
  const ids = Array.isArray(node.attrs.articleIds) ? (node.attrs.articleIds as number[]) : [];
  return (
    <NodeViewWrapper data-block-type="related-links" className={`my-4 rounded border bg-gray-50 p-3 ${selected ? "border-blue-700 ring-2 ring-blue-700" : "border-gray-200"}`}>
      <div contentEditable={false} suppressContentEditableWarning>
        <div className="mb-2 flex items-center justify-between">
          <span className="text-sm font-semibold text-gray-700">Hộp tin liên quan (khối {n})</span>
          <RemoveButton n={n} onRemove={deleteNode} />
        </div>
        <RelatedPicker title={String(node.attrs.title ?? "Tin liên quan")} ids={ids} onChange={(articleIds, title) => updateAttributes({ articleIds, title })} articleId={articleId} index={n} />
      </div>
    </NodeViewWrapper>
  );
}

export const InterviewTurn = InterviewTurnNode.extend({ addNodeView: () => interviewTurnView });
export const PullQuote = PullQuoteNode.extend({ addNodeView: () => pullQuoteView });
export const Photo = PhotoNode.extend({ addNodeView: () => ReactNodeViewRenderer(PhotoView) });
export const RelatedBox = RelatedBoxNode.extend({ addNodeView: () => ReactNodeViewRenderer(RelatedView) });

// ---------------------------------------------------------------------------------------------
// Moving blocks with the keyboard (the alternative to dragging): Alt+↑ / Alt+↓.

export function moveBlock(editor: Editor, direction: -1 | 1): boolean {
  const { state } = editor;
  const { selection, doc } = state;
  const index = selection.$from.index(0);
  const target = index + direction;
  if (target < 0 || target >= doc.childCount) return false;
  const start = blockStart(doc, index);
  const node = doc.child(index);
  const neighbour = doc.child(target);
  const newStart = direction < 0 ? start - neighbour.nodeSize : start + neighbour.nodeSize;
  const tr = state.tr.delete(start, start + node.nodeSize).insert(newStart, node);
  const offset = selection.from - start;
  tr.setSelection(selection instanceof NodeSelection ? NodeSelection.create(tr.doc, newStart) : TextSelection.create(tr.doc, newStart + offset));
  editor.view.dispatch(tr.scrollIntoView());
  return true;
}

/**
 * With a photo or related box selected, typing does not replace it (as it would any selected
 * text): a new paragraph opens right after it for what is typed. Returns false otherwise.
 */
export function typeAfterSelectedBlock(editor: Editor, text: string): boolean {
  const { selection } = editor.state;
  if (!(selection instanceof NodeSelection) || !selection.node.isAtom || selection.$from.depth !== 0) return false;
  const after = selection.to;
  const tr = editor.state.tr.insert(after, editor.schema.nodes.paragraph.create(null, text ? editor.schema.text(text) : null));
  tr.setSelection(TextSelection.create(tr.doc, after + 1 + text.length));
  editor.view.dispatch(tr.scrollIntoView());
  return true;
}

/** Keyboard: Alt+↑/↓ move the block; Ctrl/Cmd+Home/End go to the very start/end of the text. */
export const BlockKeys = Extension.create({
  name: "blockKeys",
  addKeyboardShortcuts() {
    return {
      "Alt-ArrowUp": ({ editor }) => moveBlock(editor, -1),
      "Alt-ArrowDown": ({ editor }) => moveBlock(editor, 1),
      "Mod-End": ({ editor }) => editor.chain().setTextSelection(TextSelection.atEnd(editor.state.doc)).scrollIntoView().run(),
      "Mod-Home": ({ editor }) => editor.chain().setTextSelection(TextSelection.atStart(editor.state.doc)).scrollIntoView().run(),
    };
  },
});
