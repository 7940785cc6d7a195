import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

// What every cached read declares to Next's cache: its lifetime profile and its tags.
const declared = vi.hoisted(() => [] as string[][]);
vi.mock("next/cache", () => ({
  cacheLife: (profile: string) => void declared.push(["life", profile]),
  cacheTag: (...tags: string[]) => void declared.push(["tags", ...tags]),
}));

import { getAuthor, getCategory, getHomeSections, getTag, listArticles, listAuthor, listCategory, listMostRead, listTag } from "@/content/article/lists";
import { getHomeFeed, getPublishedArticle } from "@/content/article/queries";
import { getNavigation, listCategories } from "@/content/category/queries";
import { feedItems, newsSitemapEntries, sitemapCategories, sitemapChunk, sitemapChunkCount } from "@/content/feeds/queries";
import { getRails } from "@/content/rails/queries";
import { searchArticles } from "@/content/search/queries";
import { engines, migratedDatabase, type MigratedDatabase } from "./engines";

/**
 * The lifetime and the tags each cached read declares, written out: a write refreshes a page
 * only through these tags (src/content/article/invalidation.ts computes the same names), so a
 * read that forgets one serves stale pages until its lifetime ends. Lists, search, rails and
 * feeds live "minutes"; an article, a category, a tag, an author, the menu and the sitemaps
 * "hours" (their writes always invalidate them). A list nests the read of what it lists, so
 * it declares its own tags and then those of that read.
 */
