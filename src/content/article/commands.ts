import type { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/db/client";
import { slugify } from "@/content/vietnamese/slugify";
import { audit } from "@/newsroom/audit";
import { can, mayEditArticle, type Role } from "@/newsroom/permissions";
import { invalidationTags, type PublicFootprint } from "./invalidation";
import { readBody } from "@/content/blocks/schema";
import { publishProblems, type PublishProblem } from "./publish-checks";
import type { ArticleInput } from "./schema";

/**
 * Writes of articles: every one in a transaction, checked against the version the
 * editor started from (optimistic locking), recorded as a revision, and answered with
 * exactly the cache tags it touches (the caller invalidates them).
 */
type Tx = Prisma.TransactionClient;
export interface Actor {
  id: number;
  role: Role;
  ip?: string | null;
}

export class ArticleConflictError extends Error {
  constructor(readonly current: { version: number; updatedAt: Date; by: string | null }) {
    super("Bài viết vừa được người khác lưu. Bản của bạn chưa được lưu để không ghi đè lên bản mới hơn.");
  }
}

export class ArticleRuleError extends Error {
  constructor(
    message: string,
    readonly field?: string,
    readonly status: 403 | 404 | 422 = 422,
  ) {
    super(message);
  }
}

/** The article is not ready for readers: every problem, each naming its field (see publish-checks.ts). */
export class ArticleProblemsError extends ArticleRuleError {
  constructor(
    message: string,
    readonly problems: PublishProblem[],
  ) {
    super(message, problems[0]?.field.split(".")[0]);
  }
}

const AUTOSAVE_COALESCE_MS = 10 * 60_000;

const footprintSelect = {
  slug: true,
  status: true,
  category: { select: { slug: true, parent: { select: { slug: true } } } },
  tags: { select: { tag: { select: { slug: true } } } },
  bylines: { select: { person: { select: { slug: true } } } },
} satisfies Prisma.ArticleSelect;

async function footprint(tx: Tx, id: number): Promise<PublicFootprint | null> {
  const row = await tx.article.findUnique({ where: { id }, select: footprintSelect });
  return row ? toFootprint(row) : null;
}

function toFootprint(row: Prisma.ArticleGetPayload<{ select: typeof footprintSelect }>): PublicFootprint {
  return {
    slug: row.slug,
    published: row.status === "PUBLISHED",
    categorySlugs: [row.category.slug, ...(row.category.parent ? [row.category.parent.slug] : [])],
    tagSlugs: row.tags.map((t) => t.tag.slug),
    authorSlugs: row.bylines.map((b) => b.person.slug),
  };
}

async function uniqueSlug(tx: Tx, wanted: string, selfId: number | null): Promise<string> {
  const base = wanted || `bai-viet-${Date.now().toString(36)}`;
  for (let n = 1; n < 1000; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    const [article, redirect] = await Promise.all([
      tx.article.findUnique({ where: { slug: candidate }, select: { id: true } }),
      tx.slugRedirect.findUnique({ where: { oldSlug: candidate }, select: { articleId: true } }),
    ]);
    if ((!article || article.id === selfId) && (!redirect || redirect.articleId === selfId)) return candidate;
  }
  throw new ArticleRuleError("Không tạo được đường dẫn duy nhất.", "slug");
}

async function relationsData(tx: Tx, input: ArticleInput) {
  const tagIds: number[] = [];
  for (const name of [...new Set(input.tags.map((t) => t.trim()).filter(Boolean))]) {
    const slug = slugify(name);
    if (!slug) continue;
    const tag = await tx.tag.upsert({ where: { slug }, create: { name, slug }, update: {}, select: { id: true } });
    if (!tagIds.includes(tag.id)) tagIds.push(tag.id);
  }
  const bylines: { personId: number; role: string; position: number }[] = [];
  for (const [position, byline] of input.bylines.entries()) {
    const slug = slugify(byline.name);
    if (!slug) continue; // a name of punctuation only, typed half-way: not an author yet
    const person = await tx.person.upsert({ where: { slug }, create: { name: byline.name, slug }, update: {}, select: { id: true } });
    if (!bylines.some((b) => b.personId === person.id && b.role === byline.role)) bylines.push({ personId: person.id, role: byline.role, position });
  }
  return { tagIds, bylines };
}

/** The article columns an editor's save writes. */
function editableFields(input: ArticleInput, slug: string, categoryId: number) {
  return {
    title: input.title,
    slug,
    sapo: input.sapo,
    body: input.body as Prisma.InputJsonValue,
    kind: input.kind,
    categoryId,
    coverMediaId: input.coverMediaId ?? null,
    coverCaption: input.coverCaption ?? null,
    seoTitle: input.seoTitle ?? null,
    seoDescription: input.seoDescription ?? null,
  };
}

function snapshot(input: ArticleInput, status: string, autosave: boolean): Prisma.InputJsonValue {
  return JSON.parse(JSON.stringify({ ...input, status, autosave }));
}

export interface SaveResult {
  id: number;
  version: number;
  slug: string;
  tags: string[];
}

/** Creates (id = null) or updates an article from the editor's form. */
export async function saveArticle(
  id: number | null,
  baseVersion: number | null,
  input: ArticleInput,
  actor: Actor,
  options: { autosave?: boolean } = {},
): Promise<SaveResult> {
  return prisma().$transaction((tx) => saveInTx(tx, id, baseVersion, input, actor, options));
}

async function saveInTx(tx: Tx, id: number | null, baseVersion: number | null, input: ArticleInput, actor: Actor, options: { autosave?: boolean }): Promise<SaveResult> {
  if (input.categoryId !== undefined && !(await tx.category.findUnique({ where: { id: input.categoryId }, select: { id: true } }))) {
    throw new ArticleRuleError("Chuyên mục không tồn tại.", "categoryId");
  }
  // Ids the form may name that do not exist are a message on their field, not a failed write.
  if (input.coverMediaId != null && !(await tx.media.findUnique({ where: { id: input.coverMediaId }, select: { id: true } }))) {
    throw new ArticleRuleError("Ảnh đại diện không còn trong thư viện ảnh.", "coverMediaId");
  }
  const relatedIds = [...new Set(input.relatedIds)].filter((r) => r !== id);
  if (relatedIds.length > 0 && (await tx.article.count({ where: { id: { in: relatedIds } } })) !== relatedIds.length) {
    throw new ArticleRuleError("Có tin liên quan không còn tồn tại.", "relatedIds");
  }

  if (id === null) {
    if (!can(actor.role, "article.create")) throw new ArticleRuleError("Bạn không có quyền viết bài.", undefined, 403);
    // A draft whose category is not chosen yet is filed under the first one until it is
    // (its revision records that none was chosen: publishing refuses it).
    const categoryId = input.categoryId ?? (await tx.category.findFirst({ orderBy: [{ position: "asc" }, { id: "asc" }], select: { id: true } }))?.id;
    if (categoryId === undefined) throw new ArticleRuleError("Chưa có chuyên mục nào: hãy tạo chuyên mục trước.", "categoryId");
    const slug = await uniqueSlug(tx, input.slug || slugify(input.title), null);
    const { tagIds, bylines } = await relationsData(tx, input);
    const created = await tx.article.create({
      data: {
        ...editableFields(input, slug, categoryId),
        createdById: actor.id,
        tags: { create: tagIds.map((tagId) => ({ tagId })) },
        bylines: { create: bylines },
        relatedLinks: { create: relatedIds.map((toId, position) => ({ toId, position })) },
        revisions: { create: { version: 1, authorId: actor.id, snapshot: snapshot(input, "DRAFT", !!options.autosave) } },
      },
      select: { id: true, version: true, slug: true },
    });
    return { ...created, tags: [] };
  }

  const current = await tx.article.findUnique({
    where: { id },
    select: { version: true, status: true, slug: true, createdById: true, categoryId: true },
  });
  if (!current) throw new ArticleRuleError("Không tìm thấy bài viết.", undefined, 404);
  if (!mayEditArticle(actor, current)) {
    throw new ArticleRuleError("Bạn chỉ có thể sửa bản nháp của chính mình.", undefined, 403);
  }
  const before = await footprint(tx, id);
  const slug = await uniqueSlug(tx, input.slug || current.slug, id);
  const updated = await tx.article.updateMany({
    where: { id, version: baseVersion ?? -1 },
    data: {
      ...editableFields(input, slug, input.categoryId ?? current.categoryId),
      version: { increment: 1 },
    },
  });
  if (updated.count !== 1) throw await conflictNow(tx, id);
  const version = current.version + 1;
  const { tagIds, bylines } = await relationsData(tx, input);
  await tx.articleTag.deleteMany({ where: { articleId: id } });
  await tx.articleTag.createMany({ data: tagIds.map((tagId) => ({ articleId: id, tagId })) });
  await tx.byline.deleteMany({ where: { articleId: id } });
  await tx.byline.createMany({ data: bylines.map((b) => ({ ...b, articleId: id })) });
  await tx.relatedLink.deleteMany({ where: { fromId: id } });
  await tx.relatedLink.createMany({ data: relatedIds.map((toId, position) => ({ fromId: id, toId, position })) });
  if (current.status === "PUBLISHED" && slug !== current.slug) {
    await tx.slugRedirect.deleteMany({ where: { oldSlug: slug } });
    await tx.slugRedirect.upsert({ where: { oldSlug: current.slug }, create: { oldSlug: current.slug, articleId: id }, update: { articleId: id } });
  }
  // Autosaves while typing refresh the last autosave revision instead of piling up.
  const last = await tx.revision.findFirst({ where: { articleId: id }, orderBy: { version: "desc" }, select: { id: true, authorId: true, snapshot: true, createdAt: true } });
  const coalesce =
    options.autosave &&
    last &&
    last.authorId === actor.id &&
    (last.snapshot as { autosave?: boolean }).autosave === true &&
    Date.now() - last.createdAt.getTime() < AUTOSAVE_COALESCE_MS;
  if (coalesce) {
    await tx.revision.update({ where: { id: last.id }, data: { version, snapshot: snapshot(input, current.status, true) } });
  } else {
    await tx.revision.create({ data: { articleId: id, version, authorId: actor.id, snapshot: snapshot(input, current.status, !!options.autosave) } });
  }
  // What readers see (or will see at the scheduled time) must stay complete: such a save is
  // checked like a publish, and refused whole (the transaction rolls back).
  if (current.status === "PUBLISHED" || current.status === "SCHEDULED") await assertPublishable(tx, id, "lưu bài đang hiển thị cho bạn đọc");
  const after = await footprint(tx, id);
  return { id, version, slug, tags: invalidationTags(before, after) };
}

export type Transition = "submit" | "publish" | "schedule" | "unpublish" | "delete";

const TRANSITION_PERMISSION = {
  submit: "article.submit",
  publish: "article.publish",
  schedule: "article.schedule",
  unpublish: "article.unpublish",
  delete: "article.delete-draft",
} as const;

/** The conflict to report when a conditional write found the row changed under it. */
async function conflictNow(tx: Tx, id: number): Promise<ArticleConflictError | ArticleRuleError> {
  const now = await tx.article.findUnique({ where: { id }, select: { version: true, updatedAt: true } });
  if (!now) return new ArticleRuleError("Không tìm thấy bài viết.", undefined, 404);
  const last = await tx.revision.findFirst({ where: { articleId: id }, orderBy: { version: "desc" }, select: { author: { select: { name: true } } } });
  return new ArticleConflictError({ version: now.version, updatedAt: now.updatedAt, by: last?.author?.name ?? null });
}

/**
 * The cache tags of every published article showing photo `mediaId` (as its cover or in its
 * body): a change to the photo's library alt, caption or credit must refresh those pages.
 */
export async function tagsOfArticlesShowingMedia(mediaId: number): Promise<string[]> {
  const db = prisma();
  const rows = await db.$queryRaw<{ id: number }[]>`
    SELECT id FROM articles
    WHERE status = 'PUBLISHED' AND (cover_media_id = ${mediaId} OR body @> ${JSON.stringify([{ type: "image", mediaId }])}::jsonb)`;
  if (!rows.length) return [];
  // One read of every such article's footprint (not one per article).
  const shown = await db.article.findMany({ where: { id: { in: rows.map((r) => r.id) } }, select: footprintSelect });
  return [...new Set(shown.map(toFootprint).flatMap((f) => invalidationTags(f, f)))].sort();
}

/** Every publish problem of the article as stored now (within the transaction). */
export async function storedPublishProblems(tx: Tx, id: number): Promise<PublishProblem[]> {
  const article = await tx.article.findUniqueOrThrow({
    where: { id },
    select: { title: true, sapo: true, categoryId: true, coverMediaId: true, body: true, bylines: { select: { person: { select: { name: true } } } } },
  });
  const body = readBody(article.body, { placeholders: true }).blocks;
  // A draft saved before its category was chosen is filed under a default one: its latest
  // revision (the input as typed) tells whether the writer chose it.
  const last = await tx.revision.findFirst({ where: { articleId: id }, orderBy: { version: "desc" }, select: { snapshot: true } });
  const chosen = !last || (last.snapshot as { categoryId?: unknown }).categoryId != null;
  const mediaIds = [...new Set([...body.flatMap((b) => (b.type === "image" && b.mediaId ? [b.mediaId] : [])), ...(article.coverMediaId ? [article.coverMediaId] : [])])];
  const alts = new Map((mediaIds.length ? await tx.media.findMany({ where: { id: { in: mediaIds } }, select: { id: true, alt: true } }) : []).map((m) => [m.id, m.alt]));
  return publishProblems(
    { title: article.title, sapo: article.sapo, categoryId: chosen ? article.categoryId : null, coverMediaId: article.coverMediaId, bylines: article.bylines.map((b) => b.person), body },
    (mediaId) => alts.get(mediaId),
  );
}

/** Refuses, with every problem listed, an article readers could not be shown as it is. */
async function assertPublishable(tx: Tx, id: number, doing: string) {
  const problems = await storedPublishProblems(tx, id);
  if (problems.length) throw new ArticleProblemsError(`Chưa thể ${doing}: bài còn ${problems.length} vấn đề cần sửa.`, problems);
}

const TRANSITION_DOING: Partial<Record<Transition, string>> = { submit: "gửi duyệt", publish: "xuất bản", schedule: "hẹn giờ xuất bản" };

/** Workflow: draft → in review → published / scheduled; unpublish; delete drafts only. */
export async function transitionArticle(
  id: number,
  baseVersion: number,
  transition: Transition,
  actor: Actor,
  options: { scheduledAt?: Date; now?: Date } = {},
): Promise<{ version: number; status: string; tags: string[] }> {
  if (!can(actor.role, TRANSITION_PERMISSION[transition])) throw new ArticleRuleError("Bạn không có quyền thực hiện thao tác này.", undefined, 403);
  return prisma().$transaction((tx) => transitionInTx(tx, id, baseVersion, transition, actor, options));
}

/**
 * "Lưu và xuất bản", "Lưu và hẹn giờ", "Gửi duyệt" with unsaved text: saves the editor's state
 * and applies the workflow step to exactly that version, in ONE transaction. A refused save,
 * a version conflict or a publish problem leaves nothing changed (nothing saved, nothing published).
 */
export async function saveAndTransition(
  id: number | null,
  baseVersion: number | null,
  input: ArticleInput,
  transition: "submit" | "publish" | "schedule",
  actor: Actor,
  options: { scheduledAt?: Date; now?: Date } = {},
): Promise<SaveResult & { status: string }> {
  if (!can(actor.role, TRANSITION_PERMISSION[transition])) throw new ArticleRuleError("Bạn không có quyền thực hiện thao tác này.", undefined, 403);
  return prisma().$transaction(async (tx) => {
    const saved = await saveInTx(tx, id, baseVersion, input, actor, {});
    const moved = await transitionInTx(tx, saved.id, saved.version, transition, actor, options);
    return { ...saved, version: moved.version, status: moved.status, tags: [...new Set([...saved.tags, ...moved.tags])].sort() };
  });
}

async function transitionInTx(
  tx: Tx,
  id: number,
  baseVersion: number,
  transition: Transition,
  actor: Actor,
  options: { scheduledAt?: Date; now?: Date },
): Promise<{ version: number; status: string; tags: string[] }> {
  const now = options.now ?? new Date();
  const current = await tx.article.findUnique({ where: { id }, select: { status: true, version: true, createdById: true, publishedAt: true, updatedAt: true, title: true } });
  if (!current) throw new ArticleRuleError("Không tìm thấy bài viết.", undefined, 404);
  if (current.version !== baseVersion) throw new ArticleConflictError({ version: current.version, updatedAt: current.updatedAt, by: null });
  if (transition === "submit" && !can(actor.role, "article.edit-any") && current.createdById !== actor.id) {
    throw new ArticleRuleError("Bạn chỉ có thể gửi duyệt bài của chính mình.", undefined, 403);
  }
  const before = await footprint(tx, id);
  const allowedFrom: Record<Transition, string[]> = {
    submit: ["DRAFT"],
    publish: ["DRAFT", "IN_REVIEW", "SCHEDULED", "UNPUBLISHED"],
    schedule: ["DRAFT", "IN_REVIEW", "UNPUBLISHED", "SCHEDULED"],
    unpublish: ["PUBLISHED", "SCHEDULED"],
    delete: ["DRAFT", "IN_REVIEW"],
  };
  if (!allowedFrom[transition].includes(current.status)) {
    throw new ArticleRuleError(transition === "delete" ? "Chỉ có thể xóa bản nháp." : "Thao tác không phù hợp với trạng thái hiện tại của bài.");
  }
  if (transition === "delete") {
    // Conditional on the version read above: a save committed since then wins, nothing is deleted.
    const deleted = await tx.article.deleteMany({ where: { id, version: baseVersion, status: current.status } });
    if (deleted.count !== 1) throw await conflictNow(tx, id);
    await audit({ action: "article.delete", actorId: actor.id, targetType: "article", targetId: id, detail: { title: current.title }, ip: actor.ip }, tx);
    return { version: current.version, status: "DELETED", tags: [] };
  }
  if (transition === "schedule" && (!options.scheduledAt || options.scheduledAt.getTime() <= now.getTime())) {
    throw new ArticleRuleError("Thời điểm hẹn giờ phải ở tương lai.", "scheduledAt");
  }
  const doing = TRANSITION_DOING[transition];
  if (doing) await assertPublishable(tx, id, doing);
  const data: Prisma.ArticleUpdateInput = { version: { increment: 1 } };
  if (transition === "submit") data.status = "IN_REVIEW";
  if (transition === "publish") Object.assign(data, { status: "PUBLISHED", publishedAt: current.publishedAt ?? now, scheduledAt: null });
  if (transition === "schedule") Object.assign(data, { status: "SCHEDULED", scheduledAt: options.scheduledAt });
  if (transition === "unpublish") Object.assign(data, { status: "UNPUBLISHED", scheduledAt: null });
  // One conditional update: if a save (or another transition) committed after the read above,
  // the row no longer has this version and nothing changes (on PostgreSQL the waiting update
  // re-checks the condition against the committed row), so unreviewed text is never published.
  const won = await tx.article.updateMany({ where: { id, version: baseVersion, status: current.status }, data: data as Prisma.ArticleUpdateManyMutationInput });
  if (won.count !== 1) throw await conflictNow(tx, id);
  const updated = { version: baseVersion + 1, status: String(data.status ?? current.status) };
  if (transition !== "submit") {
    await audit(
      { action: `article.${transition}` as "article.publish", actorId: actor.id, targetType: "article", targetId: id, detail: { title: current.title, ...(options.scheduledAt ? { at: options.scheduledAt.toISOString() } : {}) }, ip: actor.ip },
      tx,
    );
  }
  return { ...updated, tags: invalidationTags(before, await footprint(tx, id)) };
}

/**
 * Publishes the scheduled articles that are due. Safe with several server instances:
 * each article is switched by one conditional update, so only one instance wins it.
 */
export async function publishDue(now = new Date()): Promise<{ id: number; tags: string[] }[]> {
  const db = prisma();
  const due = await db.article.findMany({ where: { status: "SCHEDULED", scheduledAt: { lte: now } }, select: { id: true, scheduledAt: true }, take: 100 });
  const published: { id: number; tags: string[] }[] = [];
  for (const article of due) {
    const result = await db.$transaction(async (tx) => {
      const problems = await storedPublishProblems(tx, article.id);
      if (problems.length) {
        // Saves of a scheduled article are checked, so this is rare (e.g. a library alt removed
        // since): it stays scheduled, unpublished, until an editor fixes it.
        console.warn(`[publishDue] article ${article.id} not published: ${problems.map((p) => p.message).join(" ")}`);
        return null;
      }
      const before = await footprint(tx, article.id);
      const won = await tx.article.updateMany({
        where: { id: article.id, status: "SCHEDULED", scheduledAt: { lte: now } },
        data: { status: "PUBLISHED", publishedAt: article.scheduledAt ?? now, version: { increment: 1 } },
      });
      if (won.count !== 1) return null;
      await audit({ action: "article.publish", targetType: "article", targetId: article.id, detail: { scheduled: true } }, tx);
      return { id: article.id, tags: invalidationTags(before, await footprint(tx, article.id)) };
    });
    if (result) published.push(result);
  }
  return published;
}
