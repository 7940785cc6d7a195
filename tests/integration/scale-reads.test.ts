import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { useDatabase } from "@/db/client";
import type { Database } from "@/db/connection";
import { migrate, MIGRATIONS_DIR, readMigrations } from "@/db/migrate";
import { readBody } from "@/content/blocks/schema";
import { decodeCursor, encodeCursor, NEWEST_FIRST, type Cursor } from "@/content/article/cursor";
import { listCategory, listTag } from "@/content/article/lists";
import { getPublishedArticle, PUBLISHED, summarySelect, toSummary, type ArticleSummary } from "@/content/article/queries";
import { sitemapChunk, sitemapChunkCount } from "@/content/feeds/queries";
import { getArticleRails, MUST_SEE_SLOT, type Rails } from "@/content/rails/queries";
import { pickInteresting, takeDistinct } from "@/content/rails/select";
import { searchArticles } from "@/content/search/queries";
import { buildSearchQuery } from "@/content/search/query-builder";
import { BULK_SLUG_SUFFIX, seedBulkArticles } from "../../prisma/seed/bulk";
import { CATEGORIES } from "../../prisma/seed/seed";
import { engines, freshDatabase, type FreshDatabase } from "./engines";

/**
 * The generated archive (SEED_ARTICLES) and the reads rewritten for speed at scale: each
 * rewritten read must answer exactly what the straightforward read it replaced answered
 * (kept here as the oracle), and an article page with its rails costs at most 4 queries.
 */
const DIACRITICS = /[ăâđêôơưáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]/i;

