import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useDatabase } from "@/db/client";
import type { Database } from "@/db/connection";
import { migrate } from "@/db/migrate";
import { decodeCursor } from "@/content/article/cursor";
import { listCategory, listMostRead } from "@/content/article/lists";
import { getNavigation, listCategories } from "@/content/category/queries";
import { searchArticles } from "@/content/search/queries";
import { engines, freshDatabase, migratedDatabase, type FreshDatabase, type MigratedDatabase } from "./engines";

/**
 * Orderings readers see, on a small fixture built to hit their edges (the seed has no
 * equal publication times, and its titles rank first anyway):
 *  - lists are newest first, and stories published at the SAME instant come in id
 *    order (highest first) without being skipped or repeated across pages;
 *  - "Đọc nhiều" is the most viewed first, only published stories of the last 30 days;
 *  - search puts stories whose TITLE holds every word first, even when another story's
 *    sapo repeats the words many times and is newer.
 */
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe.each(engines)("reader orderings on %s", (engine) => {
  let fresh: FreshDatabase;
  let db: Database;
  // A fixed instant a little in the past, so every "recent" story is within 30 days of now.
  const T = new Date(Math.floor((Date.now() - 2 * DAY) / HOUR) * HOUR);

  const make = async (slug: string, categoryId: number, over: { id?: number; title?: string; sapo?: string; publishedAt?: Date; viewCount?: number; status?: "PUBLISHED" | "DRAFT" } = {}) =>
    db.prisma.article.create({
      data: {
        ...(over.id ? { id: over.id } : {}),
        slug,
        title: over.title ?? `Tin ${slug}`,
        sapo: over.sapo ?? "Nội dung tóm tắt của bản tin.",
        body: [],
        categoryId,
        status: over.status ?? "PUBLISHED",
        publishedAt: over.status === "DRAFT" ? null : (over.publishedAt ?? T),
        viewCount: over.viewCount ?? 0,
      },
      select: { id: true },
    });

  beforeAll(async () => {
    fresh = await freshDatabase(engine);
    db = fresh.open();
    await db.withSession((s) => migrate(s));
    useDatabase(db);
    // The order must come from the query, not from whichever index the planner happens to walk
    // (on a tiny table an index on (published_at DESC, id DESC) returns ties in id order even
    // when the query forgets to ask): this fixture database does without those two indexes.
    await db.prisma.$executeRawUnsafe(`DROP INDEX "articles_status_published_at_id_idx"`);
    await db.prisma.$executeRawUnsafe(`DROP INDEX "articles_status_category_id_published_at_id_idx"`);
    const economy = (await db.prisma.category.create({ data: { name: "Kinh tế", slug: "kinh-te" } })).id;
    const society = (await db.prisma.category.create({ data: { name: "Xã hội", slug: "xa-hoi" } })).id;
    const union = (await db.prisma.category.create({ data: { name: "Công đoàn", slug: "cong-doan" } })).id;

    // Category list ("Kinh tế" with its sub-category "Tài chính", so no single index gives the
    // order): seven stories published at the same instant T, with ids 101 (a) … 107 (g) stored in
    // a scrambled order and spread over both categories, one newer and one older.
    const finance = (await db.prisma.category.create({ data: { name: "Tài chính", slug: "tai-chinh", parentId: economy } })).id;
    await make("cu-nhat", economy, { publishedAt: new Date(T.getTime() - HOUR) });
    for (const [s, id] of [["d", 104], ["a", 101], ["g", 107], ["c", 103], ["f", 106], ["b", 102], ["e", 105]] as const) {
      await make(`cung-luc-${s}`, id % 2 ? finance : economy, { id });
    }
    await make("moi-nhat", economy, { publishedAt: new Date(T.getTime() + HOUR) });

    // Most read: views 70, 3000, 10, 500, 3000 (a tie: the later id first); plus stories that must not show.
    await make("doc-70", society, { viewCount: 70 });
    await make("doc-3000-truoc", society, { viewCount: 3000 });
    await make("doc-10", society, { viewCount: 10 });
    await make("doc-500", society, { viewCount: 500 });
    await make("doc-3000-sau", society, { viewCount: 3000 });
    await make("doc-cu-qua", society, { viewCount: 99_999, publishedAt: new Date(Date.now() - 40 * DAY) });
    await make("doc-ban-nhap", society, { viewCount: 100_000, status: "DRAFT" });

    // Search: the title story is older; the sapo story is newer and repeats the words.
    await make("cong-doan-co-so-hop-mat", union, {
      title: "Công đoàn cơ sở họp mặt",
      sapo: "Buổi gặp gỡ thân mật cuối năm của người lao động.",
      publishedAt: new Date(T.getTime() - 5 * DAY),
    });
    await make("hop-mat-cuoi-nam", union, {
      title: "Họp mặt cuối năm",
      sapo: "Công đoàn, công đoàn và công đoàn: công đoàn ngành, công đoàn quận, công đoàn phường cùng công đoàn cơ sở.",
      publishedAt: new Date(T.getTime() + 5 * HOUR),
    });
    await make("cong-nhan-don-tet", union, { title: "Công nhân đón Tết sớm", sapo: "Nhiều nơi thưởng Tết sớm cho người lao động." }); // "cong" only: no match
    await make("cong-doan-ban-nhap", union, { title: "Công đoàn bản nháp", status: "DRAFT" });
  }, 120_000);

  afterAll(async () => {
    await db?.close();
    await fresh?.dispose();
  });

  it("pages newest first; equal publication times come highest id first, none skipped or repeated", async () => {
    const pages: string[][] = [];
    let cursor = null;
    for (let i = 0; i < 10; i++) {
      const page = await listCategory("kinh-te", cursor, 3);
      pages.push(page!.items.map((a) => a.slug));
      if (!page!.next) break;
      cursor = decodeCursor(page!.next)!;
    }
    expect(pages).toEqual([
      ["moi-nhat", "cung-luc-g", "cung-luc-f"],
      ["cung-luc-e", "cung-luc-d", "cung-luc-c"],
      ["cung-luc-b", "cung-luc-a", "cu-nhat"],
    ]);
  });

  it("a page boundary inside a run of equal times continues exactly after the last story shown", async () => {
    const first = await listCategory("kinh-te", null, 2);
    expect(first!.items.map((a) => a.slug)).toEqual(["moi-nhat", "cung-luc-g"]);
    const second = await listCategory("kinh-te", decodeCursor(first!.next)!, 4);
    expect(second!.items.map((a) => a.slug)).toEqual(["cung-luc-f", "cung-luc-e", "cung-luc-d", "cung-luc-c"]);
    const rest = await listCategory("kinh-te", decodeCursor(second!.next)!, 10);
    expect(rest!.items.map((a) => a.slug)).toEqual(["cung-luc-b", "cung-luc-a", "cu-nhat"]);
    expect(rest!.next).toBeNull();
  });

  it("\"Đọc nhiều\" lists the most viewed first, published in the last 30 days only", async () => {
    expect((await listMostRead(4)).map((a) => a.slug)).toEqual(["doc-3000-sau", "doc-3000-truoc", "doc-500", "doc-70"]);
    expect((await listMostRead(2)).map((a) => a.slug)).toEqual(["doc-3000-sau", "doc-3000-truoc"]);
  });

  it("search: a story whose title holds every word comes before a newer one that only repeats them in its sapo", async () => {
    const results = await searchArticles("cong doan");
    expect(results.items.map((a) => a.slug)).toEqual(["cong-doan-co-so-hop-mat", "hop-mat-cuoi-nam"]);
    expect(results.total).toBe(2);
    expect(results.terms).toEqual(["cong", "doan"]);
  });

  it("search: upper case with diacritics finds the same stories, title match first", async () => {
    const results = await searchArticles("CÔNG ĐOÀN cơ sở");
    expect(results.items.map((a) => a.slug)).toEqual(["cong-doan-co-so-hop-mat", "hop-mat-cuoi-nam"]);
  });
});

