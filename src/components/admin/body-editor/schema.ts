import { Node } from "@tiptap/core";
import type { Node as PMNode } from "@tiptap/pm/model";
import StarterKit from "@tiptap/starter-kit";
import { linkKind } from "@/content/routing/links";
import { NODE } from "./document";

/**
 * The body document's schema, without any view: the nodes of the blocks besides paragraphs and
 * headings (interview turns, pull quotes, photos, related boxes) and the standard ones kept from
 * Tiptap's starter kit. Each node maps 1:1 to a block of the zod schema (document.ts); every
 * attribute is plain JSON, so the document can live in a Yjs CRDT as it is (tested in
 * tests/unit/body-document.test.ts). nodes.tsx adds the React views; body-editor.tsx the editor.
 */

/** An attribute stored as a data-* attribute when the document is copied as HTML. */
function dataAttribute(name: string, fallback: unknown, parse: (value: string) => unknown = (v) => v) {
  return {
    default: fallback,
    parseHTML: (element: HTMLElement) => {
      const value = element.getAttribute(`data-${name}`);
      return value === null ? fallback : parse(value);
    },
    renderHTML: (attributes: Record<string, unknown>) => {
      const value = attributes[name];
      if (value === null || value === undefined) return {};
      return { [`data-${name}`]: typeof value === "object" ? JSON.stringify(value) : String(value) };
    },
  };
}
const parseJsonArray = (value: string) => {
  try {
    const parsed: unknown = JSON.parse(value);
    return Array.isArray(parsed) ? parsed : [];
  } catch {
    return [];
  }
};

/**
 * The attributes of a new turn of `speaker`, labelled as that speaker's turns before it
 * ("Phóng viên" for a first question, "Khách mời" until the guest is named).
 */
export function turnAttrs(doc: PMNode, speaker: "reporter" | "guest"): { speaker: "reporter" | "guest"; label: string } {
  const labels = { reporter: "Phóng viên", guest: "Khách mời" };
  doc.forEach((node) => {
    if (node.type.name !== NODE.turn || !node.attrs.label) return;
    labels[node.attrs.speaker === "guest" ? "guest" : "reporter"] = node.attrs.label;
  });
  return { speaker, label: labels[speaker] };
}

/** Where the top-level block at `index` starts (the position before it). */
export function blockStart(doc: PMNode, index: number): number {
  let start = 0;
  for (let i = 0; i < index; i++) start += doc.child(i).nodeSize;
  return start;
}

/** The 1-based number of the top-level block at `pos` (problems name blocks by it), 0 if none. */
export function blockNumber(doc: PMNode, pos: number | undefined): number {
  return typeof pos === "number" && pos <= doc.content.size ? doc.resolve(pos).index(0) + 1 : 0;
}

export const InterviewTurnNode = Node.create({
  name: NODE.turn,
  group: "block",
  content: "text*",
  marks: "",
  defining: true,
  addAttributes() {
    return { speaker: dataAttribute("speaker", "reporter"), label: dataAttribute("label", "Phóng viên") };
  },
  parseHTML() {
    return [{ tag: "div[data-turn]" }];
  },
  renderHTML({ HTMLAttributes }) {
    return ["div", { ...HTMLAttributes, "data-turn": "" }, 0];
  },
  addKeyboardShortcuts() {
    return {
      // Enter at the end of a turn opens the next speaker's turn (question → answer → question);
      // on an empty turn it leaves the interview for a plain paragraph.
      Enter: ({ editor }) => {
        const { $from, empty } = editor.state.selection;
        if (!empty || $from.parent.type.name !== this.name) return false;
        const turn = $from.parent;
        if (turn.content.size === 0) return editor.commands.setNode("paragraph");
        if ($from.parentOffset < turn.content.size) return false;
        const next = turnAttrs(editor.state.doc, turn.attrs.speaker === "reporter" ? "guest" : "reporter");
        const at = $from.after();
        return editor.chain().insertContentAt(at, { type: this.name, attrs: next }).setTextSelection(at + 1).run();
      },
    };
  },
});

export const PullQuoteNode = Node.create({
  name: NODE.quote,
  group: "block",
  content: "text*",
  marks: "",
  defining: true,
  addAttributes() {
    return { attribution: dataAttribute("attribution", "") };
  },
  parseHTML() {
    return [{ tag: "blockquote[data-pull-quote]" }];
  },
  renderHTML({ HTMLAttributes }) {
    return ["blockquote", { ...HTMLAttributes, "data-pull-quote": "" }, 0];
  },
});

export const PhotoNode = Node.create({
  name: NODE.photo,
  group: "block",
  atom: true,
  draggable: true,
  selectable: true,
  addAttributes() {
    return {
      mediaId: dataAttribute("media-id", 0, (v) => Number(v) || 0),
      caption: dataAttribute("caption", ""),
      credit: dataAttribute("credit", ""),
      alt: dataAttribute("alt", ""),
      uploadId: { default: null, rendered: false },
    };
  },
  parseHTML() {
    return [{ tag: "figure[data-photo]" }];
  },
  renderHTML({ HTMLAttributes }) {
    return ["figure", { ...HTMLAttributes, "data-photo": "" }];
  },
});

export const RelatedBoxNode = Node.create({
  name: NODE.related,
  group: "block",
  atom: true,
  draggable: true,
  selectable: true,
  addAttributes() {
    return { title: dataAttribute("title", "Tin liên quan"), articleIds: dataAttribute("article-ids", [], parseJsonArray) };
  },
  parseHTML() {
    return [{ tag: "aside[data-related]" }];
  },
  renderHTML({ HTMLAttributes }) {
    return ["aside", { ...HTMLAttributes, "data-related": "" }];
  },
});

/** Everything the document is made of: the schema (the editor adds views and behaviour on top). */
export const bodySchemaExtensions = [
  StarterKit.configure({
    heading: { levels: [2, 3] },
    blockquote: false,
    bulletList: false,
    orderedList: false,
    listItem: false,
    listKeymap: false,
    code: false,
    codeBlock: false,
    horizontalRule: false,
    hardBreak: false,
    strike: false,
    underline: false,
    link: {
      openOnClick: false,
      autolink: false, // (an autolink makes the link grow with the text typed after it)
      linkOnPaste: true,
      defaultProtocol: "https",
      isAllowedUri: (url) => linkKind(url) !== null,
      HTMLAttributes: { rel: "noopener noreferrer nofollow", target: null },
    },
  }),
  InterviewTurnNode,
  PullQuoteNode,
  PhotoNode,
  RelatedBoxNode,
];
