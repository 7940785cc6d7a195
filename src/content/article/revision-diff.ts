import { diffArrays, diffWords } from "diff";
import { spansToMarkup } from "@/content/blocks/paragraph-markup";
import { BLOCK_TYPE_LABELS } from "@/content/blocks/labels";
import type { Block } from "@/content/blocks/schema";
import { articleInputSchema, type ArticleInput } from "./schema";

/**
 * Comparison of two revisions: every field of the article, and the body block by block
 * (each photo's caption, credit and alt, quotes, headings, interview turns…), each change
 * with a word-level diff of its text (jsdiff's diffWords). Values are plain strings: the
 * page renders them as text, never as HTML.
 */
export type TextPart = { kind: "same" | "added" | "removed"; text: string };

export interface Change {
  /** Stable key, e.g. "title" or "body.3.caption" (block numbers count from 1). */
  key: string;
  /** "Tiêu đề", "Khối 3 · Ảnh · Chú thích", "Khối 2 (bản cũ) · Trích dẫn · Nội dung". */
  label: string;
  /** "block-added"/"block-removed" when the whole block is new or gone. */
  status: "changed" | "block-added" | "block-removed";
  before: string;
  after: string;
  parts: TextPart[];
}

/** Names to show instead of bare ids; anything missing is shown as "#id". */
export interface DiffNames {
  categories?: ReadonlyMap<number, string>;
  articles?: ReadonlyMap<number, string>;
}

const KIND_LABELS: Record<ArticleInput["kind"], string> = { NEWS: "Tin tức", INTERVIEW: "Phỏng vấn", PHOTO_STORY: "Phóng sự ảnh" };

/** A stored snapshot as editor input; null if it no longer fits the schema. */
export function snapshotInput(snapshot: unknown): ArticleInput | null {
  const parsed = articleInputSchema.safeParse(snapshot);
  return parsed.success ? parsed.data : null;
}

/** Word-level diff of two texts (words, punctuation and spaces; Vietnamese letters are word characters). */
export function diffText(before: string, after: string): TextPart[] {
  return diffWords(before, after).map((c) => ({ kind: c.added ? "added" : c.removed ? "removed" : "same", text: c.value }));
}

const named = (map: ReadonlyMap<number, string> | undefined, id: number) => map?.get(id) ?? `#${id}`;
const photo = (id: number | null | undefined) => (id ? `Ảnh #${id}` : "");

/** The article's own fields as labelled text, in the editor's order. */
function articleFields(input: ArticleInput, names: DiffNames): [key: string, label: string, value: string][] {
  return [
    ["title", "Tiêu đề", input.title],
    ["slug", "Đường dẫn", input.slug ?? ""],
    ["sapo", "Sapo", input.sapo],
    ["categoryId", "Chuyên mục", input.categoryId ? named(names.categories, input.categoryId) : ""],
    ["kind", "Loại bài", KIND_LABELS[input.kind]],
    ["tags", "Chủ đề", input.tags.join(", ")],
    ["bylines", "Tác giả", input.bylines.map((b) => `${b.role}: ${b.name}`).join("; ")],
    ["coverMediaId", "Ảnh đại diện", photo(input.coverMediaId)],
    ["coverCaption", "Chú thích ảnh đại diện", input.coverCaption ?? ""],
    ["seoTitle", "Tiêu đề SEO", input.seoTitle ?? ""],
    ["seoDescription", "Mô tả SEO", input.seoDescription ?? ""],
    ["relatedIds", "Tin liên quan", input.relatedIds.map((id) => named(names.articles, id)).join("; ")],
  ];
}

