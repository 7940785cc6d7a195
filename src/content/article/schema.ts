import { z } from "zod";
import { bodySchema } from "@/content/blocks/schema";
import { MAX_INT, positiveId, UNCLEAN_TEXT_MESSAGE, uncleanTextPath } from "@/content/routing/params";

/**
 * The editable shape of an article: ONE schema, used by the editor form (client) and by
 * every write on the server. Messages are Vietnamese and name the field.
 *
 * It is draft-tolerant: a draft saves with whatever it holds (no title yet, a short sapo, no
 * category or author, empty or placeholder blocks). Only limits that protect the system are
 * refused here: lengths, counts, id ranges, control characters. What readers need before an
 * article can be submitted, published or scheduled is publishProblems() in publish-checks.ts.
 */
export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const optionalText = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, `${label} quá dài (tối đa ${max} ký tự).`)
    .optional()
    .transform((v) => (v ? v : undefined));

export const bylineInputSchema = z.object({
  name: z.string().trim().min(1, "Vui lòng nhập tên tác giả.").max(120, "Tên tác giả quá dài."),
  /** An empty role is read as "Bài" (the usual credit of the text). */
  role: z.string().trim().max(40, "Vai trò quá dài.").transform((v) => v || "Bài"),
});

export const articleInputSchema = z.object({
  title: z.string().trim().max(300, "Tiêu đề quá dài (tối đa 300 ký tự)."),
  slug: z
    .string()
    .trim()
    .max(160, "Đường dẫn quá dài.")
    .refine((v) => v === "" || SLUG_PATTERN.test(v), "Đường dẫn chỉ gồm chữ thường không dấu, số và dấu gạch ngang.")
    .optional(),
  sapo: z.string().trim().max(1000, "Sapo quá dài (tối đa 1000 ký tự)."),
  /** Absent while not chosen: a new draft is filed under the first category until then. */
  categoryId: positiveId("Vui lòng chọn chuyên mục.").optional(),
  kind: z.enum(["NEWS", "INTERVIEW", "PHOTO_STORY"], { error: "Loại bài không hợp lệ." }),
  tags: z.array(z.string().trim().min(1).max(60, "Tên chủ đề quá dài.")).max(12, "Tối đa 12 chủ đề.").default([]),
  bylines: z.array(bylineInputSchema).max(8, "Tối đa 8 tác giả."),
  coverMediaId: positiveId("Ảnh đại diện không hợp lệ.").nullable().optional(),
  coverCaption: optionalText(1000, "Chú thích ảnh đại diện"),
  seoTitle: optionalText(300, "Tiêu đề SEO"),
  seoDescription: optionalText(500, "Mô tả SEO"),
  relatedIds: z.array(z.number().int().positive().max(MAX_INT, "Tin liên quan không hợp lệ.")).max(10, "Tối đa 10 tin liên quan.").default([]),
  /** Placeholder blocks are kept (block numbers stay those the writer sees); readers never get them. */
  body: bodySchema,
}).superRefine((input, ctx) => {
  // NUL and other control characters anywhere (PostgreSQL refuses NUL; feeds are XML).
  const path = uncleanTextPath(input);
  if (path) ctx.addIssue({ code: "custom", path, message: UNCLEAN_TEXT_MESSAGE });
});
export type ArticleInput = z.infer<typeof articleInputSchema>;
export type ArticleFormValues = z.input<typeof articleInputSchema>;