describe.each(engines)("reads at scale on %s", (engine) => {
  let fresh: FreshDatabase;
  let db: Database;
  let queries = 0;
  const now = new Date();
  type Filled = Awaited<ReturnType<typeof seedBulkArticles>>;
  let filling: { first: Filled; countAfterFirst: number; tagsAfterFirst: number; bylinesAfterFirst: number; again1200: Filled; again1000: Filled; more: Filled; numbers: number[] };

  beforeAll(async () => {
    fresh = await freshDatabase(engine);
    const config = engine === "pglite" ? { dataDir: fresh.env.PGLITE_DATA_DIR } : { url: fresh.env.DATABASE_URL };
    const { openDatabase } = await import("@/db/connection");
    db = openDatabase({ ...config, logQueries: true });
    (db.prisma as unknown as { $on(e: "query", cb: () => void): void }).$on("query", () => queries++);
    await db.withSession((s) => migrate(s));
    // Migrating an empty database leaves its tables unanalyzed (planned by their real size as they grow).
    const [{ reltuples }] = await db.withSession((s) => s.query<{ reltuples: number }>(`SELECT reltuples::float8 AS reltuples FROM pg_class WHERE relname = 'articles'`));
    expect(reltuples).toBe(-1);
    useDatabase(db);
    const ids = new Map<string, number>();
    for (const [position, c] of CATEGORIES.entries()) {
      const row = await db.prisma.category.create({
        data: { slug: c.slug, name: c.name, position, parentId: c.parent ? ids.get(c.parent) : null },
      });
      ids.set(c.slug, row.id);
    }
    // Rows only (no files): the generated stories use "seed/…" photos as covers and in bodies.
    for (const n of [1, 2, 3]) {
      await db.prisma.media.create({
        data: { fileKey: `seed/anh-${n}.jpg`, mime: "image/jpeg", width: 1600, height: 1000, variants: [320, 768], alt: `Ảnh ${n}`, caption: n === 2 ? null : `Chú thích ${n}`, focalX: 0.3, focalY: 0.6 },
      });
    }
    // The archive is filled here, not in a test: every test reads it and must stand alone (a
    // mutation run executes only the tests that reach a given line). The first test checks
    // what these steps answered.
    const first = await seedBulkArticles(db.prisma, 1_200, now, () => undefined);
    const countAfterFirst = await db.prisma.article.count();
    const tagsAfterFirst = await db.prisma.articleTag.count();
    const bylinesAfterFirst = await db.prisma.byline.count();
    const again1200 = await seedBulkArticles(db.prisma, 1_200, now, () => undefined);
    const again1000 = await seedBulkArticles(db.prisma, 1_000, now, () => undefined);
    const more = await seedBulkArticles(db.prisma, 1_250, now, () => undefined);
    const numbers = (await db.prisma.article.findMany({ select: { slug: true } }))
      .map((a) => Number(a.slug.match(BULK_SLUG_SUFFIX)?.[1]))
      .sort((a, b) => a - b);
    filling = { first, countAfterFirst, tagsAfterFirst, bylinesAfterFirst, again1200, again1000, more, numbers };
    // Some picks for "Nên xem", as an editor would set them.
    const picks = await db.prisma.article.findMany({ where: PUBLISHED, orderBy: { id: "asc" }, skip: 40, take: 7, select: { id: true } });
    await db.prisma.editorPick.createMany({ data: picks.map((p, position) => ({ slot: MUST_SEE_SLOT, position, articleId: p.id })) });
  }, 240_000);

  afterAll(async () => {
    vi.useRealTimers();
    await db?.close();
    await fresh?.dispose();
  });

  it("fills the database up to the target, then only adds what is missing", () => {
    expect(filling.first).toMatchObject({ before: 0, created: 1_200 });
    expect(filling.countAfterFirst).toBe(1_200);
    expect(filling.first.tags).toBe(filling.tagsAfterFirst);
    expect(filling.first.bylines).toBe(filling.bylinesAfterFirst);
    expect(filling.again1200.created).toBe(0);
    expect(filling.again1000.created).toBe(0);
    expect(filling.more).toMatchObject({ before: 1_200, created: 50 });
    expect(filling.numbers).toEqual(Array.from({ length: 1_250 }, (_, i) => i + 1));
  });

  it("generates readable Vietnamese stories in every category, with tags, bylines, covers and views", async () => {
    const rows = await db.prisma.article.findMany({
      select: {
        title: true, sapo: true, body: true, status: true, publishedAt: true, viewCount: true, coverMediaId: true,
        category: { select: { slug: true } }, _count: { select: { tags: true, bylines: true } },
      },
    });
    for (const row of rows) {
      expect(readBody(row.body).dropped, row.title).toBe(0);
      expect(readBody(row.body).blocks.length).toBeGreaterThanOrEqual(3);
      expect(row._count.tags, row.title).toBeGreaterThanOrEqual(2);
      expect(row._count.tags, row.title).toBeLessThanOrEqual(4);
      expect(row._count.bylines).toBeGreaterThanOrEqual(1);
      expect(row._count.bylines).toBeLessThanOrEqual(2);
      expect(row.title.length).toBeGreaterThan(20);
      expect(row.status === "DRAFT").toBe(row.publishedAt === null);
    }
    expect(rows.filter((r) => DIACRITICS.test(r.title)).length).toBe(rows.length);
    expect(new Set(rows.map((r) => r.category.slug))).toEqual(new Set(CATEGORIES.map((c) => c.slug)));
    expect(new Set(rows.map((r) => r.title)).size).toBeGreaterThan(rows.length * 0.9);
    const covered = rows.filter((r) => r.coverMediaId !== null).length / rows.length;
    expect(covered).toBeGreaterThan(0.7);
    expect(covered).toBeLessThan(0.95);
    expect(rows.some((r) => r.status === "DRAFT") && rows.some((r) => r.status === "UNPUBLISHED")).toBe(true);
    const views = rows.map((r) => r.viewCount).sort((a, b) => a - b);
    expect(views[views.length - 1]).toBeGreaterThan(10 * views[Math.floor(views.length / 2)]); // a few stories are read far more
    // One story every ~26 minutes, newest an hour ago: 100,000 stories span about five years.
    const times = rows.flatMap((r) => (r.publishedAt ? [r.publishedAt.getTime()] : []));
    expect(now.getTime() - Math.max(...times)).toBeGreaterThanOrEqual(3_600_000);
    expect((Math.max(...times) - Math.min(...times)) / 1_250 / 1_000).toBeGreaterThan(1_500);
    expect((Math.max(...times) - Math.min(...times)) / 1_250 / 1_000).toBeLessThan(1_650);
    expect(await db.prisma.tag.count()).toBeGreaterThan(200);
    expect(await db.prisma.person.count()).toBe(200);
  });

  it("keyset pages of a category and of a tag: newest first, each story once, none missed", async () => {
    const pages = async (list: (cursor: Cursor | null) => ReturnType<typeof listCategory>) => {
      const seen: number[] = [];
      let cursor: Cursor | null = null;
      for (let i = 0; i < 100; i++) {
        const page = await list(cursor);
        seen.push(...page!.items.map((a) => a.id));
        if (!page!.next) break;
        cursor = decodeCursor(page!.next)!;
      }
      return seen;
    };
    const category = await db.prisma.category.findUniqueOrThrow({ where: { slug: "kinh-te" }, select: { id: true, children: { select: { id: true } } } });
    const all = await db.prisma.article.findMany({
      where: { ...PUBLISHED, categoryId: { in: [category.id, ...category.children.map((c) => c.id)] } },
      orderBy: NEWEST_FIRST,
      select: { id: true },
    });
    expect(all.length).toBeGreaterThan(100);
    expect(await pages((cursor) => listCategory("kinh-te", cursor))).toEqual(all.map((a) => a.id));

    const tag = await db.prisma.tag.findUniqueOrThrow({ where: { slug: "ha-noi" }, select: { id: true } });
    const tagged = await db.prisma.article.findMany({ where: { ...PUBLISHED, tags: { some: { tagId: tag.id } } }, orderBy: NEWEST_FIRST, select: { id: true } });
    expect(tagged.length).toBeGreaterThan(15);
    expect(await pages((cursor) => listTag("ha-noi", cursor))).toEqual(tagged.map((a) => a.id));
  });

  it("an article with its rails costs at most 4 queries, and the rails are those the four separate reads gave", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(now);
    const withImage = await db.prisma.article.findFirstOrThrow({
      where: { ...PUBLISHED, body: { array_contains: [{ type: "image" }] } },
      select: { slug: true },
    });
    const sample = await db.prisma.article.findMany({ where: PUBLISHED, orderBy: { id: "asc" }, take: 6, skip: 30, select: { slug: true } });
    const slugs = [withImage.slug, ...sample.map((a) => a.slug)];
    // The newest stories are in the last 14 days ("Đọc nhiều") and in the picks.
    const picked = await db.prisma.editorPick.findFirstOrThrow({ where: { slot: MUST_SEE_SLOT }, select: { article: { select: { slug: true } } } });
    slugs.push(picked.article.slug);
    for (const slug of slugs) {
      queries = 0;
      const article = await getPublishedArticle(slug);
      const rails = await getArticleRails(article!);
      expect(queries, slug).toBeLessThanOrEqual(4);
      expect(rails, slug).toEqual(await oracleRails(article!));
      expect(rails.others.length + rails.interesting.length + rails.mostRead.length).toBeGreaterThan(10);
    }
    expect(Object.keys((await getPublishedArticle(withImage.slug))!.media)).toHaveLength(1);

    // The costliest page: a photo and an inline box of linked stories in the body, plus related links.
    const [target, ...linked] = await db.prisma.article.findMany({ where: PUBLISHED, orderBy: { id: "asc" }, skip: 60, take: 5, select: { id: true, slug: true } });
    const photo = await db.prisma.media.findFirstOrThrow({ select: { id: true } });
    await db.prisma.article.update({
      where: { id: target.id },
      data: {
        body: [
          { type: "paragraph", content: [{ text: "Mở đầu bài viết." }] },
          { type: "image", mediaId: photo.id },
          { type: "related-links", title: "Tin liên quan", articleIds: [linked[0].id, linked[1].id] },
        ],
        relatedLinks: { create: [{ toId: linked[2].id, position: 0 }, { toId: linked[3].id, position: 1 }] },
      },
    });
    queries = 0;
    const full = await getPublishedArticle(target.slug);
    const fullRails = await getArticleRails(full!);
    expect(queries).toBe(4); // article, its photos, its linked stories, the rails
    expect(Object.keys(full!.linked)).toHaveLength(2);
    expect(full!.relatedLinks.map((a) => a.id)).toEqual([linked[2].id, linked[3].id]);
    expect(fullRails).toEqual(await oracleRails(full!));
    const railIds = [...fullRails.mustSee, ...fullRails.mostRead, ...fullRails.interesting, ...fullRails.others].map((a) => a.id);
    expect(railIds).not.toContain(linked[2].id);
    const rails = await getArticleRails((await getPublishedArticle(slugs[1]))!);
    const covered = [...rails.mustSee, ...rails.mostRead, ...rails.interesting, ...rails.others].find((a) => a.cover);
    expect(covered!.cover).toMatchObject({ fileKey: expect.stringMatching(/^seed\/anh-\d\.jpg$/), width: 1600, height: 1000, variants: [320, 768], focalX: 0.3, focalY: 0.6 });
    expect(covered!.publishedAt).toBeInstanceOf(Date);
    vi.useRealTimers();
  });

  it("search answers what the expression it replaces answered: same stories, same order, same total", async () => {
    for (const words of ["hà nội", "cong doan", "giáo viên", "khinh khí cầu", "THỦ ĐÔ", "xe", "bong da", "không có từ này"]) {
      for (const page of [1, 2, 4, 13]) {
        const results = await searchArticles(words, page);
        const expected = await oracleSearch(words, page);
        expect(results.items.map((a) => a.id), `${words} page ${page}`).toEqual(expected.ids);
        // fewer than 500 matches in this archive: counted exactly
        if (expected.ids.length) expect([results.total, results.more], `${words} page ${page}`).toEqual([expected.total, false]);
      }
    }
    const common = await searchArticles("hà nội");
    expect(common.total).toBeGreaterThan(100);
    // The stories of the page are the summaries every other list shows (covers included).
    const viaPrisma = await db.prisma.article.findMany({ where: { id: { in: common.items.map((a) => a.id) } }, select: summarySelect });
    expect(common.items).toEqual(common.items.map((a) => toSummary(viaPrisma.find((b) => b.id === a.id)!)));
    expect(common.items.some((a) => a.cover !== null)).toBe(true);
    expect((await searchArticles("khinh khí cầu")).total).toBeGreaterThan(0);
  });

  it("sitemap chunks list the same stories and times as reading the rows", async () => {
    const chunks = await sitemapChunkCount();
    const last = await db.prisma.article.aggregate({ where: PUBLISHED, _max: { id: true } });
    expect(chunks).toBe(Math.floor(last._max.id! / 10_000) + 1);
    const rows = await db.prisma.article.findMany({ where: { ...PUBLISHED, id: { lt: 10_000 } }, orderBy: { id: "asc" }, select: { slug: true, updatedAt: true } });
    expect(rows.length).toBeGreaterThan(1_000);
    expect(await sitemapChunk(0)).toEqual(rows);
    expect(await sitemapChunk(5)).toEqual([]);
  });

  it("plans for scale: statistics of every tag and author (rare ones planned as rare)", async () => {
    const rows = await db.withSession((s) =>
      s.query<{ name: string; target: number }>(
        `SELECT attrelid::regclass::text || '.' || attname AS name, attstattarget::int AS target FROM pg_attribute
         WHERE (attrelid, attname) IN (('article_tags'::regclass, 'tag_id'), ('bylines'::regclass, 'person_id'))
         ORDER BY 1`,
      ),
    );
    expect(rows).toEqual([{ name: "article_tags.tag_id", target: 1000 }, { name: "bylines.person_id", target: 1000 }]);
  });

  /** The rails as the four Prisma reads computed them before they were folded into one query. */
  async function oracleRails(article: { id: number; categoryId: number; tagIds: number[]; breadcrumb: { slug: string }[]; relatedLinks: { id: number }[] }): Promise<Rails> {
    const sizes = { mustSee: 6, mostRead: 5, interesting: 6, others: 8 };
    const input = { id: article.id, categoryId: article.categoryId, categorySlug: article.breadcrumb[article.breadcrumb.length - 1].slug, tagIds: article.tagIds, relatedIds: article.relatedLinks.map((a) => a.id) };
    const since = new Date(Date.now() - 14 * 86_400_000);
    const sameCategoryTake = sizes.others + sizes.interesting + sizes.mustSee + sizes.mostRead + input.relatedIds.length + 1;
    const [picks, mostRead, candidates, sameCategory] = await Promise.all([
      db.prisma.editorPick.findMany({ where: { slot: MUST_SEE_SLOT, article: PUBLISHED }, orderBy: { position: "asc" }, take: sizes.mustSee + 1, select: { article: { select: summarySelect } } }),
      db.prisma.article.findMany({ where: { ...PUBLISHED, publishedAt: { gte: since } }, orderBy: [{ viewCount: "desc" }, { id: "desc" }], take: sizes.mustSee * 2 + sizes.mostRead + input.relatedIds.length + 2, select: summarySelect }),
      db.prisma.article.findMany({
        where: { ...PUBLISHED, OR: [{ categoryId: input.categoryId }, ...(input.tagIds.length ? [{ tags: { some: { tagId: { in: input.tagIds } } } }] : [])] },
        orderBy: NEWEST_FIRST,
        take: 80,
        select: { ...summarySelect, categoryId: true, tags: { select: { tagId: true } } },
      }),
      db.prisma.article.findMany({ where: { ...PUBLISHED, category: { slug: input.categorySlug } }, orderBy: NEWEST_FIRST, take: sameCategoryTake, select: summarySelect }),
    ]);
    const shown = new Set<number>([input.id, ...input.relatedIds]);
    const picked = takeDistinct(picks.map((p) => toSummary(p.article)), input.id, shown, sizes.mustSee);
    const readers = mostRead.map(toSummary);
    const mostReadRail = takeDistinct(readers, input.id, shown, sizes.mostRead);
    const mustSee = [...picked, ...takeDistinct(readers, input.id, shown, sizes.mustSee - picked.length)];
    const interesting: ArticleSummary[] = pickInteresting(
      candidates.map((c) => ({ ...toSummary(c), categoryId: c.categoryId, tagIds: c.tags.map((t) => t.tagId) })),
      { id: input.id, categoryId: input.categoryId, tagIds: input.tagIds, now: new Date() },
      shown,
      sizes.interesting,
    ).map(({ categoryId: _c, tagIds: _t, ...summary }) => summary);
    interesting.forEach((a) => shown.add(a.id));
    const others = takeDistinct(sameCategory.map(toSummary), input.id, shown, sizes.others);
    const last = others[others.length - 1];
    const fetchedAll = sameCategory.length < sameCategoryTake;
    const remaining = last ? sameCategory.length - 1 - sameCategory.findIndex((a) => a.id === last.id) : 0;
    return { mustSee, mostRead: mostReadRail, interesting, others, othersNext: last && (remaining > 0 || !fetchedAll) ? encodeCursor(last) : null };
  }

  /** Search as it was written before the stored column: the document recomputed per row. */
  /** The rule written plainly: title holds every word first, then newest first; every match counted. */
  async function oracleSearch(input: string, page: number): Promise<{ ids: number[]; total: number }> {
    const { tsquery } = buildSearchQuery(input);
    const rows = await db.prisma.$queryRaw<{ id: number; total: bigint | number }[]>`
      WITH q AS (SELECT to_tsquery('simple', ${tsquery}) AS query)
      SELECT a.id, count(*) OVER () AS total
      FROM articles a, q
      WHERE a.status = 'PUBLISHED'
        AND (setweight(to_tsvector('simple', f_unaccent(a.title)), 'A') ||
             setweight(to_tsvector('simple', f_unaccent(a.sapo)), 'B')) @@ q.query
      ORDER BY (to_tsvector('simple', f_unaccent(a.title)) @@ q.query) DESC,
               a.published_at DESC, a.id DESC
      LIMIT 10 OFFSET ${(page - 1) * 10}`;
    return { ids: rows.map((r) => Number(r.id)), total: rows.length ? Number(rows[0].total) : 0 };
  }
});

