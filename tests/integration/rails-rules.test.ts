import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/connection";
import { decodeCursor } from "@/content/article/cursor";
import { getArticleRails, getRails, MUST_SEE_SLOT } from "@/content/rails/queries";
import { engines, migratedDatabase, type MigratedDatabase } from "./engines";

/**
 * The rails beside an article, on a fixture small enough to write every answer out:
 * "Nên xem" is the editor's published picks in their order, topped up with the most read;
 * "Đọc nhiều" the most viewed of the last 14 days; "Tin khác" the newest of the article's
 * category; no story twice, never the article or its related links; "Xem thêm" continues
 * "Tin khác" only when more stories of the category remain.
 */
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe.each(engines)("rails on %s", (engine) => {
  let fresh: MigratedDatabase;
  let db: Database;
  const id: Record<string, number> = {};
  const at: Record<string, Date> = {};
  let sport: number;

  beforeAll(async () => {
    fresh = await migratedDatabase(engine);
    db = fresh.db;
    const p = db.prisma;
    sport = (await p.category.create({ data: { name: "Thể thao", slug: "the-thao" } })).id;
    const economy = (await p.category.create({ data: { name: "Kinh tế", slug: "kinh-te" } })).id;
    const T = Date.now() - HOUR;
    const make = async (slug: string, categoryId: number, ageHours: number, views: number, status: "PUBLISHED" | "DRAFT" = "PUBLISHED") => {
      at[slug] = new Date(T - ageHours * HOUR);
      id[slug] = (await p.article.create({ data: { slug, title: slug, sapo: "", body: [], categoryId, status, viewCount: views, publishedAt: status === "PUBLISHED" ? at[slug] : null } })).id;
    };
    await make("x", sport, 0.5, 0); // the article whose rails these are
    await make("s1", sport, 1, 10);
    await make("s2", sport, 2, 50);
    await make("s3", sport, 3, 0);
    await make("s4", sport, 4, 5);
    await make("s5", sport, 5, 0);
    await make("k1", economy, 1.5, 100);
    await make("k2", economy, 2.5, 70);
    await make("k-cu", economy, 20 * 24, 1000); // 20 days old: not "Đọc nhiều"
    await make("k-nhap", economy, 0, 5000, "DRAFT");
  }, 120_000);

  afterAll(async () => {
    await fresh?.dispose();
  });

  const names = (rail: { id: number }[]) => rail.map((a) => Object.keys(id).find((k) => id[k] === a.id));
  const input = () => ({ id: id.x, categoryId: sport, categorySlug: "the-thao", tagIds: [], relatedIds: [id.s1] });
  const setPicks = async (slugs: string[]) => {
    await db.prisma.editorPick.deleteMany({});
    await db.prisma.editorPick.createMany({ data: slugs.map((s, position) => ({ slot: MUST_SEE_SLOT, articleId: id[s], position })) });
  };

  it("published picks first, in order; most read of 14 days; the category's newest; none twice, never the article or its related links", async () => {
    await setPicks(["k2", "k-nhap", "s4"]);
    const rails = await getRails(input(), { mustSee: 2, mostRead: 2, interesting: 0, others: 3 });
    expect(names(rails.mustSee)).toEqual(["k2", "s4"]);
    expect(names(rails.mostRead)).toEqual(["k1", "s2"]);
    expect(rails.interesting).toEqual([]);
    expect(names(rails.others)).toEqual(["s3", "s5"]);
    expect(rails.othersNext).toBeNull(); // nothing of the category is left to show
  });

  it("without picks, 'Nên xem' is filled with the most read not already in 'Đọc nhiều'", async () => {
    await setPicks([]);
    const rails = await getRails(input(), { mustSee: 2, mostRead: 2, interesting: 0, others: 3 });
    expect(names(rails.mostRead)).toEqual(["k1", "k2"]);
    expect(names(rails.mustSee)).toEqual(["s2", "s4"]);
    expect(names(rails.others)).toEqual(["s3", "s5"]);
  });

  it("'Xem thêm' continues after the last story of 'Tin khác' when the category has more", async () => {
    await setPicks([]);
    const rails = await getRails(input(), { mustSee: 0, mostRead: 0, interesting: 0, others: 2 });
    expect(names(rails.others)).toEqual(["s2", "s3"]);
    expect(decodeCursor(rails.othersNext)).toEqual({ publishedAt: at.s3, id: id.s3 });
    const all = await getRails(input(), { mustSee: 0, mostRead: 0, interesting: 0, others: 4 });
    expect(names(all.others)).toEqual(["s2", "s3", "s4", "s5"]);
    // the read of the category was full (6 rows for 4 + the article + 1 related): more may exist
    expect(decodeCursor(all.othersNext)).toEqual({ publishedAt: at.s5, id: id.s5 });
    const roomy = await getRails(input(), { mustSee: 0, mostRead: 0, interesting: 0, others: 5 });
    expect(names(roomy.others)).toEqual(["s2", "s3", "s4", "s5"]);
    expect(roomy.othersNext).toBeNull(); // 6 rows of 7 asked: the category has no more
    const none = await getRails({ ...input(), categorySlug: "kinh-te" }, { mustSee: 0, mostRead: 0, interesting: 0, others: 2 });
    expect(names(none.others)).toEqual(["k1", "k2"]);
    expect(decodeCursor(none.othersNext)).toEqual({ publishedAt: at.k2, id: id.k2 }); // k-cu remains after k2
  });

  it("'Có thể bạn quan tâm': a shared tag (3 points) outranks the same category (2), then the newest; 'Tin khác' goes on after it", async () => {
    await setPicks([]);
    const tag = await db.prisma.tag.upsert({ where: { slug: "bong-da" }, create: { name: "Bóng đá", slug: "bong-da" }, update: {} });
    await db.prisma.articleTag.upsert({ where: { articleId_tagId: { articleId: id.k2, tagId: tag.id } }, create: { articleId: id.k2, tagId: tag.id }, update: {} });
    const tagged = { ...input(), tagIds: [tag.id] };
    // k2 (another category, the same tag) first; then the sport stories newest first (s1 is a related link)
    const rails = await getRails(tagged, { mustSee: 0, mostRead: 0, interesting: 2, others: 2 });
    expect(names(rails.interesting)).toEqual(["k2", "s2"]);
    expect(names(rails.others)).toEqual(["s3", "s4"]);
    expect(decodeCursor(rails.othersNext)).toEqual({ publishedAt: at.s4, id: id.s4 }); // s5 remains
    // without the tag, only the article's category is of interest
    const untagged = await getRails(input(), { mustSee: 0, mostRead: 0, interesting: 3, others: 0 });
    expect(names(untagged.interesting)).toEqual(["s2", "s3", "s4"]);
  });

  it("'Đọc nhiều' reads past the related links and the article itself to fill its places", async () => {
    await setPicks([]);
    // the two most read (k1 100, k2 70) are related links: the rail takes the next three
    const rails = await getRails({ ...input(), relatedIds: [id.k1, id.k2] }, { mustSee: 0, mostRead: 3, interesting: 0, others: 0 });
    expect(names(rails.mostRead)).toEqual(["s2", "s1", "s4"]);
  });

  it("arguments that are not an article give empty rails; sizes left out or null take the defaults", async () => {
    const empty = { mustSee: [], mostRead: [], interesting: [], others: [], othersNext: null };
    expect(await getRails({ ...input(), id: 0 })).toEqual(empty);
    expect(await getRails({ ...input(), categoryId: -1 })).toEqual(empty);
    expect(await getRails({ ...input(), categorySlug: "Thể Thao" })).toEqual(empty);
    const defaults = await getRails(input(), null as unknown as undefined);
    expect(defaults.others.length + defaults.mustSee.length + defaults.mostRead.length).toBeGreaterThan(0);
  });

  it("default sizes: 6 must-see, 5 most read, 8 others; the article page passes its last breadcrumb as the category", async () => {
    await setPicks(["k2"]);
    const rails = await getArticleRails({ id: id.x, categoryId: sport, tagIds: [], breadcrumb: [{ slug: "khong-dung" }, { slug: "the-thao" }], relatedLinks: [{ id: id.s1 }] });
    const everything = [...rails.mustSee, ...rails.mostRead, ...rails.interesting, ...rails.others].map((a) => a.id);
    expect(new Set(everything).size).toBe(everything.length);
    expect(everything).not.toContain(id.x);
    expect(everything).not.toContain(id.s1);
    expect(everything).not.toContain(id["k-nhap"]);
    expect(names(rails.mustSee)[0]).toBe("k2");
    // every published story but x, s1 and k-cu (another category, too old for "Đọc nhiều", not picked)
    expect(names([...rails.mustSee, ...rails.mostRead, ...rails.interesting, ...rails.others]).sort()).toEqual(["k1", "k2", "s2", "s3", "s4", "s5"]);
    expect(rails.mostRead.length).toBeLessThanOrEqual(5);
  });
});
