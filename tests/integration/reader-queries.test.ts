import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";


import { useDatabase } from "@/db/client";
import type { Database } from "@/db/connection";
import { migrate } from "@/db/migrate";
import { decodeCursor } from "@/content/article/cursor";
import { getCategory, listCategory, listMostRead, listTag } from "@/content/article/lists";
import { getHomeFeed, getPublishedArticle } from "@/content/article/queries";
import { flushViews, recordView } from "@/content/article/view-counter";
import { newsSitemapEntries, sitemapChunk, sitemapChunkCount } from "@/content/feeds/queries";
import { getRails } from "@/content/rails/queries";
import { articleSlugStatus, forgetSlugStatus } from "@/content/routing/slug-status";
import { searchArticles } from "@/content/search/queries";
import { OLD_REFERENCE_SLUG, seed, WITHDRAWN_SLUG } from "../../prisma/seed/seed";
import { engines, freshDatabase, type FreshDatabase } from "./engines";

const REFERENCE_SLUG = "dot-thi-dua-cao-diem-chao-mung-dai-hoi-cong-doan-cac-cap-trach-nhiem-tri-tue-tao-da-thanh-cong";

describe.each(engines)("seed and reader queries on %s", (engine) => {
  let fresh: FreshDatabase;
  let db: Database;
  let queries = 0;
  let first: Awaited<ReturnType<typeof seed>>;
  const mediaDir = fs.mkdtempSync(path.join(os.tmpdir(), "newsroom-media-"));

  beforeAll(async () => {
    process.env.MEDIA_DIR = mediaDir;
    fresh = await freshDatabase(engine);
    const config = engine === "pglite" ? { dataDir: fresh.env.PGLITE_DATA_DIR } : { url: fresh.env.DATABASE_URL };
    const { openDatabase } = await import("@/db/connection");
    db = openDatabase({ ...config, logQueries: true });
    (db.prisma as unknown as { $on(e: "query", cb: () => void): void }).$on("query", () => queries++);
    await db.withSession((s) => migrate(s));
    useDatabase(db);
    forgetSlugStatus();
    // Seeded here, not in a test: every test below reads the seed and must stand alone
    // (a mutation run executes only the tests that reach a given line).
    first = await seed(db.prisma);
  }, 300_000);

  afterAll(async () => {
    await db?.close();
    await fresh?.dispose();
    fs.rmSync(mediaDir, { recursive: true, force: true });
  });

  it("seeds Vietnamese content once, idempotently", async () => {
    expect(first.categories).toBe(11);
    expect(first.articlesCreated).toBeGreaterThanOrEqual(70);
    const second = await seed(db.prisma);
    expect(second.articlesCreated).toBe(0);
    expect(second.articlesTotal).toBe(first.articlesTotal);
    expect(await db.prisma.article.count({ where: { status: "PUBLISHED" } })).toBeGreaterThanOrEqual(70);
    expect(fs.existsSync(path.join(mediaDir, "seed", "cau-ngoc-ha-768.webp"))).toBe(true);
  }, 300_000);

  it("reads the reference interview whole, in a handful of queries", async () => {
    queries = 0;
    const article = await getPublishedArticle(REFERENCE_SLUG);
    expect(article).not.toBeNull();
    const rails = await getRails({
      id: article!.id,
      categoryId: article!.categoryId,
      categorySlug: "cong-doan",
      tagIds: article!.tagIds,
      relatedIds: article!.relatedLinks.map((a) => a.id),
    });
    expect(queries).toBeLessThanOrEqual(8); // article, media, linked stories, 4 rail lists (no N+1)

    expect(article!.kind).toBe("INTERVIEW");
    expect(article!.sapo).toMatch(/^Nhờ sự quyết liệt, sâu sát/);
    expect(article!.bylines).toEqual([{ name: "Phạm Diệp", slug: "pham-diep", role: "Thực hiện" }]);
    expect(article!.breadcrumb).toEqual([{ name: "Công đoàn", slug: "cong-doan" }]);
    const turns = article!.blocks.filter((b) => b.type === "interview-turn");
    expect(turns.map((t) => (t.type === "interview-turn" ? t.speaker : ""))).toEqual([
      "reporter", "guest", "reporter", "guest", "reporter", "guest",
    ]);
    const images = article!.blocks.filter((b) => b.type === "image");
    expect(images).toHaveLength(4);
    for (const image of images) if (image.type === "image") expect(article!.media[image.mediaId]).toBeDefined();
    expect(article!.relatedLinks.map((a) => a.title)).toEqual([
      "Công đoàn Thủ đô phát động đợt thi đua cao điểm chào mừng Đại hội Công đoàn các cấp",
      "Phát động đợt thi đua cao điểm lập thành tích chào mừng 20 năm Ngày thành lập quận Long Biên",
      "Dấu ấn đợt thi đua cao điểm",
    ]);
    expect(Object.keys(article!.linked)).toHaveLength(3);

    expect(rails.mostRead).toHaveLength(5);
    const railIds = [...rails.mustSee, ...rails.mostRead, ...rails.interesting, ...rails.others].map((a) => a.id);
    expect(new Set(railIds).size).toBe(railIds.length);
    expect(railIds).not.toContain(article!.id);
    for (const related of article!.relatedLinks) expect(railIds).not.toContain(related.id);
    expect(rails.mustSee[0].title).toBe("Từ gánh nặng môi trường đến nguồn lực phát triển bền vững");
    expect(rails.others.every((a) => a.category.slug === "cong-doan")).toBe(true);
  });

  it("pages through a category with keyset cursors: newest first, nothing twice, nothing missed", async () => {
    const category = await getCategory("the-thao");
    expect(category!.children.map((c) => c.slug)).toEqual(["bong-da"]);
    const seen: { id: number; publishedAt: Date }[] = [];
    let cursor = null;
    for (let page = 0; page < 20; page++) {
      const result = await listCategory("the-thao", cursor, 3);
      seen.push(...result!.items);
      if (!result!.next) break;
      cursor = decodeCursor(result!.next)!;
    }
    const expected = await db.prisma.article.count({ where: { status: "PUBLISHED", categoryId: { in: category!.ids } } });
    expect(seen).toHaveLength(expected);
    expect(new Set(seen.map((a) => a.id)).size).toBe(expected);
    const times = seen.map((a) => a.publishedAt.getTime());
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    expect(await listCategory("khong-co", null)).toBeNull();
    expect((await listTag("thi-dua", null))!.items.length).toBeGreaterThan(0);
  });

  it("searches without diacritics, ranks title matches first, survives odd input", async () => {
    const results = await searchArticles("cong doan");
    expect(results.total).toBeGreaterThan(5);
    expect(results.items[0].title.toLowerCase()).toContain("công đoàn");
    const dang = await searchArticles("DANG");
    expect(dang.items.some((a) => /Đảng/.test(a.title + a.sapo))).toBe(true);
    const daNang = await searchArticles("da nang");
    expect(daNang.items.some((a) => a.title.includes("Đà Nẵng"))).toBe(true);
    for (const odd of ["'; DROP TABLE articles; --", "&|!:*()", "", "x".repeat(1000)]) {
      await expect(searchArticles(odd)).resolves.toMatchObject({ page: 1 });
    }
    expect((await searchArticles("cong doan", 2)).items[0]?.id).not.toBe(results.items[0].id);
  });

  it("home feed leads with the editor's pick; most read is ordered by views", async () => {
    const home = await getHomeFeed(5);
    expect(home.lead!.slug).toBe(REFERENCE_SLUG);
    expect(home.latest.map((a) => a.id)).not.toContain(home.lead!.id);
    const mostRead = await listMostRead(5);
    expect(mostRead).toHaveLength(5);
  });

  it("answers old slugs (moved), unpublished (gone) and unknown (missing)", async () => {
    expect(await articleSlugStatus(OLD_REFERENCE_SLUG)).toEqual({ status: "moved", slug: REFERENCE_SLUG });
    expect(await articleSlugStatus(WITHDRAWN_SLUG)).toEqual({ status: "gone" });
    expect(await articleSlugStatus("khong-co")).toEqual({ status: "missing" });
    expect(await articleSlugStatus("../etc")).toEqual({ status: "missing" });
    expect(await getPublishedArticle(WITHDRAWN_SLUG)).toBeNull();
  });

  it("counts views in memory and writes them in one statement, for published articles only", async () => {
    const count = (slug: string) => db.prisma.article.findUniqueOrThrow({ where: { slug }, select: { viewCount: true } }).then((a) => a.viewCount);
    const [reference, withdrawn] = [await count(REFERENCE_SLUG), await count(WITHDRAWN_SLUG)];
    recordView(REFERENCE_SLUG);
    recordView(REFERENCE_SLUG);
    recordView(REFERENCE_SLUG);
    recordView(WITHDRAWN_SLUG);
    recordView("khong-co-bai-nay");
    expect(await flushViews()).toBe(1);
    expect((await count(REFERENCE_SLUG)) - reference).toBe(3);
    expect(await count(WITHDRAWN_SLUG)).toBe(withdrawn);
    expect(await flushViews()).toBe(0); // nothing counted twice
  });

  it("feeds: sitemap chunks hold every published article; news sitemap only the last 48 hours", async () => {
    const chunks = await sitemapChunkCount();
    const all = (await Promise.all(Array.from({ length: chunks }, (_, i) => sitemapChunk(i)))).flat();
    expect(all).toHaveLength(await db.prisma.article.count({ where: { status: "PUBLISHED" } }));
    const news = await newsSitemapEntries();
    expect(news.length).toBeGreaterThan(0);
    expect(news.every((a) => Date.now() - a.publishedAt.getTime() <= 48 * 3_600_000)).toBe(true);
  });
});
