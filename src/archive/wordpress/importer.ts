import { createHash } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import { blockSchema, isShown, type Block } from "@/content/blocks/schema";
import { mayBeLegacyPath, normalizeLegacyPath } from "@/content/routing/legacy-paths";
import { MAX_UPLOAD_BYTES } from "@/content/media/upload";
import { readHeader, checkPixelSize } from "@/content/media/image-work";
import { storeImage } from "@/content/media/storage";
import { slugify } from "@/content/vietnamese/slugify";
import { htmlToBlocks, htmlToText, type DraftBlock, type ImageDraft } from "./html-to-blocks";
import { readWxr, type WxrAuthor, type WxrItem, type WxrSite, type WxrTerm } from "./wxr-reader";

/**
 * WordPress export → this newsroom. Two streaming passes over the file:
 *  1. authors, categories, tags and attachments (ids and file names only, no content), and
 *     the number of posts (for the progress line);
 *  2. posts: each is converted (html-to-blocks.ts), its images resolved to media (files from
 *     the uploads folder, stored once each under a key derived from their WordPress path),
 *     then written with its tags, byline, first revision, old addresses (legacy_paths) and
 *     its wordpress_items row. Posts are committed in small batches, one transaction each;
 *     a batch that fails is retried post by post, so one bad post never takes others with it.
 * Idempotent and resumable: wordpress_items says what exists already (keyed on the export's
 * site URL and WordPress's ids), so a second run writes nothing and a run stopped half-way
 * goes on after the last committed batch. Media rows are found again by their file key.
 */

export interface ImportOptions {
  file: string;
  /** The wp-content/uploads folder of the old site; without it every image is reported missing. */
  uploadsDir?: string;
  /** Posts per transaction (default 50). */
  batchSize?: number;
  onProgress?: (progress: ImportProgress) => void;
  /** UTC offset of dates without their GMT twin (WordPress's local time), in minutes; default +420 (Việt Nam). */
  localOffsetMinutes?: number;
}

export interface ImportProgress {
  done: number;
  total: number;
  imported: number;
  warnings: number;
}

export interface ItemProblem {
  postId: string;
  title: string;
  message: string;
}

export interface ImportReport {
  site: string;
  posts: { total: number; imported: number; alreadyImported: number; skipped: number; failed: number };
  skippedReasons: Record<string, number>;
  categories: { created: number; reused: number };
  tags: { created: number; reused: number };
  authors: { created: number; reused: number };
  media: { imported: number; reused: number; missing: number; failed: number };
  /** Images that could not be taken, one line each (path or URL, and why). */
  missingMedia: string[];
  legacyPaths: number;
  warnings: ItemProblem[];
  errors: ItemProblem[];
  /** Problems of the file itself (not of one post). */
  fileProblems: string[];
  durationMs: number;
}

interface Attachment {
  url: string;
  file: string;
  title: string;
  caption: string;
  alt: string;
}

interface PreparedPost {
  wpId: string;
  guid: string;
  title: string;
  wantedSlug: string;
  data: Omit<Prisma.ArticleCreateManyInput, "slug">;
  tagIds: number[];
  tagNames: string[];
  byline: { personId: number; name: string } | null;
  legacyPaths: string[];
  warnings: string[];
  size: number;
}

const BYLINE_ROLE = "Bài";
const FALLBACK_CATEGORY = { name: "Lưu trữ", slug: "luu-tru" };
const IMPORTED_TYPES = new Set(["post"]);
const STATUS: Record<string, "PUBLISHED" | "SCHEDULED" | "DRAFT" | "IN_REVIEW"> = {
  publish: "PUBLISHED",
  future: "SCHEDULED",
  draft: "DRAFT",
  pending: "IN_REVIEW",
  private: "DRAFT",
};
const SKIPPED_STATUS: Record<string, string> = {
  trash: "bài trong thùng rác",
  "auto-draft": "bản nháp tự động của WordPress",
  inherit: "bản sửa đổi (revision)",
};
const BATCH_BYTES = 16 * 1024 * 1024;

