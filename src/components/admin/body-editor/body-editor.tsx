"use client";

import { useEffect, useId, useMemo, useRef, useState } from "react";
import type { Editor } from "@tiptap/core";
import { EditorContent, useEditor, useEditorState } from "@tiptap/react";
import { FloatingMenu } from "@tiptap/react/menus";
import { Placeholder } from "@tiptap/extensions";
import { DragHandle } from "@tiptap/extension-drag-handle-react";
import { looksLikeTranscript, parseTranscript } from "@/content/article/transcript";
import { linkKind } from "@/content/routing/links";
import type { BlockInput } from "@/content/blocks/schema";
import type { MediaOption } from "../article-editor/types";
import { BlockMenu, type BlockChoice } from "./block-menu";
import { blocksToDoc, blockToNode, docToBlocks, NODE, normalizeBody, type DocNode } from "./document";
import { BlockKeys, BodyEditorContext, InterviewTurn, Photo, PullQuote, RelatedBox, typeAfterSelectedBlock, type BodyEditorServices } from "./nodes";
import { blockStart, bodySchemaExtensions, turnAttrs } from "./schema";
import "./body-editor.css";
import { forgetUpload, isAcceptedImage, newUploadId, uploadPhoto } from "./photo-uploads";

/** The node a choice of the insert menu creates (attributes not given take the schema's defaults). */
function choiceNode(choice: BlockChoice, editor: Editor): DocNode {
  switch (choice) {
    case "heading2":
      return { type: NODE.heading, attrs: { level: 2 } };
    case "heading3":
      return { type: NODE.heading, attrs: { level: 3 } };
    case "question":
      return { type: NODE.turn, attrs: turnAttrs(editor.state.doc, "reporter") };
    case "answer":
      return { type: NODE.turn, attrs: turnAttrs(editor.state.doc, "guest") };
    default:
      return { type: { paragraph: NODE.paragraph, quote: NODE.quote, photo: NODE.photo, related: NODE.related }[choice] };
  }
}

/**
 * Where blocks go when inserted at `pos`: in place of an empty paragraph there, else before
 * the block when `pos` is at its very start, else after it. Blocks never split a paragraph.
 */
function insertionRange(editor: Editor, pos: number): { from: number; to: number } {
  const { doc } = editor.state;
  const $pos = doc.resolve(Math.max(0, Math.min(pos, doc.content.size)));
  if ($pos.depth === 0) return { from: $pos.pos, to: $pos.pos };
  const block = $pos.node(1);
  const before = $pos.before(1);
  const after = $pos.after(1);
  if (block.type.name === NODE.paragraph && block.content.size === 0) return { from: before, to: after };
  const at = $pos.depth === 1 && $pos.parentOffset === 0 ? before : after;
  return { from: at, to: at };
}

/**
 * Where dropped files go: before or after the top-level block under the pointer (whichever
 * half of it the pointer is in), or in place of an empty paragraph.
 */
function dropRange(editor: Editor, x: number, y: number): { from: number; to: number } {
  const { view } = editor;
  const { doc } = view.state;
  const at = view.posAtCoords({ left: x, top: y });
  if (!at) return { from: doc.content.size, to: doc.content.size };
  const index = Math.min(doc.resolve(at.inside >= 0 ? at.inside : at.pos).index(0), doc.childCount - 1);
  const start = blockStart(doc, index);
  const block = doc.child(index);
  if (block.type.name === NODE.paragraph && block.content.size === 0) return { from: start, to: start + block.nodeSize };
  const element = view.nodeDOM(start);
  const box = element instanceof HTMLElement ? element.getBoundingClientRect() : null;
  const edge = box && y < box.top + box.height / 2 ? start : start + block.nodeSize;
  return { from: edge, to: edge };
}

/** Inserts nodes at a position (see insertionRange) and puts the cursor in or on the first. */
function insertNodes(editor: Editor, nodes: DocNode[], where: number | { from: number; to: number }) {
  const range = typeof where === "number" ? insertionRange(editor, where) : where;
  editor.chain().insertContentAt(range, nodes).run();
  const first = editor.state.doc.resolve(range.from).nodeAfter;
  if (!first) return;
  if (first.isTextblock) editor.commands.setTextSelection(range.from + 1);
  else editor.commands.setNodeSelection(range.from);
  // At once (Tiptap's focus command waits a frame): the menu that asked for it is closing, and
  // the next keystroke must land in the new block.
  editor.view.focus();
}