/** A block's fields as labelled text. */
export function blockFields(block: Block, names: DiffNames = {}): [key: string, label: string, value: string][] {
  switch (block.type) {
    case "paragraph":
      return [["text", "Nội dung", spansToMarkup(block.content)]];
    case "heading":
      return [
        ["level", "Cấp", `H${block.level}`],
        ["text", "Nội dung", block.text],
      ];
    case "interview-turn":
      return [
        ["speaker", "Người nói", block.speaker === "reporter" ? "Phóng viên (hỏi)" : "Khách mời (đáp)"],
        ["label", "Nhãn", block.label],
        ["text", "Nội dung", block.text],
      ];
    case "image":
      return [
        ["mediaId", "Ảnh", photo(block.mediaId)],
        ["caption", "Chú thích", block.caption ?? ""],
        ["credit", "Nguồn", block.credit ?? ""],
        ["alt", "Mô tả (alt)", block.alt ?? ""],
      ];
    case "quote":
      return [
        ["text", "Nội dung", block.text],
        ["attribution", "Người được trích dẫn", block.attribution ?? ""],
      ];
    case "related-links":
      return [
        ["title", "Tiêu đề hộp", block.title],
        ["articleIds", "Bài", block.articleIds.map((id) => named(names.articles, id)).join("; ")],
      ];
  }
}

function change(key: string, label: string, status: Change["status"], before: string, after: string): Change {
  return { key, label, status, before, after, parts: diffText(before, after) };
}

/** The article's fields that differ (the body aside). */
export function compareFields(a: ArticleInput, b: ArticleInput, names: DiffNames = {}): Change[] {
  const after = articleFields(b, names);
  return articleFields(a, names)
    .map(([key, label, before], i) => change(key, label, "changed", before, after[i][2]))
    .filter((c) => c.before !== c.after);
}

/**
 * The body block by block: blocks equal in both are skipped; at each place where the
 * revisions differ, the old and new blocks are paired in order and, when of the same
 * type, compared field by field; the rest are whole blocks added (numbered as in the
 * new revision) or removed (numbered as in the old one, "bản cũ").
 */
export function compareBody(a: Block[], b: Block[], names: DiffNames = {}): Change[] {
  const out: Change[] = [];
  let oldIndex = 0;
  let newIndex = 0;
  let removed: { block: Block; index: number }[] = [];
  let added: { block: Block; index: number }[] = [];
  const flush = () => {
    const pairs = Math.min(removed.length, added.length);
    for (let i = 0; i < Math.max(removed.length, added.length); i++) {
      const was = removed[i];
      const now = added[i];
      if (i < pairs && was.block.type === now.block.type) out.push(...blockChanges(was.block, now.block, now.index, names));
      else {
        if (was) out.push(...wholeBlock(was.block, was.index, "block-removed", names));
        if (now) out.push(...wholeBlock(now.block, now.index, "block-added", names));
      }
    }
    removed = [];
    added = [];
  };
  const keyOf = (block: Block) => JSON.stringify(block);
  for (const part of diffArrays(a.map(keyOf), b.map(keyOf))) {
    const count = part.value.length;
    if (part.removed) {
      for (let i = 0; i < count; i++) removed.push({ block: a[oldIndex + i], index: oldIndex + i + 1 });
      oldIndex += count;
    } else if (part.added) {
      for (let i = 0; i < count; i++) added.push({ block: b[newIndex + i], index: newIndex + i + 1 });
      newIndex += count;
    } else {
      flush();
      oldIndex += count;
      newIndex += count;
    }
  }
  flush();
  return out;
}

function blockChanges(was: Block, now: Block, n: number, names: DiffNames): Change[] {
  const after = blockFields(now, names);
  return blockFields(was, names)
    .map(([key, label, before], i) => change(`body.${n}.${key}`, `Khối ${n} · ${BLOCK_TYPE_LABELS[now.type]} · ${label}`, "changed", before, after[i][2]))
    .filter((c) => c.before !== c.after);
}

function wholeBlock(block: Block, n: number, status: "block-added" | "block-removed", names: DiffNames): Change[] {
  const place = status === "block-added" ? `Khối ${n}` : `Khối ${n} (bản cũ)`;
  return blockFields(block, names)
    .filter(([, , value]) => value !== "")
    .map(([key, label, value]) =>
      change(`body.${n}.${key}${status === "block-removed" ? ".old" : ""}`, `${place} · ${BLOCK_TYPE_LABELS[block.type]} · ${label}`, status, status === "block-removed" ? value : "", status === "block-added" ? value : ""),
    );
}