/** Site key of an export: its base URL without scheme noise, so two blogs never collide. */
export function siteKey(site: WxrSite): string {
  const url = site.baseBlogUrl || site.baseSiteUrl || site.link;
  return url ? url.trim().toLowerCase().replace(/^https?:\/\//, "").replace(/\/+$/, "") : "wordpress";
}

function siteOrigins(site: WxrSite): string[] {
  const origins = new Set<string>();
  for (const url of [site.baseBlogUrl, site.baseSiteUrl, site.link]) {
    try {
      const u = new URL(url);
      for (const scheme of ["http:", "https:"]) {
        origins.add(`${scheme}//${u.host}`.toLowerCase());
        origins.add(`${scheme}//${u.host.replace(/^www\./, "") === u.host ? `www.${u.host}` : u.host.replace(/^www\./, "")}`.toLowerCase());
      }
    } catch {
      // no URL: links stay absolute
    }
  }
  return [...origins];
}

/** A WordPress date ("2015-03-12 07:30:00"), GMT or local; null for WordPress's "0000-00-00…". */
export function wpDate(gmt: string, local: string, pubDate: string, offsetMinutes: number): Date | null {
  const parse = (value: string, offset: number) => {
    const m = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?/.exec(value.trim());
    if (!m || m[1] === "0000") return null;
    const t = Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +(m[6] ?? 0)) - offset * 60_000;
    return Number.isFinite(t) ? new Date(t) : null;
  };
  const fromRss = () => {
    const t = Date.parse(pubDate);
    return pubDate && Number.isFinite(t) && new Date(t).getUTCFullYear() > 1970 ? new Date(t) : null;
  };
  return parse(gmt, 0) ?? parse(local, offsetMinutes) ?? fromRss();
}

/** "t%e1%bb%a9c" → "tức"; what cannot be decoded stays as written. */
function decodePercent(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

const wpSlug = (value: string) => slugify(decodePercent(value).normalize("NFC"));
const cleanLine = (value: string) => htmlToText(value).slice(0, 5000);

function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  const slice = text.slice(0, max - 1);
  const space = slice.lastIndexOf(" ");
  return `${space > max * 0.6 ? slice.slice(0, space) : slice}…`;
}

/** Relative path of an uploaded file from its URL ("…/wp-content/uploads/2015/03/a.jpg" → "2015/03/a.jpg"). */
export function uploadsPathOf(url: string): string | null {
  let pathname = url;
  try {
    pathname = new URL(url, "http://x.invalid").pathname;
  } catch {
    return null;
  }
  const m = /\/(?:wp-content\/)?uploads\/(.+)$/i.exec(pathname);
  if (!m) return null;
  const rel = decodePercent(m[1]).normalize("NFC");
  if (rel.split("/").some((part) => part === ".." || part === "")) return null;
  return rel;
}

/** The `_wp_attached_file` of an attachment, relative to uploads (old WordPress versions stored absolute paths). */
function attachedFile(file: string): string | null {
  if (!file.trim()) return null;
  const rel = (/\/uploads\/(.+)$/.exec(file)?.[1] ?? file).replace(/^\/+/, "").normalize("NFC");
  return rel.split("/").some((part) => part === ".." || part === "") ? null : rel;
}

/** Media key in this site's store for a WordPress upload path: safe characters, stable, unique. */
export function mediaKeyFor(site: string, rel: string): string {
  const hash = createHash("sha256").update(`${site}\n${rel}`).digest("hex").slice(0, 10);
  const dir = rel.split("/").slice(0, -1).map((p) => slugify(p, 40)).filter(Boolean).join("/");
  const base = slugify(path.basename(rel).replace(/\.[^.]+$/, ""), 60) || "anh";
  return `wordpress/${dir ? `${dir}/` : ""}${base}-${hash}.jpg`;
}

