import { z } from "zod";
import { ArticleKind, ArticleStatus, UserRole } from "@/generated/prisma/enums";
import { MAX_INT, slugParam } from "@/content/routing/params";

/**
 * The site export format, version 1: a directory with
 *
 *   manifest.json        { format, version, options, counts, missingMediaFiles }
 *   users.jsonl          newsroom accounts (passwordHash only with --with-password-hashes)
 *   people.jsonl         authors (bylines), optionally linked to an account
 *   categories.jsonl     categories (a parent may come after its child: ids are kept)
 *   tags.jsonl
 *   media.jsonl          media library rows (the files are under media/)
 *   articles.jsonl       every article, all statuses, with its tags, bylines and related links
 *   revisions.jsonl      only with --revisions
 *   editor-picks.jsonl
 *   redirects.jsonl      old slug → article id (301s)
 *   legacy-paths.jsonl   old addresses of imported articles (WordPress permalinks) → article id (301s), by path
 *   wordpress-items.jsonl  the WordPress importer's bookkeeping (so a re-run stays idempotent), by key
 *   media/<key>          each original and each WebP variant, as stored
 *
 * Each .jsonl file has one JSON object per line, in id order, with the fields of the schemas
 * below in that order; dates are ISO 8601 in UTC; ids are the database's, so body blocks
 * (image mediaId, related-links articleIds) keep pointing at the right rows. The output is
 * deterministic (no timestamps of the export itself): export → import → export gives the same
 * bytes. Not exported: sessions, password-reset links and the audit log (operational data).
 * These schemas are what the import checks every line against.
 */

export const FORMAT = "toa-soan-site-export";
export const FORMAT_VERSION = 1;

const id = z.number().int().min(1).max(MAX_INT);
const date = z.iso.datetime();
const slug = slugParam;

export const userRecord = z.object({
  id,
  email: z.string().min(3),
  name: z.string(),
  role: z.enum(UserRole),
  disabled: z.boolean(),
  createdAt: date,
  updatedAt: date,
  passwordHash: z.string().optional(),
});

export const personRecord = z.object({ id, name: z.string(), slug, bio: z.string().nullable(), userId: id.nullable(), createdAt: date });

export const categoryRecord = z.object({
  id,
  name: z.string(),
  slug,
  description: z.string().nullable(),
  position: z.number().int(),
  parentId: id.nullable(),
  createdAt: date,
  updatedAt: date,
});

export const tagRecord = z.object({ id, name: z.string(), slug, createdAt: date });

export const mediaRecord = z.object({
  id,
  fileKey: z.string(),
  mime: z.string(),
  width: z.number().int(),
  height: z.number().int(),
  sizeBytes: z.number().int(),
  alt: z.string(),
  caption: z.string().nullable(),
  credit: z.string().nullable(),
  /** The name the file was uploaded with; absent from exports made before it was kept. */
  fileName: z.string().nullable().default(null),
  focalX: z.number(),
  focalY: z.number(),
  variants: z.array(z.number().int()),
  uploadedById: id.nullable(),
  createdAt: date,
});

export const articleRecord = z.object({
  id,
  title: z.string(),
  slug,
  sapo: z.string(),
  /** The block JSON as stored (src/content/blocks/schema.ts). */
  body: z.unknown(),
  kind: z.enum(ArticleKind),
  status: z.enum(ArticleStatus),
  publishedAt: date.nullable(),
  scheduledAt: date.nullable(),
  seoTitle: z.string().nullable(),
  seoDescription: z.string().nullable(),
  categoryId: id,
  coverMediaId: id.nullable(),
  coverCaption: z.string().nullable(),
  viewCount: z.number().int(),
  version: z.number().int(),
  createdById: id.nullable(),
  createdAt: date,
  updatedAt: date,
  tagIds: z.array(id),
  bylines: z.array(z.object({ personId: id, role: z.string(), position: z.number().int() })),
  relatedLinks: z.array(z.object({ toId: id, position: z.number().int() })),
});

export const revisionRecord = z.object({ id, articleId: id, version: z.number().int(), snapshot: z.unknown(), authorId: id.nullable(), createdAt: date });

export const editorPickRecord = z.object({ id, slot: z.string(), position: z.number().int(), articleId: id, createdAt: date });

export const redirectRecord = z.object({ id, oldSlug: slug, articleId: id, createdAt: date });

export const legacyPathRecord = z.object({ path: z.string().min(1), articleId: id, source: z.string(), createdAt: date });

export const wordpressItemRecord = z.object({
  site: z.string(),
  kind: z.string(),
  wpId: z.string(),
  targetId: z.number().int(),
  guid: z.string().nullable(),
  importedAt: date,
});

/** The record files, in the order the import loads them (each refers only to earlier ones). */
export const FILES = {
  users: { file: "users.jsonl", schema: userRecord },
  people: { file: "people.jsonl", schema: personRecord },
  categories: { file: "categories.jsonl", schema: categoryRecord },
  tags: { file: "tags.jsonl", schema: tagRecord },
  media: { file: "media.jsonl", schema: mediaRecord },
  articles: { file: "articles.jsonl", schema: articleRecord },
  revisions: { file: "revisions.jsonl", schema: revisionRecord },
  editorPicks: { file: "editor-picks.jsonl", schema: editorPickRecord },
  redirects: { file: "redirects.jsonl", schema: redirectRecord },
  legacyPaths: { file: "legacy-paths.jsonl", schema: legacyPathRecord },
  wordpressItems: { file: "wordpress-items.jsonl", schema: wordpressItemRecord },
} as const;
export type Kind = keyof typeof FILES;

export const manifestSchema = z.object({
  format: z.literal(FORMAT),
  version: z.literal(FORMAT_VERSION),
  options: z.object({ revisions: z.boolean(), passwordHashes: z.boolean() }),
  counts: z.record(z.string(), z.number().int()),
  mediaFiles: z.number().int(),
  /** Keys of media files the store did not have (their rows are exported all the same). */
  missingMediaFiles: z.array(z.string()),
});
export type Manifest = z.infer<typeof manifestSchema>;