/**
 * The article body as a document (Tiptap, on ProseMirror): typing and Enter make paragraphs;
 * bold, italic and links with the usual shortcuts; "+" on an empty line, "/" or "Chèn khối"
 * insert any block at the cursor; blocks move by dragging their handle or with Alt+↑/↓;
 * photos are dropped or pasted where they belong and upload with progress; a pasted
 * "Phóng viên: … / - Tên: …" transcript becomes interview turns. The document maps 1:1 to
 * the zod block schema (document.ts), which is what is saved.
 */
export function BodyEditor({
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
  const helpId = useId();
  const wrapper = useRef<HTMLDivElement>(null);
  // The blocks this editor last handed out: a different array coming in is a replacement
  // from outside (a restored backup), which the document must then show.
  const emitted = useRef<BlockInput[] | null>(null);
  const latest = useRef({ onChange, onUploaded });
  latest.current = { onChange, onUploaded };
  const [menu, setMenu] = useState<{ top: number } | null>(null);
  const [linking, setLinking] = useState<{ href: string; error: string } | null>(null);
  const editorRef = useRef<Editor | null>(null);

  /** Opens the insert menu under the cursor's line. */
  const openMenu = () => {
    const editor = editorRef.current;
    const box = wrapper.current?.getBoundingClientRect();
    if (!editor || !box) return;
    const coords = editor.view.coordsAtPos(editor.state.selection.from);
    setMenu({ top: Math.max(0, coords.bottom - box.top + 4) });
  };

  const uploadFiles = (files: File[], into: { pos: number } | null, at?: number | { from: number; to: number }) => {
    const editor = editorRef.current;
    if (!editor) return;
    const images = files.filter(isAcceptedImage);
    if (!images.length) return;
    const ids = images.map(() => newUploadId());
    const nodes = ids.map((uploadId) => ({ type: NODE.photo, attrs: { uploadId } }));
    if (into) {
      // The first file goes into the chosen photo block, the others right after it.
      const tr = editor.state.tr.setNodeAttribute(into.pos, "uploadId", ids[0]);
      editor.view.dispatch(tr);
      const node = editor.state.doc.nodeAt(into.pos);
      if (nodes.length > 1 && node) editor.chain().insertContentAt(into.pos + node.nodeSize, nodes.slice(1)).run();
    } else insertNodes(editor, nodes, at ?? editor.state.selection.from);
    images.forEach((file, i) =>
      void uploadPhoto(ids[i], file).then((item) => {
        const current = editorRef.current;
        if (!item || !current || current.isDestroyed) return;
        latest.current.onUploaded(item);
        current.state.doc.descendants((node, pos) => {
          if (node.type.name !== NODE.photo || node.attrs.uploadId !== ids[i]) return;
          const tr = current.state.tr.setNodeMarkup(pos, undefined, { ...node.attrs, mediaId: item.id, alt: node.attrs.alt || item.alt, uploadId: null });
          current.view.dispatch(tr.setMeta("addToHistory", false));
          forgetUpload(ids[i]);
        });
      }),
    );
  };
  const uploadRef = useRef(uploadFiles);
  uploadRef.current = uploadFiles;

  const extensions = useMemo(
    () => [
      Placeholder.configure({
        includeChildren: false,
        placeholder: ({ node }) => {
          if (node.type.name === NODE.turn) return node.attrs.speaker === "guest" ? "Câu trả lời…" : "Câu hỏi…";
          if (node.type.name === NODE.quote) return "Câu trích dẫn…";
          if (node.type.name === NODE.heading) return "Tiêu đề phụ…";
          return "Viết nội dung… Gõ / để chèn ảnh, câu hỏi, trích dẫn…";
        },
      }),
      // the schema's nodes, with their React views
      ...bodySchemaExtensions.filter((e) => ![InterviewTurn.name, PullQuote.name, Photo.name, RelatedBox.name].includes(e.name)),
      InterviewTurn,
      PullQuote,
      Photo,
      RelatedBox,
      BlockKeys,
    ],
    [],
  );

  const editor = useEditor({
    immediatelyRender: false,
    extensions,
    content: blocksToDoc(blocks),
    editorProps: {
      attributes: {
        role: "textbox",
        "aria-multiline": "true",
        "aria-label": "Nội dung bài",
        "aria-describedby": helpId,
        class: "body-document min-h-64 rounded border border-gray-300 bg-white px-4 py-3 text-base leading-relaxed focus:outline-3 focus:outline-blue-700",
      },
      handleTextInput: (_view, _from, _to, text) => (editorRef.current ? typeAfterSelectedBlock(editorRef.current, text) : false),
      handleKeyDown: (view, event) => {
        if (event.key === "/" && !event.ctrlKey && !event.metaKey && !event.altKey) {
          // On a selected photo: an empty line after it first, then the menu there.
          if (editorRef.current && typeAfterSelectedBlock(editorRef.current, "")) {
            openMenu();
            return true;
          }
          const { $from, empty } = view.state.selection;
          if (empty && $from.parent.type.name === NODE.paragraph && $from.parent.content.size === 0) {
            openMenu();
            return true;
          }
        }
        if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === "k") {
          const href = editorRef.current?.getAttributes("link").href;
          setLinking({ href: typeof href === "string" ? href : "", error: "" });
          return true;
        }
        return false;
      },
      handlePaste: (view, event) => {
        const files = [...(event.clipboardData?.files ?? [])].filter(isAcceptedImage);
        if (files.length) {
          uploadRef.current(files, null, view.state.selection.from);
          return true;
        }
        const text = event.clipboardData?.getData("text/plain") ?? "";
        const editor = editorRef.current;
        if (editor && looksLikeTranscript(text)) {
          const turns = parseTranscript(text, { reporterLabel: turnAttrs(view.state.doc, "reporter").label });
          insertNodes(editor, turns.map(blockToNode), view.state.selection.from);
          return true;
        }
        return false;
      },
      handleDrop: (view, event, _slice, moved) => {
        if (moved) return false;
        const files = [...(event.dataTransfer?.files ?? [])].filter(isAcceptedImage);
        if (!files.length) return false;
        const editor = editorRef.current;
        if (!editor) return false;
        uploadRef.current(files, null, dropRange(editor, event.clientX, event.clientY));
        return true;
      },
    },
    onUpdate: ({ editor }) => {
      const next = docToBlocks(editor.getJSON() as DocNode);
      emitted.current = next;
      latest.current.onChange(next);
    },
  });
  editorRef.current = editor;

  useEffect(() => {
    if (!editor || blocks === emitted.current) return;
    if (JSON.stringify(docToBlocks(editor.getJSON() as DocNode)) !== JSON.stringify(normalizeBody(blocks))) {
      editor.commands.setContent(blocksToDoc(blocks), { emitUpdate: false });
    }
    emitted.current = blocks;
  }, [blocks, editor]);

  // A problem in the list names a block by its index: its link puts the cursor there.
  useEffect(() => {
    const element = wrapper.current;
    if (!editor || !element) return;
    const focusBlock = (event: Event) => {
      const index = Number((event as CustomEvent<{ index: number }>).detail?.index);
      const { doc } = editor.state;
      if (!Number.isInteger(index) || index < 0 || index >= doc.childCount) return;
      const start = blockStart(doc, index);
      const node = doc.child(index);
      if (node.isTextblock) editor.chain().focus().setTextSelection(start + 1 + node.content.size).scrollIntoView().run();
      else editor.chain().focus().setNodeSelection(start).scrollIntoView().run();
    };
    element.addEventListener("focus-block", focusBlock);
    return () => element.removeEventListener("focus-block", focusBlock);
  }, [editor]);

  const services: BodyEditorServices = {
    media,
    onUploaded,
    articleId,
    uploadFiles: (files, into) => uploadRef.current(files, into),
  };

  const choose = (choice: BlockChoice) => {
    setMenu(null);
    if (!editor) return;
    insertNodes(editor, [choiceNode(choice, editor)], editor.state.selection.from);
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
      {editor && <Toolbar editor={editor} onInsert={openMenu} onLink={() => setLinking({ href: String(editor.getAttributes("link").href ?? ""), error: "" })} />}
      {editor && linking && (
        <LinkForm
          value={linking}
          onChange={setLinking}
          onApply={(href) => {
            editor.chain().extendMarkRange("link").setLink({ href }).run();
            setLinking(null);
            editor.view.focus(); // back to the text at once, so the next keystroke lands there
          }}
          onRemove={() => {
            editor.chain().extendMarkRange("link").unsetLink().run();
            setLinking(null);
            editor.view.focus();
          }}
          onClose={() => {
            setLinking(null);
            editor.view.focus();
          }}
        />
      )}
      <p id={helpId} className="mb-2 text-xs text-gray-600">
        Enter: đoạn mới (sau câu hỏi là câu trả lời) · Gõ / hoặc bấm + ở dòng trống để chèn khối · Kéo ⠿ hoặc Alt+↑/↓ để di chuyển khối · Kéo thả hay dán ảnh vào bài · Dán bản ghi “Phóng viên: … / - Tên: …” để tách lượt.
      </p>
      <BodyEditorContext.Provider value={services}>
        <div ref={wrapper} className="relative pl-8">
          {editor ? (
            <>
              <DragHandle editor={editor}>
                <span aria-hidden="true" title="Kéo để di chuyển khối" className="flex h-8 w-6 cursor-grab items-center justify-center rounded text-gray-500 hover:bg-gray-100">
                  ⠿
                </span>
              </DragHandle>
              <FloatingMenu editor={editor} options={{ placement: "left" }}>
                <button type="button" onClick={openMenu} aria-label="Chèn khối tại dòng này" className="-ml-3 flex h-11 w-11 items-center justify-center rounded-full border border-gray-300 bg-white text-xl leading-none text-gray-700 hover:bg-gray-100 focus-visible:outline-3 focus-visible:outline-blue-700">
                  +
                </button>
              </FloatingMenu>
              <EditorContent editor={editor} />
            </>
          ) : (
            <div className="min-h-64 rounded border border-gray-300 bg-gray-50" aria-busy="true" />
          )}
          {menu && (
            <BlockMenu
              top={menu.top}
              onChoose={choose}
              onClose={() => {
                setMenu(null);
                editor?.view.focus();
              }}
            />
          )}
        </div>
      </BodyEditorContext.Provider>
    </section>
  );
}

