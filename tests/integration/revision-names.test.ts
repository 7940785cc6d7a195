import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/connection";
import { articleInputSchema, type ArticleInput } from "@/content/article/schema";
import { compareBody } from "@/content/article/revision-diff";
import { revisionNames } from "@/newsroom/articles/revision-names";
import { engines, migratedDatabase, type MigratedDatabase } from "./engines";

/**
 * The names the revision comparison page shows instead of bare ids
 * (src/newsroom/articles/revision-names.ts): every category's name, and the titles of
 * exactly the related stories the two revisions mention, in their "Tin liên quan" list or
 * in a related-links box of the body. Every expected name is written out.
 */
describe.each(engines)("names for the revision comparison on %s", (engine) => {
  let fresh: MigratedDatabase;
  let db: Database;
  const category: Record<string, number> = {};
  const story: Record<string, number> = {};

  const input = (over: Record<string, unknown>): ArticleInput =>
    articleInputSchema.parse({
      title: "Ùn tắc giờ cao điểm",
      sapo: "Sapo đủ dài cho bài so sánh.",
      categoryId: category["giao-thong"],
      kind: "NEWS",
      bylines: [{ name: "Trần An", role: "Bài" }],
      body: [{ type: "paragraph", content: [{ text: "Nội dung bài viết." }] }],
      ...over,
    });

  beforeAll(async () => {
    fresh = await migratedDatabase(engine);
    db = fresh.db;
    const p = db.prisma;
    category["thoi-su"] = (await p.category.create({ data: { name: "Thời sự", slug: "thoi-su" } })).id;
    category["giao-thong"] = (await p.category.create({ data: { name: "Giao thông", slug: "giao-thong", parentId: category["thoi-su"] } })).id;
    for (const [slug, title] of [
      ["cau-moi", "Thông xe cầu mới"],
      ["duong-vanh-dai", "Khởi công đường vành đai"],
      ["tau-dien", "Tàu điện chạy thử"],
      ["khong-nhac-den", "Bài không được nhắc đến"],
    ]) {
      story[slug] = (await p.article.create({ data: { slug, title, sapo: "Tin liên quan.", body: [], categoryId: category["thoi-su"] }, select: { id: true } })).id;
    }
  }, 120_000);

  afterAll(async () => {
    await fresh?.dispose();
  });

  it("names every category and the titles of the stories either revision relates, in its list or in a related-links box", async () => {
    const older = input({
      relatedIds: [story["cau-moi"]],
      body: [
        { type: "paragraph", content: [{ text: "Đoạn mở đầu." }] },
        { type: "related-links", title: "Đọc thêm", articleIds: [story["duong-vanh-dai"]] },
      ],
    });
    const newer = input({
      relatedIds: [story["cau-moi"]],
      body: [
        { type: "heading", level: 2, text: "Diễn biến" },
        { type: "related-links", title: "Đọc thêm", articleIds: [story["tau-dien"]] },
      ],
    });
    const names = await revisionNames(older, newer);
    expect(names.categories).toEqual(
      new Map([
        [category["thoi-su"], "Thời sự"],
        [category["giao-thong"], "Giao thông"],
      ]),
    );
    expect(names.articles).toEqual(
      new Map([
        [story["cau-moi"], "Thông xe cầu mới"],
        [story["duong-vanh-dai"], "Khởi công đường vành đai"],
        [story["tau-dien"], "Tàu điện chạy thử"],
      ]),
    );
    // What the comparison then shows: the stories by title, not by id.
    expect(compareBody(older.body, newer.body, names).find((c) => c.key === "body.2.articleIds")).toMatchObject({
      label: "Khối 2 · Hộp tin liên quan · Bài",
      before: "Khởi công đường vành đai",
      after: "Tàu điện chạy thử",
    });
  });

  it("revisions that relate no story: category names only, no article titles", async () => {
    const names = await revisionNames(input({}), input({ title: "Ùn tắc giờ cao điểm sáng nay" }));
    expect(names.categories).toEqual(
      new Map([
        [category["thoi-su"], "Thời sự"],
        [category["giao-thong"], "Giao thông"],
      ]),
    );
    expect(names.articles).toEqual(new Map());
  });
});
