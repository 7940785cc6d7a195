import { z } from "zod";
import { linkKind, MAX_LINK_LENGTH } from "@/content/routing/links";
import { MAX_INT } from "@/content/routing/params";

/**
 * The article body: an ordered list of typed blocks. Defined ONCE here and used by
 * the renderers (site and mobile edition), the editor, the seed and every write.
 * Text is always plain text with marks — never raw HTML.
 *
 * The schema is draft-tolerant: a block being written may still be empty (a heading not yet
 * typed, a photo block whose image is not chosen yet: `mediaId: 0`). Only the hard limits
 * that protect the system are enforced here (lengths, counts, id ranges, safe links).
 * What readers need is stated once in src/content/article/publish-checks.ts, enforced before
 * an article can be submitted, published or scheduled; and readBody() never hands a
 * placeholder block to a renderer (see isShown()).
 */

const plainText = (label: string, max = 20_000) =>
  z
    .string({ error: `${label} phải là văn bản.` })
    .trim()
    .max(max, `${label} quá dài (tối đa ${max} ký tự).`);

/**
 * Links may point to this site (a path that stays on it) or to http(s) pages; never
 * javascript:/data: URLs nor look-alike paths such as "//host" or "/\\host" that browsers
 * send off-site. The rule lives in src/content/routing/links.ts.
 */
export const safeHref = z
  .string()
  .trim()
  .max(MAX_LINK_LENGTH, "Liên kết quá dài.")
  .refine((href) => linkKind(href) !== null, {
    message: "Liên kết phải bắt đầu bằng http://, https:// hoặc một dấu / (trang trong báo), không chứa khoảng trắng hay dấu \\.",
  });

export const inlineSchema = z.object({
  text: z.string().max(20_000, "Đoạn văn quá dài (tối đa 20000 ký tự)."),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
  href: safeHref.optional(),
});
export type Inline = z.infer<typeof inlineSchema>;

export const paragraphBlock = z.object({
  type: z.literal("paragraph"),
  content: z
    .array(inlineSchema)
    .max(500, "Đoạn văn có quá nhiều đoạn định dạng (tối đa 500).")
    .refine((spans) => spans.reduce((n, s) => n + s.text.length, 0) <= 20_000, "Đoạn văn quá dài (tối đa 20000 ký tự)."),
});

export const headingBlock = z.object({
  type: z.literal("heading"),
  level: z.union([z.literal(2), z.literal(3)]).default(2),
  text: plainText("Tiêu đề phụ", 300),
});

export const interviewTurnBlock = z.object({
  type: z.literal("interview-turn"),
  speaker: z.enum(["reporter", "guest"], { error: "Người nói phải là phóng viên hoặc khách mời." }),
  /** Label printed before the text, e.g. "Phóng viên" or "Đồng chí Lê Đình Hùng". */
  label: plainText("Nhãn người nói", 200),
  text: plainText("Nội dung lượt hỏi đáp"),
});

export const imageBlock = z.object({
  type: z.literal("image"),
  /** 0 while the writer has not chosen the image yet (a placeholder, never shown to readers). */
  mediaId: z.number({ error: "Ảnh không hợp lệ." }).int().nonnegative("Ảnh không hợp lệ.").max(MAX_INT, "Ảnh không hợp lệ."),
  /** Caption and credit of this use; the media library's values are the defaults. */
  caption: z.string().trim().max(1000, "Chú thích ảnh quá dài.").optional(),
  credit: z.string().trim().max(200, "Nguồn ảnh quá dài.").optional(),
  alt: z.string().trim().max(500, "Mô tả ảnh quá dài.").optional(),
});

export const quoteBlock = z.object({
  type: z.literal("quote"),
  text: plainText("Trích dẫn", 2000),
  attribution: z.string().trim().max(200).optional(),
});

export const relatedLinksBlock = z.object({
  type: z.literal("related-links"),
  title: z.string().trim().max(100).default("Tin liên quan"),
  articleIds: z
    .array(z.number().int().positive().max(MAX_INT))
    .max(10, "Hộp tin liên quan tối đa 10 bài."),
});

