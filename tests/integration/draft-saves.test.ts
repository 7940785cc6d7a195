import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/connection";
import { ArticleConflictError, ArticleProblemsError, publishDue, saveAndTransition, saveArticle, transitionArticle, type Actor } from "@/content/article/commands";
import { articleInputSchema, type ArticleFormValues, type ArticleInput } from "@/content/article/schema";
import { createUser } from "@/newsroom/users/commands";
import { engines, migratedDatabase, type MigratedDatabase } from "./engines";

/**
 * Writing-first saving: any draft saves with whatever it holds; what readers need is checked
 * (every problem at once) when the article is submitted, published or scheduled, by the
 * scheduler, and on saves of what readers already see; "Lưu và xuất bản" is all or nothing.
 */
const HOUR = 3_600_000;

describe.each(engines)("draft saves and publish checks on %s", (engine) => {
  let fresh: MigratedDatabase;
  let db: Database;
  let writer: Actor;
  let editor: Actor;
  let firstCategory: number;
  let chosenCategory: number;

  const input = (over: Partial<ArticleFormValues>): ArticleInput =>
    articleInputSchema.parse({ title: "", sapo: "", kind: "NEWS", bylines: [], body: [], ...over });
  const complete = (title: string): Partial<ArticleFormValues> => ({
    title,
    sapo: "Sapo đủ dài cho một bài thử nghiệm.",
    categoryId: chosenCategory,
    bylines: [{ name: "Đỗ Hà", role: "Bài" }],
    tags: ["Lưu nháp"],
    body: [{ type: "paragraph", content: [{ text: "Đoạn văn đầy đủ." }] }],
  });
  const row = (id: number) =>
    db.prisma.article.findUniqueOrThrow({ where: { id }, select: { status: true, version: true, title: true, sapo: true, categoryId: true, body: true, publishedAt: true, scheduledAt: true } });
  const audits = (id: number) => db.prisma.auditLog.count({ where: { targetType: "article", targetId: String(id) } });

  beforeAll(async () => {
    fresh = await migratedDatabase(engine);
    db = fresh.db;
    const mk = async (email: string, role: "WRITER" | "EDITOR") => ({ id: (await createUser({ email, name: email.split("@")[0], role, password: "mat-khau-dai-du-10" }, { id: null })).id, role, ip: "192.0.2.45" });
    writer = await mk("nhap1@test.vn", "WRITER");
    editor = await mk("nhap-btv@test.vn", "EDITOR");
    firstCategory = (await db.prisma.category.create({ data: { name: "Đầu tiên", slug: "dau-tien", position: -1000 } })).id;
    chosenCategory = (await db.prisma.category.create({ data: { name: "Được chọn", slug: "duoc-chon", position: 1000 } })).id;
  }, 120_000);

  afterAll(async () => {
    await fresh?.dispose();
  });

  it("a new draft with only an empty paragraph, a short sapo and an empty photo block saves, without category or author", async () => {
    const draft = input({ title: "Tết", sapo: "Ngắn", body: [{ type: "paragraph", content: [{ text: "" }] }, { type: "image", mediaId: 0, caption: "Ảnh sẽ chọn sau" }] });
    const saved = await saveArticle(null, null, draft, writer);
    expect(saved.version).toBe(1);
    expect(saved.slug).toBe("tet");
    const stored = await row(saved.id);
    expect(stored).toMatchObject({ status: "DRAFT", title: "Tết", sapo: "Ngắn", categoryId: firstCategory });
    expect(stored.body).toEqual([
      { type: "paragraph", content: [{ text: "" }] },
      { type: "image", mediaId: 0, caption: "Ảnh sẽ chọn sau" },
    ]);
    // An untitled draft gets a placeholder address.
    const untitled = await saveArticle(null, null, input({}), writer);
    expect(untitled.slug).toMatch(/^bai-viet-[a-z0-9]+$/);
    // Saving again (autosave) with a title only keeps working.
    const again = await saveArticle(saved.id, 1, input({ title: "Tết sum vầy" }), writer, { autosave: true });
    expect(again.version).toBe(2);
  });

  it("submitting, publishing and scheduling an incomplete draft are refused with every problem; nothing changes", async () => {
    const draft = await saveArticle(null, null, input({ title: "Tết", sapo: "Ngắn", body: [{ type: "paragraph", content: [{ text: "" }] }, { type: "image", mediaId: 0 }] }), writer);
    const before = await row(draft.id);
    const expected = [
      { field: "title", message: "Tiêu đề: cần ít nhất 5 ký tự." },
      { field: "sapo", message: "Sapo: cần ít nhất 10 ký tự." },
      { field: "categoryId", message: "Chuyên mục: chưa chọn chuyên mục." },
      { field: "bylines", message: "Tác giả: cần ít nhất một tác giả." },
      { field: "body", message: "Nội dung: bài chưa có nội dung." },
      { field: "body.1.mediaId", message: "Khối 2 (Ảnh): chưa chọn ảnh." },
    ];
    const submit = await transitionArticle(draft.id, 1, "submit", writer).catch((e: unknown) => e);
    expect(submit).toBeInstanceOf(ArticleProblemsError);
    expect(submit).toMatchObject({ message: "Chưa thể gửi duyệt: bài còn 6 vấn đề cần sửa.", problems: expected });
    await expect(transitionArticle(draft.id, 1, "publish", editor)).rejects.toMatchObject({ message: "Chưa thể xuất bản: bài còn 6 vấn đề cần sửa.", problems: expected });
    await expect(transitionArticle(draft.id, 1, "schedule", editor, { scheduledAt: new Date(Date.now() + HOUR) })).rejects.toMatchObject({
      message: "Chưa thể hẹn giờ xuất bản: bài còn 6 vấn đề cần sửa.",
      problems: expected,
    });
    expect(await row(draft.id)).toEqual(before);
    expect(await audits(draft.id)).toBe(0);
  });

  it("the category a draft was filed under by default does not count as chosen until the writer chooses one", async () => {
    const { categoryId: _none, ...rest } = complete("Bài chưa chọn chuyên mục");
    const draft = await saveArticle(null, null, input(rest), editor);
    await expect(transitionArticle(draft.id, 1, "publish", editor)).rejects.toMatchObject({ problems: [{ field: "categoryId", message: "Chuyên mục: chưa chọn chuyên mục." }] });
    const chosen = await saveArticle(draft.id, 1, input({ ...rest, categoryId: firstCategory }), editor);
    expect(await transitionArticle(draft.id, chosen.version, "publish", editor)).toMatchObject({ status: "PUBLISHED", version: 3 });
  });

  it("'Lưu và xuất bản' saves and publishes in one step; a stale version or a problem publishes and saves nothing", async () => {
    const draft = await saveArticle(null, null, input({ title: "Bản nháp đầu" }), editor);
    const before = await row(draft.id);

    const stale = await saveAndTransition(draft.id, 7, input(complete("Bài lưu và xuất bản")), "publish", editor).catch((e: unknown) => e);
    expect(stale).toBeInstanceOf(ArticleConflictError);
    expect(await row(draft.id)).toEqual(before);

    const incomplete = await saveAndTransition(draft.id, 1, input({ ...complete("Bài lưu và xuất bản"), sapo: "Ngắn" }), "publish", editor).catch((e: unknown) => e);
    expect(incomplete).toMatchObject({ problems: [{ field: "sapo", message: "Sapo: cần ít nhất 10 ký tự." }] });
    expect(await row(draft.id)).toEqual(before);
    expect(await db.prisma.revision.count({ where: { articleId: draft.id } })).toBe(1);

    const done = await saveAndTransition(draft.id, 1, input(complete("Bài lưu và xuất bản")), "publish", editor);
    expect(done).toMatchObject({ id: draft.id, version: 3, status: "PUBLISHED", slug: "ban-nhap-dau" });
    expect(done.tags).toContain("tag:luu-nhap");
    expect(await row(draft.id)).toMatchObject({ status: "PUBLISHED", version: 3, title: "Bài lưu và xuất bản", sapo: "Sapo đủ dài cho một bài thử nghiệm." });
    expect(await db.prisma.revision.count({ where: { articleId: draft.id } })).toBe(2);
  });

  it("a brand-new article can be saved and scheduled, or saved and submitted, in one step", async () => {
    const at = new Date(Date.now() + 2 * HOUR);
    const scheduled = await saveAndTransition(null, null, input(complete("Bài mới hẹn giờ ngay")), "schedule", editor, { scheduledAt: at });
    expect(scheduled).toMatchObject({ version: 2, status: "SCHEDULED" });
    expect((await row(scheduled.id)).scheduledAt?.toISOString()).toBe(at.toISOString());
    const submitted = await saveAndTransition(null, null, input(complete("Bài mới gửi duyệt ngay")), "submit", writer);
    expect(submitted).toMatchObject({ version: 2, status: "IN_REVIEW" });
    await expect(saveAndTransition(null, null, input(complete("Phóng viên không xuất bản")), "publish", writer)).rejects.toMatchObject({ status: 403 });
    expect(await db.prisma.article.count({ where: { title: "Phóng viên không xuất bản" } })).toBe(0);
  });

  it("a save that would leave a published article incomplete is refused whole; a scheduled one that became incomplete is not published when due", async () => {
    const live = await saveAndTransition(null, null, input(complete("Bài đang hiển thị")), "publish", editor);
    const before = await row(live.id);
    await expect(saveArticle(live.id, live.version, input({ ...complete("Bài đang hiển thị"), body: [{ type: "image", mediaId: 0 }] }), editor)).rejects.toMatchObject({
      message: "Chưa thể lưu bài đang hiển thị cho bạn đọc: bài còn 2 vấn đề cần sửa.",
    });
    expect(await row(live.id)).toEqual(before);

    const bare = await db.prisma.media.create({ data: { fileKey: "luu-nhap/anh.jpg", mime: "image/jpeg", width: 10, height: 10, alt: "Có mô tả" } });
    const due = await saveAndTransition(null, null, input({ ...complete("Bài hẹn giờ mất mô tả"), coverMediaId: bare.id }), "schedule", editor, { scheduledAt: new Date(Date.now() + HOUR) });
    await db.prisma.media.update({ where: { id: bare.id }, data: { alt: "" } });
    const published = await publishDue(new Date(Date.now() + 2 * HOUR));
    expect(published.map((p) => p.id)).not.toContain(due.id);
    expect(await row(due.id)).toMatchObject({ status: "SCHEDULED", publishedAt: null });
  });
});
