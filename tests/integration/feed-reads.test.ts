import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { Database } from "@/db/connection";
import { feedItems, newsSitemapEntries, sitemapCategories, sitemapChunk, sitemapChunkCount } from "@/content/feeds/queries";
import { engines, migratedDatabase, type MigratedDatabase } from "./engines";

/**
 * The reads behind sitemaps and RSS, on a fixture with ids placed on the chunk edges:
 * chunk n holds the published ids [n·10000, (n+1)·10000); the news sitemap the stories of
 * the last 48 hours; RSS the newest stories of the site or of a category with its
 * sub-categories, 50 by default and 100 at most.
 */
const NOW = new Date("2026-11-20T12:00:00.000Z");
const HOUR = 3_600_000;

describe.each(engines)("feed reads on %s", (engine) => {
  let fresh: MigratedDatabase;
  let db: Database;

  beforeAll(async () => {
    fresh = await migratedDatabase(engine);
    db = fresh.db;
    const p = db.prisma;
    const society = await p.category.create({ data: { name: "Xã hội", slug: "xa-hoi", position: 2 } });
    const education = await p.category.create({ data: { name: "Giáo dục", slug: "giao-duc", position: 1, parentId: society.id } });
    const sport = await p.category.create({ data: { name: "Thể thao", slug: "the-thao", position: 0 } });
    const tag = await p.tag.create({ data: { name: "Tuyển sinh", slug: "tuyen-sinh" } });
    const make = (id: number, slug: string, categoryId: number, publishedAt: Date | null, status: "PUBLISHED" | "DRAFT" = "PUBLISHED") =>
      p.article.create({ data: { id, slug, title: `Tin ${slug}`, sapo: "Tóm tắt", body: [], categoryId, status, publishedAt } });
    await make(1, "tin-so-1", society.id, new Date(NOW.getTime() - 49 * HOUR));
    await make(9_999, "tin-so-9999", education.id, new Date(NOW.getTime() - 48 * HOUR));
    await make(10_000, "tin-so-10000", sport.id, new Date(NOW.getTime() - 2 * HOUR));
    await make(10_001, "nhap-10001", sport.id, null, "DRAFT");
    await make(19_999, "tin-so-19999", education.id, new Date(NOW.getTime() - HOUR));
    await make(20_000, "nhap-20000", sport.id, null, "DRAFT");
    await p.articleTag.create({ data: { articleId: 19_999, tagId: tag.id } });
    await p.$executeRaw`UPDATE articles SET updated_at = '2026-11-19T01:02:03.456Z'::timestamptz WHERE id = 9999`;
  }, 120_000);

  afterAll(async () => {
    await fresh?.dispose();
  });
  afterEach(() => vi.useRealTimers());

  const slugs = (rows: { slug: string }[]) => rows.map((r) => r.slug);

  it("sitemap chunks: by ten thousand ids, published only, with the exact update time", async () => {
    expect(await sitemapChunkCount()).toBe(2); // last published id 19999 (20000 is a draft)
    const first = await sitemapChunk(0);
    expect(slugs(first)).toEqual(["tin-so-1", "tin-so-9999"]);
    expect(first[1].updatedAt).toEqual(new Date("2026-11-19T01:02:03.456Z"));
    expect(slugs(await sitemapChunk(1))).toEqual(["tin-so-10000", "tin-so-19999"]);
    expect(await sitemapChunk(2)).toEqual([]);
    expect(await sitemapChunk(-1)).toEqual([]);
    expect(await sitemapChunk(1.5)).toEqual([]);
  });

  it("a site with no published story has no chunk", async () => {
    await db.prisma.article.updateMany({ data: { status: "DRAFT" }, where: { status: "PUBLISHED" } });
    try {
      expect(await sitemapChunkCount()).toBe(0);
    } finally {
      await db.prisma.article.updateMany({ data: { status: "PUBLISHED" }, where: { slug: { startsWith: "tin-so-" } } });
    }
  });

  it("categories in menu order", async () => {
    expect(slugs(await sitemapCategories())).toEqual(["the-thao", "giao-duc", "xa-hoi"]);
    // each with the time it last changed, for <lastmod>
    for (const category of await sitemapCategories()) expect(category.updatedAt).toBeInstanceOf(Date);
  });

  it("the news sitemap: published in the last 48 hours (the edge included), newest first, with keywords", async () => {
    vi.useFakeTimers({ toFake: ["Date"], now: NOW });
    const news = await newsSitemapEntries();
    expect(slugs(news)).toEqual(["tin-so-19999", "tin-so-10000", "tin-so-9999"]);
    expect(news[0].keywords).toEqual(["Tuyển sinh"]);
    expect(news[1].keywords).toEqual([]);
    expect(news[0]).toMatchObject({ title: "Tin tin-so-19999", category: { slug: "giao-duc" } });
  });

  it("RSS: newest first, a category with its sub-categories, 50 by default and 100 at most", async () => {
    expect(slugs(await feedItems())).toEqual(["tin-so-19999", "tin-so-10000", "tin-so-9999", "tin-so-1"]);
    expect(slugs(await feedItems("xa-hoi"))).toEqual(["tin-so-19999", "tin-so-9999", "tin-so-1"]);
    expect(slugs(await feedItems("giao-duc"))).toEqual(["tin-so-19999", "tin-so-9999"]);
    expect(slugs(await feedItems("the-thao", 5))).toEqual(["tin-so-10000"]);
    expect(slugs(await feedItems(undefined, 2))).toEqual(["tin-so-19999", "tin-so-10000"]);
    // null (what a request decodes an absent category to) is the site-wide feed too
    expect(slugs(await feedItems(null as unknown as undefined, 2))).toEqual(["tin-so-19999", "tin-so-10000"]);
    expect(await feedItems("khong-co")).toEqual([]);
    expect(await feedItems("Xa Hoi")).toEqual([]);
    const p = db.prisma;
    const sport = await p.category.findUniqueOrThrow({ where: { slug: "the-thao" } });
    await p.article.createMany({
      data: Array.from({ length: 110 }, (_, i) => ({ id: 30_000 + i, slug: `rss-${i}`, title: `RSS ${i}`, sapo: "", body: [], categoryId: sport.id, status: "PUBLISHED" as const, publishedAt: new Date(NOW.getTime() - (200 + i) * HOUR) })),
    });
    try {
      expect(await feedItems()).toHaveLength(50);
      expect(await feedItems(undefined, 100)).toHaveLength(100);
      expect(await feedItems(undefined, 101)).toHaveLength(100);
      expect(await feedItems("the-thao", 1000)).toHaveLength(100);
    } finally {
      await p.article.deleteMany({ where: { slug: { startsWith: "rss-" } } });
    }
  });
});