export const blockSchema = z.discriminatedUnion(
  "type",
  [paragraphBlock, headingBlock, interviewTurnBlock, imageBlock, quoteBlock, relatedLinksBlock],
  { error: "Loại khối nội dung không hợp lệ." },
);
export type Block = z.infer<typeof blockSchema>;
export type BlockInput = z.input<typeof blockSchema>;
export type BlockType = Block["type"];

export const bodySchema = z.array(blockSchema).max(500, "Bài viết có quá nhiều khối nội dung (tối đa 500).");
export type Body = z.infer<typeof bodySchema>;

/**
 * False for a block that has nothing to show yet: an empty paragraph, heading, quote or
 * interview turn, a photo block without its image, a related-links box without articles.
 * Such placeholders may be stored in drafts; readers and previews never receive them.
 */
export function isShown(block: Block): boolean {
  switch (block.type) {
    case "paragraph":
      return block.content.some((span) => span.text.trim() !== "");
    case "heading":
    case "quote":
      return block.text !== "";
    case "interview-turn":
      return block.text !== "" && block.label !== "";
    case "image":
      return block.mediaId > 0;
    case "related-links":
      return block.articleIds.length > 0;
  }
}

/** Validates a body on write; throws a ZodError whose messages are in Vietnamese. */
export function parseBody(input: unknown): Body {
  return bodySchema.parse(input);
}

/**
 * Reads a stored body for rendering, without ever throwing: invalid blocks are dropped (and
 * reported), so a bad row can never crash a page; placeholder blocks of a draft (see
 * isShown()) are left out silently, except for the newsroom's editor (`placeholders: true`).
 */
export function readBody(stored: unknown, options: { placeholders?: boolean } = {}): { blocks: Body; dropped: number } {
  const keep = (block: Block) => options.placeholders === true || isShown(block);
  if (!Array.isArray(stored)) return { blocks: [], dropped: stored == null ? 0 : 1 };
  const blocks: Body = [];
  let dropped = 0;
  for (const item of stored) {
    const result = blockSchema.safeParse(item);
    if (result.success) {
      if (keep(result.data)) blocks.push(result.data);
      continue;
    }
    // A paragraph stored before the link rule was tightened keeps its text without the link.
    const repaired = blockSchema.safeParse(withoutUnsafeLinks(item));
    if (repaired.success) {
      if (keep(repaired.data)) blocks.push(repaired.data);
    } else dropped++;
  }
  return { blocks, dropped };
}

function withoutUnsafeLinks(item: unknown): unknown {
  if (!item || typeof item !== "object" || (item as { type?: unknown }).type !== "paragraph") return item;
  const content = (item as { content?: unknown }).content;
  if (!Array.isArray(content)) return item;
  return {
    ...item,
    content: content.map((span) => {
      if (!span || typeof span !== "object" || !("href" in span)) return span;
      const { href, ...rest } = span as { href?: unknown };
      return typeof href === "string" && safeHref.safeParse(href).success ? span : rest;
    }),
  };
}

/** Plain text of a body, for search snippets and word counts. */
export function bodyText(blocks: Body): string {
  return blocks
    .map((block) => {
      switch (block.type) {
        case "paragraph":
          return block.content.map((span) => span.text).join("");
        case "heading":
        case "quote":
          return block.text;
        case "interview-turn":
          return `${block.label}: ${block.text}`;
        default:
          return "";
      }
    })
    .filter(Boolean)
    .join("\n");
}

/** Ids of media and articles a body refers to, so they can be loaded in one query each. */
export function bodyReferences(blocks: Body): { mediaIds: number[]; articleIds: number[] } {
  const mediaIds = new Set<number>();
  const articleIds = new Set<number>();
  for (const block of blocks) {
    if (block.type === "image") mediaIds.add(block.mediaId);
    if (block.type === "related-links") block.articleIds.forEach((id) => articleIds.add(id));
  }
  return { mediaIds: [...mediaIds], articleIds: [...articleIds] };
}

/** Shorthand for a paragraph of plain text. */
export function paragraph(text: string): z.input<typeof paragraphBlock> {
  return { type: "paragraph", content: [{ text }] };
}
