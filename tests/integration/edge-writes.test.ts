import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useDatabase } from "@/db/client";
import type { Database } from "@/db/connection";
import { migrate } from "@/db/migrate";
import { ArticleRuleError, saveArticle, type Actor } from "@/content/article/commands";
import { articleInputSchema, type ArticleInput } from "@/content/article/schema";
import { forgetSlugStatus } from "@/content/routing/slug-status";
import { createUser } from "@/newsroom/users/commands";
import { engines, freshDatabase, type FreshDatabase } from "./engines";

/**
 * Ids a save may name that have no row (a cover, a related story): a message on that
 * field and nothing written, never a foreign-key failure (a 500 in the action).
 */
describe.each(engines)("article save with ids that do not exist, on %s", (engine) => {
  let fresh: FreshDatabase;
  let db: Database;
  let editor: Actor;
  let categoryId: number;

  const input = (over: Partial<ArticleInput> = {}): ArticleInput =>
    articleInputSchema.parse({
      title: "Bài viết có ảnh đại diện đã bị xóa",
      sapo: "Sapo đủ dài cho bài viết thử nghiệm.",
      categoryId,
      kind: "NEWS",
      bylines: [{ name: "Phạm Diệp", role: "Bài" }],
      body: [{ type: "paragraph", content: [{ text: "Đoạn văn." }] }],
      ...over,
    });
  const counts = async () => ({
    articles: await db.prisma.article.count(),
    revisions: await db.prisma.revision.count(),
    related: await db.prisma.relatedLink.count(),
    tags: await db.prisma.tag.count(),
    people: await db.prisma.person.count(),
  });
  const ruleError = async (promise: Promise<unknown>) => {
    try {
      await promise;
    } catch (error) {
      if (error instanceof ArticleRuleError) return { field: error.field, message: error.message };
      throw error;
    }
    return null;
  };

  beforeAll(async () => {
    fresh = await freshDatabase(engine);
    db = fresh.open();
    await db.withSession((s) => migrate(s));
    useDatabase(db);
    editor = { id: (await createUser({ email: "bt@test.vn", name: "Biên tập", role: "EDITOR", password: "mat-khau-dai-du-10" }, { id: null })).id, role: "EDITOR" };
    categoryId = (await db.prisma.category.create({ data: { name: "Công đoàn", slug: "cong-doan" } })).id;
    forgetSlugStatus();
  }, 120_000);

  afterAll(async () => {
    await db?.close();
    await fresh?.dispose();
  });

  it("a cover that is not in the media library is a field error; nothing is written", async () => {
    const before = await counts();
    expect(await ruleError(saveArticle(null, null, input({ coverMediaId: 2_147_483_647 }), editor))).toEqual({
      field: "coverMediaId",
      message: "Ảnh đại diện không còn trong thư viện ảnh.",
    });
    expect(await counts()).toEqual(before);
  });

  it("a related story that does not exist is a field error, on create and on update", async () => {
    const before = await counts();
    expect(await ruleError(saveArticle(null, null, input({ relatedIds: [2_147_483_646] }), editor))).toEqual({
      field: "relatedIds",
      message: "Có tin liên quan không còn tồn tại.",
    });
    expect(await counts()).toEqual(before);
    const saved = await saveArticle(null, null, input(), editor);
    const afterCreate = await counts();
    expect(await ruleError(saveArticle(saved.id, saved.version, input({ relatedIds: [saved.id + 1000] }), editor))).toEqual({
      field: "relatedIds",
      message: "Có tin liên quan không còn tồn tại.",
    });
    expect(await counts()).toEqual(afterCreate);
  });

  it("the same related story twice is saved once", async () => {
    const target = await saveArticle(null, null, input({ title: "Bài được liên kết tới" }), editor);
    const saved = await saveArticle(null, null, input({ title: "Bài liên kết hai lần", relatedIds: [target.id, target.id] }), editor);
    expect(await db.prisma.relatedLink.findMany({ where: { fromId: saved.id }, select: { toId: true } })).toEqual([{ toId: target.id }]);
  });
});