/**
 * The category tree as readers get it: the header menu (top-level categories in the editors'
 * order, each with its sub-categories in their order) and the read API's flat list (each
 * category followed by its own sub-categories, depth first; equal positions in id order).
 */
describe.each(engines)("category tree on %s", (engine) => {
  let fresh: MigratedDatabase;

  beforeAll(async () => {
    fresh = await migratedDatabase(engine);
    const db = fresh.db;
    const add = async (slug: string, name: string, position: number, parentId: number | null = null, description: string | null = null) =>
      (await db.prisma.category.create({ data: { slug, name, position, parentId, description } })).id;
    // created out of order: positions, not ids, decide
    const society = await add("xa-hoi", "Xã hội", 2, null, "Tin xã hội");
    const news = await add("thoi-su", "Thời sự", 1);
    await add("giao-thong", "Giao thông", 5, society);
    const education = await add("giao-duc", "Giáo dục", 3, society);
    await add("tuyen-sinh", "Tuyển sinh", 0, education); // a third level: in the flat list, not in the menu
    await add("do-thi", "Đô thị", 1, society);
    await add("the-thao", "Thể thao", 2); // same position as "Xã hội", created later
    await add("quoc-te", "Quốc tế", 0, news);
  }, 120_000);

  afterAll(async () => {
    await fresh?.dispose();
  });

  it("the header menu: top-level categories by position, each with its direct sub-categories by position", async () => {
    const menu = await getNavigation();
    expect(menu.map((c) => c.slug).slice(0, 1)).toEqual(["thoi-su"]);
    expect(menu.map((c) => c.slug).sort()).toEqual(["the-thao", "thoi-su", "xa-hoi"]);
    const bySlug = Object.fromEntries(menu.map((c) => [c.slug, c]));
    expect(bySlug["thoi-su"]).toEqual({ name: "Thời sự", slug: "thoi-su", children: [{ name: "Quốc tế", slug: "quoc-te" }] });
    expect(bySlug["xa-hoi"]).toEqual({
      name: "Xã hội",
      slug: "xa-hoi",
      children: [
        { name: "Đô thị", slug: "do-thi" },
        { name: "Giáo dục", slug: "giao-duc" },
        { name: "Giao thông", slug: "giao-thong" },
      ],
    });
    expect(bySlug["the-thao"].children).toEqual([]);
  });

  it("the flat list: depth first, each category followed by its own, equal positions in id order, with parent slugs", async () => {
    expect(await listCategories()).toEqual([
      { slug: "thoi-su", name: "Thời sự", description: null, parent: null },
      { slug: "quoc-te", name: "Quốc tế", description: null, parent: "thoi-su" },
      { slug: "xa-hoi", name: "Xã hội", description: "Tin xã hội", parent: null },
      { slug: "do-thi", name: "Đô thị", description: null, parent: "xa-hoi" },
      { slug: "giao-duc", name: "Giáo dục", description: null, parent: "xa-hoi" },
      { slug: "tuyen-sinh", name: "Tuyển sinh", description: null, parent: "giao-duc" },
      { slug: "giao-thong", name: "Giao thông", description: null, parent: "xa-hoi" },
      { slug: "the-thao", name: "Thể thao", description: null, parent: null },
    ]);
  });
});
