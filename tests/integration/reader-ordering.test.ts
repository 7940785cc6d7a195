import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useDatabase } from "@/db/client";
import type { Database } from "@/db/connection";
import { migrate } from "@/db/migrate";
import { decodeCursor } from "@/content/article/cursor";
import { listCategory, listMostRead } from "@/content/article/lists";
import { searchArticles } from "@/content/search/queries";
import { engines, freshDatabase, type FreshDatabase } from "./engines";

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