function Toolbar({ editor, onInsert, onLink }: { editor: Editor; onInsert: () => void; onLink: () => void }) {
  const marks = useEditorState({ editor, selector: ({ editor: e }) => ({ bold: e.isActive("bold"), italic: e.isActive("italic"), link: e.isActive("link") }) });
  const button = "min-h-11 min-w-11 rounded border px-3 text-sm focus-visible:outline-3 focus-visible:outline-blue-700";
  const pressed = (on: boolean) => (on ? "border-blue-700 bg-blue-50" : "border-gray-300 bg-white hover:bg-gray-50");
  return (
    <div role="toolbar" aria-label="Định dạng" className="sticky top-0 z-10 mb-2 flex flex-wrap gap-1 bg-white py-1">
      <button type="button" aria-pressed={marks.bold} title="Chữ đậm (Ctrl+B)" onClick={() => editor.chain().focus().toggleBold().run()} className={`${button} font-bold ${pressed(marks.bold)}`}>
        Đậm
      </button>
      <button type="button" aria-pressed={marks.italic} title="Chữ nghiêng (Ctrl+I)" onClick={() => editor.chain().focus().toggleItalic().run()} className={`${button} italic ${pressed(marks.italic)}`}>
        Nghiêng
      </button>
      <button type="button" aria-pressed={marks.link} title="Liên kết (Ctrl+K)" onClick={onLink} className={`${button} underline ${pressed(marks.link)}`}>
        Liên kết
      </button>
      <button type="button" title="Chèn khối (gõ / ở dòng trống)" onClick={onInsert} className={`${button} font-semibold ${pressed(false)}`}>
        + Chèn khối
      </button>
    </div>
  );
}

