import type { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/db/client";
import { readBody } from "@/content/blocks/schema";
import { removeDiacritics } from "@/content/vietnamese/slugify";
import { can, type Role } from "@/newsroom/permissions";
import type { ArticleStatus } from "./statuses";

/** Newsroom reads of articles (never cached: editors must see the truth). */
export async function countByStatus(createdById?: number): Promise<Record<string, number>> {
  const rows = await prisma().article.groupBy({ by: ["status"], where: createdById ? { createdById } : {}, _count: { _all: true } });
  return Object.fromEntries(rows.map((r) => [r.status, r._count._all]));
}

export interface NewsroomFilter {
  status?: ArticleStatus;
  categoryId?: number;
  authorId?: number;
  mine?: number;
  q?: string;
  from?: Date;
  to?: Date;
  sort?: "updated" | "published" | "title";
  page?: number;
}

export const NEWSROOM_PAGE_SIZE = 30;

/** What a row of the article list or of a dashboard queue shows. */
const articleRowSelect = {
  id: true,
  title: true,
  slug: true,
  status: true,
  version: true,
  createdById: true,
  updatedAt: true,
  publishedAt: true,
  scheduledAt: true,
  viewCount: true,
  category: { select: { name: true } },
  coverMedia: { select: { fileKey: true, variants: true } },
  bylines: { orderBy: { position: "asc" }, select: { role: true, person: { select: { name: true } } } },
} satisfies Prisma.ArticleSelect;

export type NewsroomArticleRow = Prisma.ArticleGetPayload<{ select: typeof articleRowSelect }>;

export async function listNewsroomArticles(filter: NewsroomFilter) {
  const q = filter.q ? removeDiacritics(filter.q).toLowerCase().trim().slice(0, 100) : "";
  let ids: number[] | undefined;
  if (q) {
    const rows = await prisma().$queryRaw<{ id: number }[]>`
      SELECT id FROM articles WHERE lower(f_unaccent(title)) LIKE ${`%${q.replace(/[%_\\]/g, "")}%`} ORDER BY updated_at DESC LIMIT 500`;
    ids = rows.map((r) => Number(r.id));
  }
  const where: Prisma.ArticleWhereInput = {
    ...(filter.status ? { status: filter.status } : {}),
    ...(filter.categoryId ? { OR: [{ categoryId: filter.categoryId }, { category: { parentId: filter.categoryId } }] } : {}),
    ...(filter.authorId ? { bylines: { some: { personId: filter.authorId } } } : {}),
    ...(filter.mine ? { createdById: filter.mine } : {}),
    ...(ids ? { id: { in: ids } } : {}),
    ...(filter.from || filter.to ? { updatedAt: { ...(filter.from ? { gte: filter.from } : {}), ...(filter.to ? { lt: filter.to } : {}) } } : {}),
  };
  const orderBy: Prisma.ArticleOrderByWithRelationInput[] =
    filter.sort === "title" ? [{ title: "asc" }] : filter.sort === "published" ? [{ publishedAt: { sort: "desc", nulls: "last" } }, { id: "desc" }] : [{ updatedAt: "desc" }, { id: "desc" }];
  const page = Math.max(1, filter.page ?? 1);
  const [items, total] = await Promise.all([
    prisma().article.findMany({
      where,
      orderBy,
      skip: (page - 1) * NEWSROOM_PAGE_SIZE,
      take: NEWSROOM_PAGE_SIZE,
      select: articleRowSelect,
    }),
    prisma().article.count({ where }),
  ]);
  return { items, total, page, pages: Math.ceil(total / NEWSROOM_PAGE_SIZE) };
}

export const QUEUE_SIZE = 5;

export interface QueueViewer {
  id: number;
  role: Role;
}

/**
 * The dashboard's queues, as one viewer may see them. Editors and admins (who may edit any
 * article) see the whole newsroom's review and scheduled queues; a writer sees only their
 * own articles there, as the editor and preview pages let them open only their own.
 * "Mới xuất bản" is public anyway. Each queue: its first QUEUE_SIZE rows and its total.
 */
export async function dashboardQueues(viewer: QueueViewer) {
  const everyone = can(viewer.role, "article.edit-any");
  const own = everyone ? {} : { createdById: viewer.id };
  const queue = async (where: Prisma.ArticleWhereInput, orderBy: Prisma.ArticleOrderByWithRelationInput[]) => {
    const [items, total] = await Promise.all([
      prisma().article.findMany({ where, orderBy, take: QUEUE_SIZE, select: articleRowSelect }),
      prisma().article.count({ where }),
    ]);
    return { items, total };
  };
  const [review, drafts, scheduled, published] = await Promise.all([
    // Oldest submission first: the one waiting longest is reviewed first.
    queue({ status: "IN_REVIEW", ...own }, [{ updatedAt: "asc" }, { id: "asc" }]),
    queue({ status: "DRAFT", createdById: viewer.id }, [{ updatedAt: "desc" }, { id: "desc" }]),
    // Next to go out first.
    queue({ status: "SCHEDULED", ...own }, [{ scheduledAt: { sort: "asc", nulls: "last" } }, { id: "asc" }]),
    queue({ status: "PUBLISHED" }, [{ publishedAt: { sort: "desc", nulls: "last" } }, { id: "desc" }]),
  ]);
  return { review, drafts, scheduled, published, everyone };
}

/** People named in bylines, for the list's author filter. */
export function listAuthorOptions() {
  return prisma().person.findMany({ where: { bylines: { some: {} } }, orderBy: [{ name: "asc" }, { id: "asc" }], select: { id: true, name: true }, take: 500 });
}

/** Everything the editor form needs for one article. */
export async function getArticleForEditing(id: number) {
  const row = await prisma().article.findUnique({
    where: { id },
    select: {
      id: true,
      title: true,
      slug: true,
      sapo: true,
      body: true,
      kind: true,
      status: true,
      version: true,
      categoryId: true,
      coverMediaId: true,
      coverCaption: true,
      seoTitle: true,
      seoDescription: true,
      publishedAt: true,
      scheduledAt: true,
      createdById: true,
      tags: { select: { tag: { select: { name: true } } } },
      bylines: { orderBy: { position: "asc" }, select: { role: true, person: { select: { name: true } } } },
      relatedLinks: { orderBy: { position: "asc" }, select: { to: { select: { id: true, title: true } } } },
      revisions: { orderBy: { version: "desc" }, take: 20, select: { id: true, version: true, createdAt: true, snapshot: true, author: { select: { name: true } } } },
    },
  });
  if (!row) return null;
  return {
    ...row,
    body: readBody(row.body, { placeholders: true }).blocks, // the editor keeps a draft's placeholder blocks
    tags: row.tags.map((t) => t.tag.name),
    bylines: row.bylines.map((b) => ({ name: b.person.name, role: b.role })),
    related: row.relatedLinks.map((l) => l.to),
    revisions: row.revisions.map((r) => ({ id: r.id, version: r.version, createdAt: r.createdAt, author: r.author?.name ?? null, autosave: (r.snapshot as { autosave?: boolean }).autosave === true })),
  };
}

/** Categories for the newsroom's selects, top level first. */
export function listCategoryOptions() {
  return prisma().category.findMany({ orderBy: [{ parentId: { sort: "asc", nulls: "first" } }, { position: "asc" }], select: { id: true, name: true, parentId: true } });
}

export async function editorOptions() {
  const [categories, media] = await Promise.all([
    listCategoryOptions(),
    prisma().media.findMany({ orderBy: { createdAt: "desc" }, take: 60, select: { id: true, fileKey: true, alt: true, caption: true, credit: true, width: true, height: true, variants: true } }),
  ]);
  return { categories, media };
}

/** Titles for the related-links picker (diacritics ignored). */
export async function searchTitles(q: string, excludeId?: number) {
  const needle = removeDiacritics(q).toLowerCase().replace(/[%_\\]/g, "").trim().slice(0, 100);
  if (needle.length < 2) return [];
  const rows = await prisma().$queryRaw<{ id: number; title: string }[]>`
    SELECT id, title FROM articles
    WHERE status = 'PUBLISHED' AND lower(f_unaccent(title)) LIKE ${`%${needle}%`} AND id <> ${excludeId ?? 0}
    ORDER BY published_at DESC LIMIT 10`;
  return rows.map((r) => ({ id: Number(r.id), title: r.title }));
}

/** The newest published titles (the picks page's first candidates, before any search). */
export function recentPublishedTitles(take = 10) {
  return prisma().article.findMany({ where: { status: "PUBLISHED" }, orderBy: [{ publishedAt: "desc" }, { id: "desc" }], take, select: { id: true, title: true } });
}

export async function getRevision(articleId: number, version: number) {
  return prisma().revision.findUnique({ where: { articleId_version: { articleId, version } }, select: { version: true, snapshot: true, createdAt: true, author: { select: { name: true } } } });
}
