import type { BlockInput, Inline } from "@/content/blocks/schema";

/**
 * The body editor's document (Tiptap/ProseMirror JSON) ↔ the stored body (the zod block
 * schema of src/content/blocks/schema.ts). The editor works on the document; every change is
 * mapped back to blocks, so what is saved, validated and rendered stays the one block schema.
 *
 * One top-level node is one block, in order (so "body.<index>" in a publish problem names the
 * node at that index), except that empty paragraphs at the very end (the line the cursor sits
 * on) are not stored.
 */

export interface DocMark {
  type: string;
  attrs?: Record<string, unknown>;
}
export interface DocNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: DocNode[];
  marks?: DocMark[];
  text?: string;
}

/** The editor's node names (see nodes.tsx). */
export const NODE = {
  paragraph: "paragraph",
  heading: "heading",
  turn: "interviewTurn",
  quote: "pullQuote",
  photo: "photo",
  related: "relatedBox",
} as const;

const textNodes = (text: string): DocNode[] | undefined => (text ? [{ type: "text", text }] : undefined);

function spanNode(span: Inline): DocNode | null {
  if (!span.text) return null;
  const marks: DocMark[] = [];
  if (span.bold) marks.push({ type: "bold" });
  if (span.italic) marks.push({ type: "italic" });
  if (span.href) marks.push({ type: "link", attrs: { href: span.href } });
  return marks.length ? { type: "text", text: span.text, marks } : { type: "text", text: span.text };
}

export function blockToNode(block: BlockInput): DocNode {
  switch (block.type) {
    case "paragraph": {
      const content = block.content.map(spanNode).filter((n): n is DocNode => n !== null);
      return content.length ? { type: NODE.paragraph, content } : { type: NODE.paragraph };
    }
    case "heading":
      return withContent({ type: NODE.heading, attrs: { level: block.level ?? 2 } }, block.text);
    case "interview-turn":
      return withContent({ type: NODE.turn, attrs: { speaker: block.speaker, label: block.label } }, block.text);
    case "quote":
      return withContent({ type: NODE.quote, attrs: { attribution: block.attribution ?? "" } }, block.text);
    case "image":
      return { type: NODE.photo, attrs: { mediaId: block.mediaId, caption: block.caption ?? "", credit: block.credit ?? "", alt: block.alt ?? "", uploadId: null } };
    case "related-links":
      return { type: NODE.related, attrs: { title: block.title ?? "Tin liên quan", articleIds: [...block.articleIds] } };
  }
}

function withContent(node: DocNode, text: string): DocNode {
  const content = textNodes(text);
  return content ? { ...node, content } : node;
}

/**
 * The document for a body. It always ends with a paragraph (an empty one after any other
 * block), so that there is a line to type on below a photo or a turn.
 */
export function blocksToDoc(blocks: readonly BlockInput[]): DocNode {
  const content = blocks.map(blockToNode);
  if (content[content.length - 1]?.type !== NODE.paragraph) content.push({ type: NODE.paragraph });
  return { type: "doc", content };
}

const plain = (node: DocNode) => (node.content ?? []).map((child) => child.text ?? "").join("");
const str = (value: unknown) => (typeof value === "string" ? value : "");
const optional = (value: unknown) => str(value) || undefined;

function spansOf(node: DocNode): Inline[] {
  const spans: Inline[] = [];
  for (const child of node.content ?? []) {
    if (child.type !== "text" || !child.text) continue;
    const marks = child.marks ?? [];
    const href = marks.find((m) => m.type === "link")?.attrs?.href;
    const span: Inline = { text: child.text };
    if (marks.some((m) => m.type === "bold")) span.bold = true;
    if (marks.some((m) => m.type === "italic")) span.italic = true;
    if (typeof href === "string" && href) span.href = href;
    const last = spans[spans.length - 1];
    if (last && last.bold === span.bold && last.italic === span.italic && last.href === span.href) last.text += span.text;
    else spans.push(span);
  }
  return spans;
}

/** The block of one top-level node, or null for a node the block schema has no place for. */
export function nodeToBlock(node: DocNode): BlockInput | null {
  const attrs = node.attrs ?? {};
  switch (node.type) {
    case NODE.paragraph: {
      const content = spansOf(node);
      return { type: "paragraph", content: content.length ? content : [{ text: "" }] };
    }
    case NODE.heading:
      return { type: "heading", level: attrs.level === 3 ? 3 : 2, text: plain(node) };
    case NODE.turn:
      return { type: "interview-turn", speaker: attrs.speaker === "guest" ? "guest" : "reporter", label: str(attrs.label), text: plain(node) };
    case NODE.quote:
      return { type: "quote", text: plain(node), attribution: optional(attrs.attribution) };
    case NODE.photo: {
      const mediaId = Number(attrs.mediaId);
      return {
        type: "image",
        mediaId: Number.isSafeInteger(mediaId) && mediaId > 0 ? mediaId : 0,
        caption: optional(attrs.caption),
        credit: optional(attrs.credit),
        alt: optional(attrs.alt),
      };
    }
    case NODE.related:
      return {
        type: "related-links",
        title: str(attrs.title) || "Tin liên quan",
        articleIds: Array.isArray(attrs.articleIds) ? attrs.articleIds.filter((id): id is number => Number.isSafeInteger(id) && id > 0) : [],
      };
    default:
      return null;
  }
}

const isEmptyParagraph = (block: BlockInput) => block.type === "paragraph" && block.content.every((s) => s.text === "");

/** The body of a document: one block per top-level node, without trailing empty paragraphs. */
export function docToBlocks(doc: DocNode): BlockInput[] {
  const blocks = (doc.content ?? []).map(nodeToBlock).filter((b): b is BlockInput => b !== null);
  while (blocks.length && isEmptyParagraph(blocks[blocks.length - 1])) blocks.pop();
  return blocks;
}

/** A body as the editor will hand it back (what "unchanged" compares against). */
export function normalizeBody(blocks: readonly BlockInput[]): BlockInput[] {
  return docToBlocks(blocksToDoc(blocks));
}