/** The link of the selected words: a local path ("/…") or an http(s) address. */
function LinkForm({
  value,
  onChange,
  onApply,
  onRemove,
  onClose,
}: {
  value: { href: string; error: string };
  onChange: (value: { href: string; error: string }) => void;
  onApply: (href: string) => void;
  onRemove: () => void;
  onClose: () => void;
}) {
  const id = useId();
  const apply = () => {
    const href = value.href.trim();
    if (linkKind(href) === null) onChange({ href: value.href, error: "Liên kết phải bắt đầu bằng http://, https:// hoặc một dấu / (trang trong báo)." });
    else onApply(href);
  };
  return (
    <div className="mb-2 rounded border border-gray-300 bg-gray-50 p-2" role="group" aria-label="Liên kết">
      <label htmlFor={id} className="mb-1 block text-sm font-semibold">
        Địa chỉ liên kết
      </label>
      <div className="flex flex-wrap gap-2">
        <input
          id={id}
          autoFocus
          value={value.href}
          placeholder="https://… hoặc /bai-viet/…"
          aria-invalid={value.error ? true : undefined}
          aria-describedby={value.error ? `${id}-error` : undefined}
          onChange={(e) => onChange({ href: e.target.value, error: "" })}
          onKeyDown={(e) => {
            if (e.key === "Enter") {
              e.preventDefault();
              apply();
            } else if (e.key === "Escape") {
              e.preventDefault();
              onClose();
            }
          }}
          className="min-h-11 min-w-0 flex-1 rounded border border-gray-300 px-2"
        />
        <button type="button" onClick={apply} className="min-h-11 rounded bg-brand px-3 font-semibold text-white">
          Gắn liên kết
        </button>
        <button type="button" onClick={onRemove} className="min-h-11 rounded border border-gray-300 bg-white px-3">
          Bỏ liên kết
        </button>
      </div>
      {value.error && (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-700">
          {value.error}
        </p>
      )}
    </div>
  );
}
