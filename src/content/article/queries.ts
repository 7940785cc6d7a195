import { alsoTagged, cachedFor } from "@/content/cache";
import { readCount, readSlug } from "@/content/read-input";
import { readerPrisma } from "@/db/client";
import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import { bodyReferences, readBody, type Body } from "@/content/blocks/schema";
import { articleTag, categoryTag, HOME_TAG, tagTag } from "./cache-tags";

/**
 * Cached reads of published articles. Routes call these; nothing else reads articles
 * for the reader site. Each result carries the cache tags that a write invalidates.
 */

export interface MediaView {
  id: number;
  fileKey: string;
  width: number;
  height: number;
  variants: number[];
  alt: string;
  caption: string | null;
  credit: string | null;
  /** Focal point (0..1) kept visible when a thumbnail crops the photo. */
  focalX: number;
  focalY: number;
}

export interface ArticleSummary {
  id: number;
  title: string;
  slug: string;
  sapo: string;
  publishedAt: Date;
  category: { name: string; slug: string };
  cover: MediaView | null;
}

export interface ArticleView extends ArticleSummary {
  categoryId: number;
  tagIds: number[];
  kind: "NEWS" | "INTERVIEW" | "PHOTO_STORY";
  updatedAt: Date;
  seoTitle: string | null;
  seoDescription: string | null;
  coverCaption: string | null;
  breadcrumb: { name: string; slug: string }[];
  bylines: { name: string; slug: string; role: string }[];
  tags: { name: string; slug: string }[];
  blocks: Body;
  /** Media and article summaries that body blocks refer to, by id. */
  media: Record<number, MediaView>;
  linked: Record<number, ArticleSummary>;
  relatedLinks: ArticleSummary[];
}

const mediaSelect = {
  id: true,
  fileKey: true,
  width: true,
  height: true,
  variants: true,
  alt: true,
  caption: true,
  credit: true,
  focalX: true,
  focalY: true,
} satisfies Prisma.MediaSelect;

export const summarySelect = {
  id: true,
  title: true,
  slug: true,
  sapo: true,
  publishedAt: true,
  category: { select: { name: true, slug: true } },
  coverMedia: { select: mediaSelect },
} satisfies Prisma.ArticleSelect;

type SummaryRow = Prisma.ArticleGetPayload<{ select: typeof summarySelect }>;

export function toSummary(row: SummaryRow): ArticleSummary {
  return {
    id: row.id,
    title: row.title,
    slug: row.slug,
    sapo: row.sapo,
    publishedAt: row.publishedAt ?? new Date(0),
    category: row.category,
    cover: row.coverMedia,
  };
}

/**
 * A summary read with raw SQL (lists folded into one query): SUMMARY_COLUMNS, selected from
 * articles a, categories c (the article's) and media m (its cover, LEFT JOIN).
 */
export const SUMMARY_COLUMNS = Prisma.sql`a.id, a.title, a.slug, a.sapo, a.published_at AS "publishedAt", c.name AS "categoryName",
  c.slug AS "categorySlug", m.id AS "mediaId", m.file_key AS "fileKey", m.width, m.height, m.variants,
  m.alt, m.caption, m.credit, m.focal_x AS "focalX", m.focal_y AS "focalY"`;

export interface SummaryColumns {
  id: number;
  title: string;
  slug: string;
  sapo: string;
  publishedAt: Date | null;
  categoryName: string;
  categorySlug: string;
  mediaId: number | null;
  fileKey: string | null;
  width: number | null;
  height: number | null;
  variants: number[] | null;
  alt: string | null;
  caption: string | null;
  credit: string | null;
  focalX: number | null;
  focalY: number | null;
}

/** The same summary as toSummary() gives for a Prisma read of summarySelect. */
export function summaryFromColumns(row: SummaryColumns): ArticleSummary {
  return toSummary({
    ...row,
    category: { name: row.categoryName, slug: row.categorySlug },
    coverMedia:
      row.mediaId === null
        ? null
        : {
            id: row.mediaId,
            fileKey: row.fileKey!,
            width: row.width!,
            height: row.height!,
            variants: row.variants ?? [],
            alt: row.alt!,
            caption: row.caption,
            credit: row.credit,
            focalX: row.focalX!,
            focalY: row.focalY!,
          },
  });
}

export const PUBLISHED = { status: "PUBLISHED" } as const;

/** Most stories one cached list read returns, whatever it is asked for. */
export const MAX_LIST_LIMIT = 50;

/**
 * Loads one article with everything its page renders (no caching here), through `db`: the
 * reader client for the cached public page, the primary for the newsroom's preview.
 */
