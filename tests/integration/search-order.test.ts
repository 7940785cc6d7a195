import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { searchArticles } from "@/content/search/queries";
import { resultCountText } from "@/content/search/query-builder";
import { engines, migratedDatabase, type MigratedDatabase } from "./engines";

/**
 * Search order and counting at the edges: stories whose title holds every word first, then the
 * other matches, each group newest first (equal times: highest id first); matches are counted
 * up to 500, the last result a reader can page to, and past that the page says "hơn 500".
 *
 * Fixture: 2 old stories with "mưa lũ" in the title, 503 newer ones with it only in the sapo
 * (of which exactly 500 also say "ngập"), one with "mưa" in the title and "lũ" in the sapo, and
 * a draft whose title holds both words.
 */
const DAY = 86_400_000;
const T = Date.UTC(2026, 9, 1, 8, 0, 0);

describe.each(engines)("search order and count on %s", (engine) => {
  let fresh: MigratedDatabase;

  beforeAll(async () => {
    fresh = await migratedDatabase(engine);
    const prisma = fresh.db.prisma;
    const category = (await prisma.category.create({ data: { name: "Đô thị", slug: "do-thi" } })).id;
    const story = (id: number, slug: string, title: string, sapo: string, at: number, status: "PUBLISHED" | "DRAFT" = "PUBLISHED") => ({
      id,
      slug,
      title,
      sapo,
      body: [],
      categoryId: category,
      status,
      publishedAt: status === "PUBLISHED" ? new Date(at) : null,
    });
    await prisma.article.createMany({
      data: [
        story(1, "mua-lu-mien-trung", "Mưa lũ miền Trung", "Nhiều tỉnh bị ảnh hưởng.", T - 300 * DAY),
        story(2, "mua-lu-tay-nguyen", "Mưa lũ Tây Nguyên", "Thiệt hại lớn.", T - 200 * DAY),
        story(3, "mua-lon-cuoi-tuan", "Mưa lớn cuối tuần", "Lũ về nhanh trên các sông.", T - 100 * DAY),
        story(4, "mua-lu-ban-nhap", "Mưa lũ bản nháp", "Chưa xuất bản.", T, "DRAFT"),
        // ids 10…512: one a day, newest has the highest id; 10…509 also say "ngập"
        ...Array.from({ length: 503 }, (_, i) =>
          story(10 + i, `ban-tin-${10 + i}`, `Bản tin số ${10 + i}`, `Sau trận mưa lũ${i < 500 ? ", nhiều phố ngập sâu" : ""}.`, T - (503 - i) * 3_600_000),
        ),
        // two stories at the very same instant, newest of all: the higher id comes first
        story(600, "cung-luc-600", "Bản tin cùng lúc 600", "Mưa lũ, ngập.", T + DAY),
        story(601, "cung-luc-601", "Bản tin cùng lúc 601", "Mưa lũ, ngập.", T + DAY),
      ],
    });
    await prisma.$executeRawUnsafe(`ANALYZE articles`);
  }, 120_000);

  afterAll(async () => {
    await fresh?.dispose();
  });

  it("lists title matches first even when older, then the others newest first, ties highest id first", async () => {
    const first = await searchArticles("mua lu", 1);
    expect(first.items.map((a) => a.slug)).toEqual([
      "mua-lu-tay-nguyen",
      "mua-lu-mien-trung",
      "cung-luc-601",
      "cung-luc-600",
      "ban-tin-512",
      "ban-tin-511",
      "ban-tin-510",
      "ban-tin-509",
      "ban-tin-508",
      "ban-tin-507",
    ]);
    const second = await searchArticles("mưa lũ", 2);
    expect(second.items.map((a) => a.id)).toEqual([506, 505, 504, 503, 502, 501, 500, 499, 498, 497]);
  });

  it("counts up to 500 matches and says there are more; the last page is page 50", async () => {
    const first = await searchArticles("mưa lũ", 1);
    expect([first.total, first.more, first.pages]).toEqual([500, true, 50]);
    expect(resultCountText(first.total, first.more)).toBe("hơn 500 bài viết");
    const last = await searchArticles("mưa lũ", 50);
    // results 491–500: 2 title matches, the 2 newest, then ban-tin-512 downwards
    expect(last.items.map((a) => a.id)).toEqual([26, 25, 24, 23, 22, 21, 20, 19, 18, 17]);
    expect((await searchArticles("mưa lũ", 51)).items).toEqual([]);
  });

  it("a query with no word, or a page past the last one, is answered empty without searching", async () => {
    const nothing = { terms: [], total: 0, more: false, page: 1, pages: 0, items: [] };
    expect(await searchArticles("   ")).toEqual({ query: "", ...nothing });
    expect(await searchArticles("?!")).toMatchObject(nothing);
    expect(await searchArticles("cong doan", 51)).toEqual({ query: "cong doan", terms: ["cong", "doan"], total: 0, more: false, page: 51, pages: 0, items: [] });
  });

  it("counts exactly when there are 500 matches or fewer", async () => {
    const flooded = await searchArticles("ngập", 1);
    // 500 generated stories + the two at the same instant
    expect([flooded.total, flooded.more, flooded.pages]).toEqual([500, true, 50]);
    const exact = await searchArticles("ngap sau", 1);
    expect([exact.total, exact.more, exact.pages]).toEqual([500, false, 50]);
    expect(resultCountText(exact.total, exact.more)).toBe("500 bài viết");
    const few = await searchArticles("mua lon cuoi", 1);
    expect(few.items.map((a) => a.slug)).toEqual(["mua-lon-cuoi-tuan"]);
    expect([few.total, few.more, few.pages]).toEqual([1, false, 1]);
  });
});