describe.each(engines)("cache lifetimes and tags of the reader's reads on %s", (engine) => {
  let fresh: MigratedDatabase;
  const ids: Record<string, number> = {};
  const previousRuntime = process.env.NEXT_RUNTIME;

  beforeAll(async () => {
    fresh = await migratedDatabase(engine);
    const p = fresh.db.prisma;
    const news = await p.category.create({ data: { name: "Thời sự", slug: "thoi-su" } });
    const traffic = await p.category.create({ data: { name: "Giao thông", slug: "giao-thong", parentId: news.id } });
    const tag = await p.tag.create({ data: { name: "Hà Nội", slug: "ha-noi" } });
    const person = await p.person.create({ data: { name: "Minh Anh", slug: "minh-anh" } });
    const old = await p.article.create({
      data: { slug: "duong-cu", title: "Con đường cũ", sapo: "Sapo.", body: [], categoryId: news.id, status: "PUBLISHED", publishedAt: new Date(Date.now() - 3_600_000) },
    });
    const fresh1 = await p.article.create({
      data: {
        slug: "cau-moi",
        title: "Cây cầu mới thông xe",
        sapo: "Sapo.",
        body: [],
        categoryId: traffic.id,
        status: "PUBLISHED",
        publishedAt: new Date(Date.now() - 60_000),
        tags: { create: [{ tagId: tag.id }] },
        bylines: { create: [{ personId: person.id, role: "Bài" }] },
        relatedLinks: { create: [{ toId: old.id, position: 0 }] },
      },
    });
    Object.assign(ids, { news: news.id, traffic: traffic.id, tag: tag.id, old: old.id, fresh: fresh1.id });
    process.env.NEXT_RUNTIME = "nodejs"; // cachedFor() declares nothing outside the Next server
  }, 120_000);

  afterAll(async () => {
    if (previousRuntime === undefined) delete process.env.NEXT_RUNTIME;
    else process.env.NEXT_RUNTIME = previousRuntime;
    await fresh?.dispose();
  });

  const declarations = async (read: () => Promise<unknown>) => {
    declared.length = 0;
    await read();
    return [...declared];
  };

  it("the menu and the category list: hours, tagged 'navigation'", async () => {
    expect(await declarations(() => getNavigation())).toEqual([["life", "hours"], ["tags", "navigation"]]);
    expect(await declarations(() => listCategories())).toEqual([["life", "hours"], ["tags", "navigation"]]);
  });

  it("an article: hours, tagged with itself, its categories (parent first), its tags and every story it links to", async () => {
    expect(await declarations(() => getPublishedArticle("cau-moi"))).toEqual([
      ["life", "hours"],
      ["tags", "article:cau-moi"],
      ["tags", "category:thoi-su", "category:giao-thong", "tag:ha-noi", "article:duong-cu"],
    ]);
    // a missing article is cached too (a 404), under its own tag only
    expect(await declarations(() => getPublishedArticle("chua-co"))).toEqual([["life", "hours"], ["tags", "article:chua-co"]]);
  });

  it("the home page: minutes, tagged 'home'", async () => {
    expect(await declarations(() => getHomeFeed())).toEqual([["life", "minutes"], ["tags", "home"]]);
    const sections = await declarations(() => getHomeSections());
    expect(sections.slice(0, 2)).toEqual([["life", "minutes"], ["tags", "home"]]);
  });

  it("a category, a tag, an author: hours under their own tag; their lists: minutes under the same tag", async () => {
    expect(await declarations(() => getCategory("giao-thong"))).toEqual([["life", "hours"], ["tags", "category:giao-thong"]]);
    expect(await declarations(() => getTag("ha-noi"))).toEqual([["life", "hours"], ["tags", "tag:ha-noi"]]);
    expect(await declarations(() => getAuthor("minh-anh"))).toEqual([["life", "hours"], ["tags", "author:minh-anh"]]);
    expect(await declarations(() => listCategory("thoi-su", null))).toEqual([
      ["life", "minutes"],
      ["tags", "category:thoi-su"],
      ["life", "hours"],
      ["tags", "category:thoi-su"],
    ]);
    expect(await declarations(() => listTag("ha-noi", null))).toEqual([["life", "minutes"], ["tags", "tag:ha-noi"], ["life", "hours"], ["tags", "tag:ha-noi"]]);
    expect(await declarations(() => listAuthor("minh-anh", null))).toEqual([
      ["life", "minutes"],
      ["tags", "author:minh-anh"],
      ["life", "hours"],
      ["tags", "author:minh-anh"],
    ]);
  });

  it("the read API's list: minutes, under each filter's tag, or 'feeds' without a filter", async () => {
    const filtered = await declarations(() => listArticles({ category: "thoi-su", tag: "ha-noi" }, null));
    expect(filtered[0]).toEqual(["life", "minutes"]);
    expect(filtered[1]).toEqual(["tags", "category:thoi-su", "tag:ha-noi"]);
    expect(await declarations(() => listArticles({}, null))).toEqual([["life", "minutes"], ["tags", "feeds"]]);
  });

  it("most read, search and the rails: minutes, tagged 'most-read', 'search', and 'rails' + 'most-read' + the article's category", async () => {
    expect(await declarations(() => listMostRead())).toEqual([["life", "minutes"], ["tags", "most-read"]]);
    expect(await declarations(() => searchArticles("cau moi"))).toEqual([["life", "minutes"], ["tags", "search"]]);
    const rails = () => getRails({ id: ids.fresh, categoryId: ids.traffic, categorySlug: "giao-thong", tagIds: [ids.tag], relatedIds: [ids.old] });
    expect(await declarations(rails)).toEqual([["life", "minutes"], ["tags", "rails", "most-read", "category:giao-thong"]]);
  });

  it("feeds and sitemaps: tagged 'feeds' (a category's feed its category too); sitemaps of articles and categories hours, news and RSS minutes", async () => {
    expect(await declarations(() => sitemapChunkCount())).toEqual([["life", "hours"], ["tags", "feeds"]]);
    expect(await declarations(() => sitemapChunk(0))).toEqual([["life", "hours"], ["tags", "feeds"]]);
    expect(await declarations(() => sitemapCategories())).toEqual([["life", "hours"], ["tags", "feeds"]]);
    expect(await declarations(() => newsSitemapEntries())).toEqual([["life", "minutes"], ["tags", "feeds"]]);
    expect(await declarations(() => feedItems())).toEqual([["life", "minutes"], ["tags", "feeds"]]);
    expect(await declarations(() => feedItems("thoi-su"))).toEqual([["life", "minutes"], ["tags", "feeds", "category:thoi-su"]]);
  });
});