describe.each(engines)("the stored search document, added to a database that has stories (%s)", (engine) => {
  const MIGRATION = "20261126120000_uncached_reads_at_scale";

  it("is computed for every existing story, searchable at once, and analyzed", async () => {
    const fresh = await freshDatabase(engine);
    const db = fresh.open();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "migrations-before-"));
    try {
      const earlier = readMigrations().filter((m) => m.name < MIGRATION);
      for (const m of earlier) fs.cpSync(path.join(MIGRATIONS_DIR, m.name), path.join(dir, m.name), { recursive: true });
      expect(await db.withSession((s) => migrate(s, dir))).toEqual(earlier.map((m) => m.name));
      await db.withSession((s) =>
        s.exec(`INSERT INTO categories (name, slug, updated_at) VALUES ('Công đoàn', 'cong-doan', now());
          INSERT INTO articles (title, slug, sapo, body, status, published_at, category_id, updated_at)
          SELECT 'Công đoàn cơ sở số ' || n, 'cong-doan-' || n, 'Người lao động Thủ đô', '[]', 'PUBLISHED', now(), 1, now()
          FROM generate_series(1, 30) AS n;`),
      );
      // This migration and any later ones.
      expect(await db.withSession((s) => migrate(s))).toEqual(readMigrations().filter((m) => m.name >= MIGRATION).map((m) => m.name));
      const [row] = await db.withSession((s) =>
        s.query<{ missing: number; title: number; stats: number }>(
          `SELECT (SELECT count(*)::int FROM articles WHERE search_vector IS NULL) AS missing,
                  (SELECT count(*)::int FROM articles WHERE search_vector @@ to_tsquery('simple', 'cong:A & doan:*A')) AS title,
                  (SELECT count(*)::int FROM pg_stats WHERE tablename = 'articles' AND attname = 'search_vector') AS stats`,
        ),
      );
      expect(row).toEqual({ missing: 0, title: 30, stats: 1 });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
      await db.close();
      await fresh.dispose();
    }
  }, 120_000);
});