export async function importWordPress(db: PrismaClient, options: ImportOptions): Promise<ImportReport> {
  const started = Date.now();
  const offset = options.localOffsetMinutes ?? 420;
  const batchSize = Math.max(1, options.batchSize ?? 50);
  const report: ImportReport = {
    site: "",
    posts: { total: 0, imported: 0, alreadyImported: 0, skipped: 0, failed: 0 },
    skippedReasons: {},
    categories: { created: 0, reused: 0 },
    tags: { created: 0, reused: 0 },
    authors: { created: 0, reused: 0 },
    media: { imported: 0, reused: 0, missing: 0, failed: 0 },
    missingMedia: [],
    legacyPaths: 0,
    warnings: [],
    errors: [],
    fileProblems: [],
    durationMs: 0,
  };
  const skip = (reason: string) => {
    report.posts.skipped++;
    report.skippedReasons[reason] = (report.skippedReasons[reason] ?? 0) + 1;
  };

  // ---------------------------------------------------------------- pass 1
  let site: WxrSite = { title: "", link: "", baseSiteUrl: "", baseBlogUrl: "", wxrVersion: "" };
  const authors = new Map<string, WxrAuthor>();
  const terms: WxrTerm[] = [];
  const attachments = new Map<number, Attachment>();
  for await (const record of readWxr(options.file, { skipContent: true })) {
    if (record.type === "site") site = record.site;
    else if (record.type === "author") authors.set(record.author.login, record.author);
    else if (record.type === "term") terms.push(record.term);
    else if (record.type === "problem") report.fileProblems.push(record.message);
    else if (record.type === "item") {
      const item = record.item;
      if (item.postType === "attachment") {
        const id = Number(item.postId);
        if (Number.isSafeInteger(id)) {
          attachments.set(id, {
            url: item.attachmentUrl || item.guid,
            file: item.meta._wp_attached_file ?? "",
            title: item.title,
            caption: item.excerpt,
            alt: item.meta._wp_attachment_image_alt ?? "",
          });
        }
      } else if (IMPORTED_TYPES.has(item.postType)) report.posts.total++;
    }
  }
  const key = siteKey(site);
  report.site = key;
  const origins = siteOrigins(site);

  // ---------------------------------------------------------------- what exists already
  const mapped = async (kind: string) =>
    new Map((await db.wordpressItem.findMany({ where: { site: key, kind }, select: { wpId: true, targetId: true } })).map((r) => [r.wpId, r.targetId]));
  const categoryIds = await mapped("category");
  const tagIds = await mapped("tag");
  const personIds = await mapped("author");
  const donePosts = new Set((await mapped("post")).keys());
  const remember = (kind: string, wpId: string, targetId: number) =>
    db.wordpressItem.upsert({ where: { site_kind_wpId: { site: key, kind, wpId } }, create: { site: key, kind, wpId, targetId }, update: {} });

  // ---------------------------------------------------------------- categories, tags, authors
  const ensureCategory = async (term: Pick<WxrTerm, "slug" | "name" | "description">, position = 0): Promise<number> => {
    const wpId = decodePercent(term.slug).toLowerCase();
    const known = categoryIds.get(wpId);
    if (known) return known;
    const slug = wpSlug(term.slug) || slugify(term.name) || `chuyen-muc-${createHash("sha1").update(wpId).digest("hex").slice(0, 6)}`;
    const existing = await db.category.findUnique({ where: { slug }, select: { id: true } });
    let id: number;
    if (existing) {
      id = existing.id;
      report.categories.reused++;
    } else {
      const name = cleanLine(term.name) || slug;
      id = (await db.category.create({ data: { name: cutText(name, 120), slug, description: cleanLine(term.description) || null, position }, select: { id: true } })).id;
      report.categories.created++;
    }
    await remember("category", wpId, id);
    categoryIds.set(wpId, id);
    return id;
  };
  const ensureTag = async (term: Pick<WxrTerm, "slug" | "name">): Promise<{ id: number; name: string } | null> => {
    const wpId = decodePercent(term.slug || term.name).toLowerCase();
    const name = cutText(cleanLine(term.name) || decodePercent(term.slug), 60);
    const known = tagIds.get(wpId);
    if (known) return { id: known, name };
    const slug = wpSlug(term.slug) || slugify(name);
    if (!slug) return null;
    const existing = await db.tag.findUnique({ where: { slug }, select: { id: true } });
    const id = existing ? existing.id : (await db.tag.create({ data: { name, slug }, select: { id: true } })).id;
    if (existing) report.tags.reused++;
    else report.tags.created++;
    await remember("tag", wpId, id);
    tagIds.set(wpId, id);
    return { id, name };
  };
  const ensurePerson = async (login: string, displayName: string): Promise<{ personId: number; name: string } | null> => {
    const name = cutText(cleanLine(displayName) || login, 120);
    const known = personIds.get(login);
    if (known) return { personId: known, name };
    const slug = slugify(name) || slugify(login);
    if (!slug) return null;
    const existing = await db.person.findUnique({ where: { slug }, select: { id: true } });
    const id = existing ? existing.id : (await db.person.create({ data: { name, slug }, select: { id: true } })).id;
    if (existing) report.authors.reused++;
    else report.authors.created++;
    await remember("author", login, id);
    personIds.set(login, id);
    return { personId: id, name };
  };

  // Categories in an order where parents come first; parents set on the ones created here.
  const categoryTerms = terms.filter((t) => t.kind === "category" && t.slug);
  for (const [position, term] of categoryTerms.entries()) await ensureCategory(term, position);
  for (const term of categoryTerms) {
    if (!term.parent) continue;
    const id = categoryIds.get(decodePercent(term.slug).toLowerCase());
    const parentId = categoryIds.get(decodePercent(term.parent).toLowerCase());
    if (!id || !parentId || id === parentId) continue;
    // Only categories this import created get a parent; existing ones keep their place.
    await db.category.updateMany({ where: { id, parentId: null, createdAt: { gte: new Date(started) } }, data: { parentId } });
  }
  for (const term of terms.filter((t) => t.kind === "tag" && (t.slug || t.name))) await ensureTag(term);
  for (const author of authors.values()) if (author.login) await ensurePerson(author.login, author.displayName);

  // ---------------------------------------------------------------- media
  const mediaByPath = new Map<string, number | null>();
  const missing = (what: string, why: string) => {
    report.media.missing++;
    if (report.missingMedia.length < 10_000) report.missingMedia.push(`${what}: ${why}`);
  };
  /** The media id of an upload, storing it the first time; null (reported) when it cannot be had. */
  const mediaFor = async (ref: { src: string; attachmentId?: number }, meta: { alt?: string; caption?: string; credit?: string }): Promise<number | null> => {
    const attachment = ref.attachmentId ? attachments.get(ref.attachmentId) : undefined;
    const rel = attachedFile(attachment?.file ?? "") ?? uploadsPathOf(attachment?.url || ref.src) ?? (ref.src ? uploadsPathOf(ref.src) : null);
    const label = ref.src || attachment?.url || `tệp đính kèm #${ref.attachmentId}`;
    if (!rel) {
      const cacheKey = `url:${label}`;
      if (!mediaByPath.has(cacheKey)) {
        mediaByPath.set(cacheKey, null);
        missing(label, "không phải ảnh trong thư mục uploads của WordPress");
      }
      return null;
    }
    if (mediaByPath.has(rel)) {
      const id = mediaByPath.get(rel)!;
      if (id) report.media.reused++;
      return id;
    }
    mediaByPath.set(rel, null);
    const fileKey = mediaKeyFor(key, rel);
    const existing = await db.media.findUnique({ where: { fileKey }, select: { id: true } });
    if (existing) {
      mediaByPath.set(rel, existing.id);
      report.media.reused++;
      return existing.id;
    }
    if (!options.uploadsDir) {
      missing(rel, "chưa có thư mục ảnh (--uploads)");
      return null;
    }
    // The file itself, else the original a resized copy was made from ("a-300x200.jpg" → "a.jpg").
    const candidates = [rel, rel.replace(/-\d+x\d+(\.[a-z0-9]+)$/i, "$1"), rel.replace(/-scaled(\.[a-z0-9]+)$/i, "$1")];
    let bytes: Buffer | null = null;
    for (const candidate of [...new Set(candidates)]) {
      try {
        const root = path.resolve(options.uploadsDir);
        const full = path.resolve(root, candidate);
        if (!full.startsWith(root + path.sep)) continue;
        const stat = await fs.stat(full);
        if (stat.size > MAX_UPLOAD_BYTES) {
          missing(rel, `tệp quá lớn (${Math.round(stat.size / 1024 / 1024)} MB, tối đa ${MAX_UPLOAD_BYTES / 1024 / 1024} MB)`);
          return null;
        }
        bytes = await fs.readFile(full);
        break;
      } catch {
        // next candidate
      }
    }
    if (!bytes) {
      missing(rel, "không có trong thư mục uploads");
      return null;
    }
    try {
      const header = await readHeader(bytes);
      if (!header.format || !["jpeg", "png", "webp", "gif"].includes(header.format)) throw new Error(`định dạng ${header.format ?? "không rõ"} không nhận`);
      checkPixelSize(header);
      const stored = await storeImage(bytes, fileKey);
      const alt = cutText(meta.alt || attachment?.alt || htmlToText(attachment?.caption ?? "") || attachment?.title || "", 500);
      const caption = cutText(meta.caption || htmlToText(attachment?.caption ?? ""), 1000);
      const created = await db.media.upsert({
        where: { fileKey },
        create: {
          fileKey,
          mime: stored.mime,
          width: stored.width,
          height: stored.height,
          sizeBytes: stored.sizeBytes,
          variants: stored.variants,
          alt,
          caption: caption || null,
          credit: meta.credit ? cutText(meta.credit, 200) : null,
        },
        update: {},
        select: { id: true },
      });
      mediaByPath.set(rel, created.id);
      report.media.imported++;
      return created.id;
    } catch (error) {
      report.media.failed++;
      missing(rel, `không đọc được ảnh (${error instanceof Error ? error.message : String(error)})`);
      return null;
    }
  };

  // ---------------------------------------------------------------- pass 2: posts
  let fallbackCategory: number | null = null;
  const prepare = async (item: WxrItem): Promise<PreparedPost> => {
    const warnings = [...item.problems];
    const { blocks: drafts, warnings: htmlWarnings } = htmlToBlocks(item.content, { siteOrigins: origins });
    warnings.push(...htmlWarnings);

    // Images → media ids; an image that cannot be had leaves its caption as text.
    const blocks: Block[] = [];
    for (const draft of drafts) {
      if (draft.type !== "image") {
        pushValid(blocks, draft, warnings);
        continue;
      }
      const image = draft as ImageDraft;
      const attachment = image.attachmentId ? attachments.get(image.attachmentId) : undefined;
      const caption = image.caption ?? (attachment?.caption ? htmlToText(attachment.caption) : undefined);
      const mediaId = await mediaFor(image, { alt: image.alt, caption, credit: image.credit });
      if (mediaId) {
        pushValid(blocks, { type: "image", mediaId, ...(caption ? { caption: cutText(caption, 1000) } : {}), ...(image.credit ? { credit: image.credit } : {}), ...(image.alt ? { alt: image.alt } : {}) } as DraftBlock & { mediaId: number }, warnings);
      } else {
        warnings.push(`thiếu ảnh ${image.src || `#${image.attachmentId}`}${caption ? " (giữ chú thích thành đoạn văn)" : ""}`);
        if (caption) pushValid(blocks, { type: "paragraph", content: [{ text: caption + (image.credit ? ` (Ảnh: ${image.credit})` : ""), italic: true }] }, warnings);
      }
    }

    // Cover: the featured image.
    let coverMediaId: number | null = null;
    let coverCaption: string | null = null;
    const thumbnail = Number(item.meta._thumbnail_id);
    if (Number.isSafeInteger(thumbnail) && thumbnail > 0) {
      const attachment = attachments.get(thumbnail);
      if (!attachment) {
        warnings.push(`ảnh đại diện #${thumbnail} không có trong tệp xuất`);
      } else {
        coverCaption = attachment.caption ? cutText(htmlToText(attachment.caption), 1000) || null : null;
        coverMediaId = await mediaFor({ src: attachment.url, attachmentId: thumbnail }, { alt: attachment.alt, caption: coverCaption ?? undefined });
        if (!coverMediaId) warnings.push(`thiếu ảnh đại diện ${attachment.file || attachment.url}`);
      }
    }

    // Title, sapo.
    let title = cleanLine(item.title);
    if (!title) {
      title = "(Không có tiêu đề)";
      warnings.push("bài không có tiêu đề");
    }
    if (title.length > 300) {
      warnings.push(`tiêu đề dài ${title.length} ký tự: cắt còn 300`);
      title = cutText(title, 300);
    }
    let sapo = htmlToText(item.excerpt);
    if (!sapo) {
      const firstText = blocks.find((b) => b.type === "paragraph");
      sapo = firstText && firstText.type === "paragraph" ? firstText.content.map((s) => s.text).join("") : title;
      sapo = cutText(sapo, 300);
    } else sapo = cutText(sapo, 1000);

    // Category: Yoast's primary one, else the first; none → the archive category.
    const postCategories = item.terms.filter((t) => t.domain === "category" && (t.nicename || t.name));
    const primary = Number(item.meta._yoast_wpseo_primary_category);
    const primaryTerm = Number.isSafeInteger(primary) ? terms.find((t) => t.kind === "category" && Number(t.termId) === primary) : undefined;
    const chosen = primaryTerm ? { nicename: primaryTerm.slug, name: primaryTerm.name } : postCategories[0];
    let categoryId: number;
    if (chosen) categoryId = await ensureCategory({ slug: chosen.nicename || slugify(chosen.name), name: chosen.name, description: "" });
    else {
      fallbackCategory ??= await ensureCategory({ ...FALLBACK_CATEGORY, description: "Bài chuyển từ WordPress không có chuyên mục." });
      categoryId = fallbackCategory;
      warnings.push(`bài không có chuyên mục: xếp vào "${FALLBACK_CATEGORY.name}"`);
    }

    // Tags.
    const tags: { id: number; name: string }[] = [];
    for (const term of item.terms.filter((t) => t.domain === "post_tag")) {
      const tag = await ensureTag({ slug: term.nicename, name: term.name });
      if (tag && !tags.some((t) => t.id === tag.id)) tags.push(tag);
    }

    // Byline.
    let byline: PreparedPost["byline"] = null;
    const login = item.creator.trim();
    if (!login) warnings.push("bài không có tác giả (dc:creator trống)");
    else {
      const author = authors.get(login);
      if (!author) warnings.push(`tác giả "${login}" không có trong danh sách tác giả của tệp xuất: dùng tên đăng nhập`);
      byline = await ensurePerson(login, author?.displayName || login);
    }

    // Status and dates.
    const status = STATUS[item.status] ?? "DRAFT";
    if (!STATUS[item.status]) warnings.push(`trạng thái "${item.status}" không rõ: nhập thành bản nháp`);
    if (item.status === "private") warnings.push("bài riêng tư (private): nhập thành bản nháp");
    const date = wpDate(item.postDateGmt, item.postDate, item.pubDate, offset);
    const modified = wpDate(item.postModifiedGmt, "", "", offset) ?? date;
    let publishedAt: Date | null = null;
    let scheduledAt: Date | null = null;
    if (status === "PUBLISHED") {
      publishedAt = date ?? new Date();
      if (!date) warnings.push("bài đã đăng nhưng không có ngày đăng: dùng thời điểm nhập");
    }
    if (status === "SCHEDULED") scheduledAt = date ?? new Date();

    // Old addresses.
    const legacyPaths = new Set<string>();
    const addLegacy = (url: string) => {
      if (!url) return;
      try {
        const u = new URL(url, origins[0] ?? "http://x.invalid");
        if (origins.length && !origins.includes(u.origin.toLowerCase())) return;
        const normal = normalizeLegacyPath(u.pathname, u.search);
        if (normal && mayBeLegacyPath(normal.startsWith("/?") ? "/" : normal, normal.startsWith("/?") ? normal.slice(1) : "")) legacyPaths.add(normal);
        else if (normal && normal !== "/") warnings.push(`địa chỉ cũ ${u.pathname} trùng khu vực của trang mới: không chuyển hướng`);
      } catch {
        // not a URL
      }
    };
    addLegacy(item.link);
    if (/^\d+$/.test(item.postId)) legacyPaths.add(`/?p=${Number(item.postId)}`);
    if (/[?&]p=\d+/.test(item.guid)) addLegacy(item.guid);

    const seoTitle = item.meta._yoast_wpseo_title && !item.meta._yoast_wpseo_title.includes("%%") ? cutText(cleanLine(item.meta._yoast_wpseo_title), 300) : null;
    const seoDescription = item.meta._yoast_wpseo_metadesc && !item.meta._yoast_wpseo_metadesc.includes("%%") ? cutText(cleanLine(item.meta._yoast_wpseo_metadesc), 500) : null;
    const wantedSlug = wpSlug(item.postName) || slugify(title) || `bai-viet-wp-${item.postId}`;
    return {
      wpId: item.postId,
      guid: item.guid,
      title,
      wantedSlug: wantedSlug.slice(0, 150).replace(/-+$/, ""),
      data: {
        title,
        sapo,
        body: blocks as Prisma.InputJsonValue,
        kind: "NEWS",
        status,
        publishedAt,
        scheduledAt,
        categoryId,
        coverMediaId,
        coverCaption,
        seoTitle: seoTitle || null,
        seoDescription: seoDescription || null,
        createdById: null,
        ...(date ? { createdAt: date } : {}),
        ...(modified ? { updatedAt: modified } : {}),
      },
      tagIds: tags.slice(0, 12).map((t) => t.id),
      tagNames: tags.slice(0, 12).map((t) => t.name),
      byline,
      legacyPaths: [...legacyPaths],
      warnings,
      size: item.content.length,
    };
  };

  const commit = async (posts: PreparedPost[]) =>
    db.$transaction(
      async (tx) => {
        // Slugs: the post's own, or with a suffix when another article has (or had) it.
        const wanted = posts.map((p) => p.wantedSlug);
        const taken = new Set([
          ...(await tx.article.findMany({ where: { slug: { in: wanted } }, select: { slug: true } })).map((r) => r.slug),
          ...(await tx.slugRedirect.findMany({ where: { oldSlug: { in: wanted } }, select: { oldSlug: true } })).map((r) => r.oldSlug),
        ]);
        const slugs: string[] = [];
        for (const post of posts) {
          let slug = post.wantedSlug;
          for (let n = 2; taken.has(slug); n++) {
            slug = `${post.wantedSlug}-${n}`;
            if (!taken.has(slug) && ((await tx.article.count({ where: { slug } })) > 0 || (await tx.slugRedirect.count({ where: { oldSlug: slug } })) > 0)) taken.add(slug);
          }
          if (slug !== post.wantedSlug) post.warnings.push(`đường dẫn "${post.wantedSlug}" đã có bài khác dùng: dùng "${slug}"`);
          taken.add(slug);
          slugs.push(slug);
        }
        // Articles and their first revisions are inserted from one JSON parameter each: Prisma's
        // per-row argument handling of large JSON bodies was most of the import's time.
        const rows = posts.map((post, i) => {
          const d = post.data;
          return {
            title: d.title,
            slug: slugs[i],
            sapo: d.sapo,
            body: d.body,
            kind: d.kind,
            status: d.status,
            published_at: d.publishedAt ?? null,
            scheduled_at: d.scheduledAt ?? null,
            category_id: d.categoryId,
            cover_media_id: d.coverMediaId ?? null,
            cover_caption: d.coverCaption ?? null,
            seo_title: d.seoTitle ?? null,
            seo_description: d.seoDescription ?? null,
            created_at: d.createdAt ?? new Date(),
            updated_at: d.updatedAt ?? new Date(),
          };
        });
        const created = await tx.$queryRawUnsafe<{ id: number; slug: string }[]>(
          `INSERT INTO articles (title, slug, sapo, body, kind, status, published_at, scheduled_at, category_id, cover_media_id,
                                 cover_caption, seo_title, seo_description, created_at, updated_at)
           SELECT r.title, r.slug, r.sapo, r.body, r.kind::"ArticleKind", r.status::"ArticleStatus", r.published_at, r.scheduled_at,
                  r.category_id, r.cover_media_id, r.cover_caption, r.seo_title, r.seo_description, r.created_at, r.updated_at
           FROM jsonb_to_recordset($1::jsonb) AS r(title text, slug text, sapo text, body jsonb, kind text, status text,
                published_at timestamptz, scheduled_at timestamptz, category_id int, cover_media_id int, cover_caption text,
                seo_title text, seo_description text, created_at timestamptz, updated_at timestamptz)
           RETURNING id, slug`,
          JSON.stringify(rows),
        );
        const idOf = new Map(created.map((r) => [r.slug, Number(r.id)]));
        const ids = slugs.map((slug) => idOf.get(slug)!);
        await tx.articleTag.createMany({ data: posts.flatMap((post, i) => post.tagIds.map((tagId) => ({ articleId: ids[i], tagId }))), skipDuplicates: true });
        await tx.byline.createMany({ data: posts.flatMap((post, i) => (post.byline ? [{ articleId: ids[i], personId: post.byline.personId, role: BYLINE_ROLE, position: 0 }] : [])) });
        const revisions = posts.map((post, i) => ({
          article_id: ids[i],
          created_at: rows[i].updated_at,
          snapshot: {
            title: post.data.title,
            slug: slugs[i],
            sapo: post.data.sapo,
            categoryId: post.data.categoryId,
            kind: "NEWS",
            tags: post.tagNames,
            bylines: post.byline ? [{ name: post.byline.name, role: BYLINE_ROLE }] : [],
            coverMediaId: post.data.coverMediaId ?? null,
            ...(post.data.coverCaption ? { coverCaption: post.data.coverCaption } : {}),
            ...(post.data.seoTitle ? { seoTitle: post.data.seoTitle } : {}),
            ...(post.data.seoDescription ? { seoDescription: post.data.seoDescription } : {}),
            relatedIds: [],
            body: post.data.body,
            status: post.data.status,
            autosave: false,
            importedFrom: { site: key, wordpressId: post.wpId },
          },
        }));
        await tx.$executeRawUnsafe(
          `INSERT INTO revisions (article_id, version, snapshot, author_id, created_at)
           SELECT r.article_id, 1, r.snapshot, NULL, r.created_at
           FROM jsonb_to_recordset($1::jsonb) AS r(article_id int, snapshot jsonb, created_at timestamptz)`,
          JSON.stringify(revisions),
        );
        // Old addresses: the first article to claim one keeps it.
        const allPaths = posts.flatMap((post, i) => post.legacyPaths.map((p) => ({ path: p, articleId: ids[i], post })));
        const claimed = new Set((await tx.legacyPath.findMany({ where: { path: { in: allPaths.map((p) => p.path) } }, select: { path: true } })).map((r) => r.path));
        const fresh: { path: string; articleId: number }[] = [];
        for (const { path: p, articleId, post } of allPaths) {
          if (claimed.has(p)) post.warnings.push(`địa chỉ cũ ${p} đã chuyển hướng tới bài khác: giữ như cũ`);
          else fresh.push({ path: p, articleId });
          claimed.add(p);
        }
        await tx.legacyPath.createMany({ data: fresh.map((p) => ({ ...p, source: "wordpress" })) });
        await tx.wordpressItem.createMany({ data: posts.map((post, i) => ({ site: key, kind: "post", wpId: post.wpId, targetId: ids[i], guid: post.guid || null })) });
        return fresh.length;
      },
      { timeout: 120_000, maxWait: 60_000 },
    );

  let batch: PreparedPost[] = [];
  let batchBytes = 0;
  let done = 0;
  const record = (post: PreparedPost) => {
    for (const message of post.warnings) report.warnings.push({ postId: post.wpId, title: post.title, message });
  };
  const flush = async () => {
    const posts = batch;
    batch = [];
    batchBytes = 0;
    if (posts.length === 0) return;
    try {
      report.legacyPaths += await commit(posts);
      report.posts.imported += posts.length;
      posts.forEach(record);
    } catch {
      // Retry one by one: only the post(s) at fault fail.
      for (const post of posts) {
        try {
          report.legacyPaths += await commit([post]);
          report.posts.imported++;
          record(post);
        } catch (error) {
          report.posts.failed++;
          report.errors.push({ postId: post.wpId, title: post.title, message: `không ghi được: ${errorLine(error)}` });
        }
      }
    }
    options.onProgress?.({ done, total: report.posts.total, imported: report.posts.imported, warnings: report.warnings.length });
  };

  const seen = new Set<string>();
  for await (const record of readWxr(options.file)) {
    if (record.type !== "item") continue;
    const item = record.item;
    if (!IMPORTED_TYPES.has(item.postType)) {
      if (item.postType !== "attachment") skip(`loại nội dung "${item.postType || "?"}" (chỉ nhập bài viết "post")`);
      continue;
    }
    done++;
    if (!/^\d+$/.test(item.postId)) {
      report.posts.failed++;
      report.errors.push({ postId: item.postId || "?", title: item.title, message: "bài không có mã số (wp:post_id): bỏ qua" });
      continue;
    }
    if (donePosts.has(item.postId)) {
      report.posts.alreadyImported++;
      if (done % 500 === 0) options.onProgress?.({ done, total: report.posts.total, imported: report.posts.imported, warnings: report.warnings.length });
      continue;
    }
    if (seen.has(item.postId)) {
      skip("mã bài trùng trong tệp xuất (đã nhập bản đầu)");
      continue;
    }
    if (SKIPPED_STATUS[item.status]) {
      skip(SKIPPED_STATUS[item.status]);
      continue;
    }
    seen.add(item.postId);
    try {
      const post = await prepare(item);
      batch.push(post);
      batchBytes += post.size;
    } catch (error) {
      report.posts.failed++;
      report.errors.push({ postId: item.postId, title: item.title, message: `không chuyển được: ${errorLine(error)}` });
    }
    if (batch.length >= batchSize || batchBytes >= BATCH_BYTES) await flush();
  }
  await flush();
  options.onProgress?.({ done, total: report.posts.total, imported: report.posts.imported, warnings: report.warnings.length });
  report.durationMs = Date.now() - started;
  return report;
}

/** Adds a block after checking it against the one schema; a block that fails is reported, not written. */
function pushValid(blocks: Block[], block: DraftBlock | Block, warnings: string[]) {
  const parsed = blockSchema.safeParse(block);
  if (parsed.success && !isShown(parsed.data)) warnings.push(`bỏ một khối ${block.type} trống.`);
  else if (parsed.success) blocks.push(parsed.data);
  else warnings.push(`bỏ một khối ${block.type} không hợp lệ: ${parsed.error.issues[0]?.message ?? "?"}`);
}

function errorLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split("\n").filter(Boolean).slice(-1)[0]?.slice(0, 300) ?? "lỗi không rõ";
}