export async function readArticleView(
  db: PrismaClient,
  where: Prisma.ArticleWhereInput,
): Promise<(ArticleView & { status: string; createdById: number | null; linkedSlugs: string[] }) | null> {
  const row = await db.article.findFirst({
    where,
    select: {
      ...summarySelect,
      kind: true,
      status: true,
      createdById: true,
      updatedAt: true,
      seoTitle: true,
      seoDescription: true,
      coverCaption: true,
      body: true,
      category: { select: { name: true, slug: true, parent: { select: { name: true, slug: true } } } },
      bylines: { orderBy: { position: "asc" }, select: { role: true, person: { select: { name: true, slug: true } } } },
      categoryId: true,
      tags: { select: { tag: { select: { id: true, name: true, slug: true } } } },
      relatedLinks: { orderBy: { position: "asc" }, select: { to: { select: { ...summarySelect, status: true } } } },
    },
  });
  if (!row) return null;
  const { blocks, dropped } = readBody(row.body);
  if (dropped) console.warn(`[article] ${row.slug}: ${dropped} invalid body block(s) skipped`);
  const refs = bodyReferences(blocks);
  const [media, linked] = await Promise.all([
    refs.mediaIds.length ? db.media.findMany({ where: { id: { in: refs.mediaIds } }, select: mediaSelect }) : [],
    // Every linked story whatever its status: its slug tags the cached page (see getPublishedArticle).
    refs.articleIds.length ? db.article.findMany({ where: { id: { in: refs.articleIds } }, select: { ...summarySelect, status: true } }) : [],
  ]);
  const category = row.category;
  return {
    ...toSummary({ ...row, publishedAt: row.publishedAt ?? row.updatedAt, category: { name: category.name, slug: category.slug } }),
    status: row.status,
    createdById: row.createdById,
    categoryId: row.categoryId,
    tagIds: row.tags.map((t) => t.tag.id),
    kind: row.kind,
    updatedAt: row.updatedAt,
    seoTitle: row.seoTitle,
    seoDescription: row.seoDescription,
    coverCaption: row.coverCaption,
    breadcrumb: [...(category.parent ? [category.parent] : []), { name: category.name, slug: category.slug }],
    bylines: row.bylines.map((b) => ({ name: b.person.name, slug: b.person.slug, role: b.role })),
    tags: row.tags.map((t) => ({ name: t.tag.name, slug: t.tag.slug })),
    blocks,
    media: Object.fromEntries(media.map((m) => [m.id, m])),
    linked: Object.fromEntries(linked.filter((a) => a.status === PUBLISHED.status).map((a) => [a.id, toSummary(a)])),
    relatedLinks: row.relatedLinks.filter((l) => l.to.status === PUBLISHED.status).map((l) => toSummary(l.to)),
    linkedSlugs: [...new Set([...linked, ...row.relatedLinks.map((l) => l.to)].map((a) => a.slug))],
  };
}

/**
 * The published article with this slug, with everything its page renders; null if none.
 * Tagged with its own slug, categories and tags, and with the slug of every story it
 * links to (related links and inline boxes, published or not): a linked story that is
 * unpublished, renamed, retitled or published again refreshes this page too, even when
 * the two share no category or tag.
 */
export async function getPublishedArticle(slug: string): Promise<ArticleView | null> {
  const checked = readSlug(slug);
  return checked ? cachedPublishedArticle(checked) : null;
}

async function cachedPublishedArticle(slug: string): Promise<ArticleView | null> {
  "use cache";
  cachedFor("hours", articleTag(slug));
  const article = await readArticleView(readerPrisma(), { slug, ...PUBLISHED });
  if (!article) return null;
  alsoTagged(
    ...article.breadcrumb.map((c) => categoryTag(c.slug)),
    ...article.tags.map((t) => tagTag(t.slug)),
    ...article.linkedSlugs.map((s) => articleTag(s)),
  );
  const { status: _status, createdById: _createdBy, linkedSlugs: _linkedSlugs, ...view } = article;
  return view;
}

/** Home page: the editor's lead story, then the newest stories. */
export async function getHomeFeed(limit = 24): Promise<{ lead: ArticleSummary | null; latest: ArticleSummary[] }> {
  return cachedHomeFeed(readCount(limit, 24, MAX_LIST_LIMIT));
}

async function cachedHomeFeed(limit: number): Promise<{ lead: ArticleSummary | null; latest: ArticleSummary[] }> {
  "use cache";
  cachedFor("minutes", HOME_TAG);
  const db = readerPrisma();
  const [pick, latest] = await Promise.all([
    db.editorPick.findFirst({
      where: { slot: "home-lead", article: PUBLISHED },
      orderBy: { position: "asc" },
      select: { article: { select: summarySelect } },
    }),
    db.article.findMany({
      where: PUBLISHED,
      orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
      take: limit + 1,
      select: summarySelect,
    }),
  ]);
  const lead = pick ? toSummary(pick.article) : latest[0] ? toSummary(latest[0]) : null;
  return { lead, latest: latest.filter((a) => a.id !== lead?.id).slice(0, limit).map(toSummary) };
}
