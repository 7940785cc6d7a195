import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/connection";
import { getAuthor, getCategory, getHomeSections, getTag, listArticles, listAuthor, listCategory, listMostRead, listTag } from "@/content/article/lists";
import { getHomeFeed, getPublishedArticle } from "@/content/article/queries";
import { feedItems, sitemapChunk } from "@/content/feeds/queries";
import { getRails } from "@/content/rails/queries";
import { searchArticles } from "@/content/search/queries";
import { engines, migratedDatabase, type MigratedDatabase } from "./engines";

/**
 * Every cached read called with what an outsider could send (the arguments seen in the
 * wild against the server-action endpoint: `["thoi-su", null, 100000]`, objects for
 * strings, huge and negative numbers): none may throw (a 500 on a page), and none may
 * return more than its bound. 70 published stories in one category, tag and author.
 */
const STORIES = 70;
// Values of the wrong type on purpose: the reads are reachable with whatever a request decodes to.
const any = <T,>(value: unknown) => value as T;

describe.each(engines)("cached reads bound their arguments on %s", (engine) => {
  let fresh: MigratedDatabase;
  let db: Database;

  beforeAll(async () => {
    fresh = await migratedDatabase(engine);
    db = fresh.db;
    const prisma = db.prisma;
    const category = await prisma.category.create({ data: { name: "Thời sự", slug: "thoi-su" } });
    const tag = await prisma.tag.create({ data: { name: "Giao thông", slug: "giao-thong" } });
    const person = await prisma.person.create({ data: { name: "Minh Anh", slug: "minh-anh" } });
    const now = Date.now();
    for (let i = 1; i <= STORIES; i++) {
      await prisma.article.create({
        data: {
          title: `Tin thời sự số ${i}`,
          slug: `tin-thoi-su-so-${i}`,
          sapo: `Sapo của tin thời sự số ${i}.`,
          body: [],
          status: "PUBLISHED",
          publishedAt: new Date(now - i * 60_000),
          categoryId: category.id,
          viewCount: i,
          tags: { create: [{ tagId: tag.id }] },
          bylines: { create: [{ personId: person.id, role: "Bài" }] },
        },
      });
    }
  }, 300_000);

  afterAll(async () => {
    await fresh?.dispose();
  });

  it("lists never return more than 50 stories, whatever limit they are asked for", async () => {
    expect((await listCategory("thoi-su", null, 100000))!.items).toHaveLength(50);
    expect((await listTag("giao-thong", null, 100000))!.items).toHaveLength(50);
    expect((await listAuthor("minh-anh", null, 100000))!.items).toHaveLength(50);
    expect(await listArticles({ category: "thoi-su", tag: "giao-thong", author: "minh-anh" }, null, 100000)).toMatchObject({ items: { length: 50 } });
    expect(await listArticles({}, null, -3)).toMatchObject({ items: { length: 1 } });
    expect((await getHomeFeed(100000)).latest).toHaveLength(50);
    expect(await feedItems(undefined, 100000)).toHaveLength(70);
    expect(await feedItems("thoi-su", 1e9)).toHaveLength(70);
    expect(await listMostRead(100000, 1e9)).toHaveLength(20);
    expect((await getHomeSections(100000))[0].items).toHaveLength(12);
    // Defaults and ordinary limits are unchanged.
    expect((await listCategory("thoi-su", null))!.items).toHaveLength(15);
    expect((await listCategory("thoi-su", null, 3))!.items.map((a) => a.slug)).toEqual(["tin-thoi-su-so-1", "tin-thoi-su-so-2", "tin-thoi-su-so-3"]);
  });

  it("wrong types and out-of-range values read as 'nothing', never as an error", async () => {
    const hostile: unknown[] = [{ a: 1 }, ["thoi-su"], "x".repeat(5000), -5, 1e12, Number.NaN, null, "THOI-SU", "thoi su"];
    for (const value of hostile) {
      await expect(getCategory(any(value))).resolves.toBeNull();
      await expect(getTag(any(value))).resolves.toBeNull();
      await expect(getAuthor(any(value))).resolves.toBeNull();
      await expect(getPublishedArticle(any(value))).resolves.toBeNull();
      await expect(listCategory(any(value), null)).resolves.toBeNull();
      await expect(listTag(any(value), null)).resolves.toBeNull();
      await expect(listAuthor(any(value), null)).resolves.toBeNull();
      await expect(listArticles({ category: any(value) }, null)).resolves.toBeNull();
      await expect(listArticles({ since: any(value) }, null)).resolves.toBeNull();
      await expect(feedItems(any(value) ?? "", 5)).resolves.toEqual([]);
      await expect(sitemapChunk(any(value))).resolves.toEqual([]);
    }
    // A malformed cursor or limit of the wrong type.
    await expect(listCategory("thoi-su", any({ a: 1 }))).resolves.toBeNull();
    await expect(listCategory("thoi-su", any("1a2b.3c"))).resolves.toBeNull();
    await expect(listTag("giao-thong", any({ publishedAt: "hôm qua", id: 1 }))).resolves.toBeNull();
    await expect(listArticles({}, any("1a2b.3c"))).resolves.toBeNull();
    for (const filters of [null, "thoi-su", ["thoi-su"], 5]) await expect(listArticles(any(filters), null)).resolves.toBeNull();
    await expect(listArticles({ since: new Date(Number.NaN) }, null)).resolves.toBeNull();
    expect((await listCategory("thoi-su", null, any("x"), any({ not: 1 })))!.items).toHaveLength(15);
    expect((await getHomeFeed(any({}))).latest).toHaveLength(24);
    expect(await listMostRead(any("5"), any(null))).toHaveLength(5);
    // Search: long input is cut, pages past the last possible one answer empty.
    await expect(searchArticles(any({ q: 1 }), any("2"))).resolves.toMatchObject({ total: 0, page: 1, items: [] });
    const long = await searchArticles(`thoi su ${"x".repeat(100_000)}`, 1);
    expect(long.query.length).toBe(200);
    await expect(searchArticles("thoi su", 1e9)).resolves.toMatchObject({ total: 0, items: [] });
    expect((await searchArticles("thoi su", 2)).items).toHaveLength(10);
    await expect(sitemapChunk(0)).resolves.toHaveLength(70);
    await expect(sitemapChunk(214749)).resolves.toEqual([]);
  });

  it("rails accept only an article's real shape", async () => {
    const first = (await getPublishedArticle("tin-thoi-su-so-1"))!;
    const input = { id: first.id, categoryId: first.categoryId, categorySlug: "thoi-su", tagIds: [], relatedIds: [] };
    const rails = await getRails(input, { others: 100000, interesting: -4, mustSee: any("x") });
    expect(rails.others).toHaveLength(20);
    expect(rails.interesting).toHaveLength(0);
    expect(rails.mustSee).toHaveLength(6);
    const none = { mustSee: [], mostRead: [], interesting: [], others: [], othersNext: null };
    await expect(getRails(any({ ...input, id: "1" }))).resolves.toEqual(none);
    await expect(getRails(any({ ...input, categorySlug: { a: 1 } }))).resolves.toEqual(none);
    await expect(getRails(any(null))).resolves.toEqual(none);
    await expect(getRails(any({ ...input, tagIds: "1,2", relatedIds: [{ a: 1 }] }))).resolves.toMatchObject({ others: expect.any(Array) });
  });
});
