import { z } from "zod";
import { decodeCursor } from "@/content/article/cursor";
import { articleInputSchema } from "@/content/article/schema";
import { blockSchema } from "@/content/blocks/schema";
import { MAX_INT } from "@/content/routing/params";

/**
 * The read API's shapes, defined once: the route handlers parse their input with the query and
 * path schemas, the serializers (serialize.ts) produce values of the response schemas (tests
 * parse real answers with them), and openapi.ts turns the same schemas into the OpenAPI 3.1
 * document with z.toJSONSchema(). Nothing here is written twice.
 */

// ---------------------------------------------------------------- input

const slug = (what: string) =>
  z
    .string({ error: `${what} phải là một chuỗi.` })
    .regex(/^[a-z0-9-]{1,200}$/, `${what} chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang (tối đa 200 ký tự).`);

export const articleSlugParam = slug("Slug bài viết").meta({ description: "Slug of a published article (as in /bai-viet/{slug})." });

/** Most stories one page of the list returns. */
export const MAX_PAGE_SIZE = 50;
export const DEFAULT_PAGE_SIZE = 20;

/** ISO 8601 date-time with an offset, or a calendar day (midnight in Vietnam, UTC+7). */
const sinceQuery = z
  .string()
  .transform((value, ctx) => {
    const day = z.iso.date().safeParse(value).success; // a real calendar day (no 30 February)
    const iso = z.iso.datetime({ offset: true }).safeParse(value).success;
    const date = day ? new Date(`${value}T00:00:00+07:00`) : iso ? new Date(value) : null;
    if (!date || Number.isNaN(date.getTime()) || date.getUTCFullYear() < 1900 || date.getUTCFullYear() > 9999) {
      ctx.addIssue({ code: "custom", message: "Tham số since phải là ngày (2026-11-26) hoặc thời điểm ISO 8601 có múi giờ (2026-11-26T08:00:00+07:00)." });
      return z.NEVER;
    }
    // Whole seconds: one cache entry per second asked for, not per millisecond.
    return new Date(Math.floor(date.getTime() / 1000) * 1000);
  })
  .meta({ description: "Only stories published at or after this moment: a day (YYYY-MM-DD, midnight in Vietnam) or an ISO 8601 date-time with offset.", examples: ["2026-11-01", "2026-11-26T08:00:00+07:00"] });

/** The opaque cursor of the next page (as given in `nextCursor`); clients never build it. */
const cursorQuery = z
  .string()
  .transform((value, ctx) => {
    const cursor = decodeCursor(value); // the lists' own cursor format (cursor.ts)
    if (cursor) return cursor;
    ctx.addIssue({ code: "custom", message: "Tham số cursor không hợp lệ (dùng đúng giá trị nextCursor của trang trước)." });
    return z.NEVER;
  })
  .meta({ description: "Opaque position of the next page: the `nextCursor` of the previous answer." });

const limitQuery = z
  .string()
  .regex(/^\d{1,3}$/, `Tham số limit phải là số nguyên từ 1 đến ${MAX_PAGE_SIZE}.`)
  .transform(Number)
  .pipe(z.number().int().min(1, `Tham số limit phải từ 1 đến ${MAX_PAGE_SIZE}.`).max(MAX_PAGE_SIZE, `Tham số limit tối đa là ${MAX_PAGE_SIZE}.`))
  .meta({ description: `Stories per page, 1–${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE}).` });

export const articleListQuery = z
  .object({
    category: slug("Tham số category").optional().meta({ description: "Category slug; its sub-categories are included." }),
    tag: slug("Tham số tag").optional().meta({ description: "Tag slug." }),
    author: slug("Tham số author").optional().meta({ description: "Author (byline) slug." }),
    since: sinceQuery.optional(),
    cursor: cursorQuery.optional(),
    limit: limitQuery.optional(),
  })
  .strict();

// ---------------------------------------------------------------- output

export const mediaVariantSchema = z.object({
  width: z.number().int().meta({ description: "Width in pixels of this WebP variant." }),
  url: z.url(),
});

export const mediaSchema = z
  .object({
    id: z.number().int(),
    url: z.url().meta({ description: "The original (JPEG)." }),
    width: z.number().int(),
    height: z.number().int(),
    alt: z.string(),
    caption: z.string().nullable().meta({ description: "The media library's caption; an image block may set its own." }),
    credit: z.string().nullable(),
    focalX: z.number().min(0).max(1).meta({ description: "Focal point (0..1 of the width) to keep when cropping." }),
    focalY: z.number().min(0).max(1),
    variants: z.array(mediaVariantSchema).meta({ description: "Responsive WebP variants, narrowest first." }),
  })
  .meta({ id: "Media" });

const nameSlug = z.object({ name: z.string(), slug: z.string() });

export const articleSummarySchema = z
  .object({
    id: z.number().int().min(1).max(MAX_INT),
    slug: z.string(),
    title: z.string(),
    sapo: z.string().meta({ description: "The lead paragraph." }),
    publishedAt: z.iso.datetime({ offset: true }),
    url: z.url().meta({ description: "The article on the reader site." }),
    category: nameSlug,
    cover: mediaSchema.nullable(),
  })
  .meta({ id: "ArticleSummary" });

export const articlePageSchema = z
  .object({
    items: z.array(articleSummarySchema),
    nextCursor: z.string().nullable().meta({ description: "Pass as `cursor` for the next page; null on the last page." }),
  })
  .meta({ id: "ArticlePage" });

export const articleSchema = articleSummarySchema
  .extend({
    kind: articleInputSchema.shape.kind,
    updatedAt: z.iso.datetime({ offset: true }),
    seoTitle: z.string().nullable(),
    seoDescription: z.string().nullable(),
    coverCaption: z.string().nullable(),
    breadcrumb: z.array(nameSlug).meta({ description: "Parent category first, then the article's category." }),
    bylines: z.array(nameSlug.extend({ role: z.string() })),
    tags: z.array(nameSlug),
    body: z.array(blockSchema).meta({ description: "The body: the site's block schema, stored as is (never HTML)." }),
    media: z.record(z.string(), mediaSchema).meta({ description: "Media that image blocks refer to, by id (as a string)." }),
    linked: z.record(z.string(), articleSummarySchema).meta({ description: "Published stories that related-links blocks refer to, by id." }),
    relatedArticles: z.array(articleSummarySchema).meta({ description: "The \"Tin liên quan\" rail chosen by the editor." }),
  })
  .meta({ id: "Article" });

export const categorySchema = z
  .object({
    slug: z.string(),
    name: z.string(),
    description: z.string().nullable(),
    parent: z.string().nullable().meta({ description: "Slug of the parent category, or null." }),
    url: z.url(),
  })
  .meta({ id: "Category" });

export const categoryListSchema = z.object({ items: z.array(categorySchema) }).meta({ id: "CategoryList" });

export const API_ERROR_CODES = ["invalid_parameter", "not_found", "rate_limited", "method_not_allowed", "internal_error"] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

export const errorSchema = z
  .object({
    error: z.object({
      code: z.enum(API_ERROR_CODES).meta({ description: "Machine-readable reason." }),
      message: z.string().meta({ description: "Human-readable, in Vietnamese." }),
      details: z.array(z.object({ parameter: z.string(), message: z.string() })).optional(),
    }),
  })
  .meta({ id: "Error" });
export type ApiError = z.infer<typeof errorSchema>;
