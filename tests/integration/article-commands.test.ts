import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useDatabase } from "@/db/client";
import type { Database } from "@/db/connection";
import { migrate } from "@/db/migrate";
import { ArticleConflictError, ArticleRuleError, publishDue, saveArticle, tagsOfArticlesShowingMedia, transitionArticle, type Actor } from "@/content/article/commands";
import { articleInputSchema, type ArticleInput } from "@/content/article/schema";
import { getPublishedArticle } from "@/content/article/queries";
import { deleteMedia, MAX_UPLOAD_BYTES, uploadImage, UploadError } from "@/content/media/upload";
import { articleSlugStatus, forgetSlugStatus } from "@/content/routing/slug-status";
import { createUser } from "@/newsroom/users/commands";
import { engines, freshDatabase, type FreshDatabase } from "./engines";

describe.each(engines)("article commands on %s", (engine) => {
  let fresh: FreshDatabase;
  let db: Database;
  let writer: Actor;
  let writer2: Actor;
  let editor: Actor;
  let categoryId: number;
  const mediaDir = fs.mkdtempSync(path.join(os.tmpdir(), "newsroom-upload-"));

  const input = (over: Partial<ArticleInput> = {}): ArticleInput =>
    articleInputSchema.parse({
      title: "Công nhân Thủ đô đón Tết Sum vầy",
      sapo: "Hàng nghìn đoàn viên khó khăn được hỗ trợ vé xe, quà Tết.",
      categoryId,
      kind: "INTERVIEW",
      tags: ["Tết Sum vầy", "Đoàn viên"],
      bylines: [{ name: "Phạm Diệp", role: "Thực hiện" }],
      body: [
        { type: "interview-turn", speaker: "reporter", label: "Phóng viên", text: "Chương trình năm nay có gì mới?" },
        { type: "interview-turn", speaker: "guest", label: "Bà Nguyễn Thị A", text: "Chúng tôi mở rộng hỗ trợ." },
      ],
      ...over,
    });

  beforeAll(async () => {
    process.env.MEDIA_DIR = mediaDir;
    fresh = await freshDatabase(engine);
    db = fresh.open();
    await db.withSession((s) => migrate(s));
    useDatabase(db);
    const mk = async (email: string, role: "WRITER" | "EDITOR") => ({ id: (await createUser({ email, name: email.split("@")[0], role, password: "mat-khau-dai-du-10" }, { id: null })).id, role });
    writer = await mk("w1@test.vn", "WRITER");
    writer2 = await mk("w2@test.vn", "WRITER");
    editor = await mk("ed@test.vn", "EDITOR");
    categoryId = (await db.prisma.category.create({ data: { name: "Công đoàn", slug: "cong-doan" } })).id;
    forgetSlugStatus();
  }, 120_000);

  afterAll(async () => {
    await db?.close();
    await fresh?.dispose();
    fs.rmSync(mediaDir, { recursive: true, force: true });
  });

  it("creates a draft with a diacritics-free slug, tags and bylines made on the fly, and revision 1", async () => {
    const saved = await saveArticle(null, null, input(), writer);
    expect(saved).toMatchObject({ version: 1, slug: "cong-nhan-thu-do-don-tet-sum-vay", tags: [] });
    const row = await db.prisma.article.findUniqueOrThrow({ where: { id: saved.id }, include: { tags: { include: { tag: true } }, bylines: { include: { person: true } }, revisions: true } });
    expect(row.status).toBe("DRAFT");
    expect(row.tags.map((t) => t.tag.slug).sort()).toEqual(["doan-vien", "tet-sum-vay"]);
    expect(row.bylines[0]).toMatchObject({ role: "Thực hiện", person: { slug: "pham-diep" } });
    expect(row.revisions.map((r) => r.version)).toEqual([1]);
    const again = await saveArticle(null, null, input(), writer);
    expect(again.slug).toBe("cong-nhan-thu-do-don-tet-sum-vay-2");
  });

  it("refuses a stale version with a conflict and keeps the newer text", async () => {
    const { id } = await saveArticle(null, null, input({ title: "Bài hai người cùng sửa" }), editor);
    const first = await saveArticle(id, 1, input({ title: "Bài hai người cùng sửa", sapo: "Bản của người thứ nhất, lưu trước." }), editor);
    expect(first.version).toBe(2);
    await expect(saveArticle(id, 1, input({ title: "Bài hai người cùng sửa", sapo: "Bản của người thứ hai, lưu sau." }), editor)).rejects.toBeInstanceOf(ArticleConflictError);
    expect((await db.prisma.article.findUniqueOrThrow({ where: { id } })).sapo).toBe("Bản của người thứ nhất, lưu trước.");
    expect(await db.prisma.revision.count({ where: { articleId: id } })).toBe(2);
  });

  it("autosaves coalesce into one revision; manual saves each make one", async () => {
    const { id } = await saveArticle(null, null, input({ title: "Bài tự động lưu" }), writer);
    let version = 1;
    for (let i = 0; i < 4; i++) version = (await saveArticle(id, version, input({ title: "Bài tự động lưu", sapo: `Đang gõ lần thứ ${i} rồi đó.` }), writer, { autosave: true })).version;
    expect(await db.prisma.revision.count({ where: { articleId: id } })).toBe(2);
    version = (await saveArticle(id, version, input({ title: "Bài tự động lưu" }), writer)).version;
    expect(await db.prisma.revision.count({ where: { articleId: id } })).toBe(3);
    expect(version).toBe(6);
  });

  it("writers edit only their own drafts; editors edit anything", async () => {
    const { id } = await saveArticle(null, null, input({ title: "Bản nháp của phóng viên một" }), writer);
    await expect(saveArticle(id, 1, input({ title: "Bản nháp của phóng viên một" }), writer2)).rejects.toThrow(/bản nháp của chính mình/);
    expect((await saveArticle(id, 1, input({ title: "Bản nháp của phóng viên một" }), editor)).version).toBe(2);
  });

  it("workflow: submit → publish (with the exact cache tags) → unpublish; writers cannot publish; only drafts are deleted", async () => {
    const { id, version } = await saveArticle(null, null, input({ title: "Bài đi hết quy trình" }), writer);
    await expect(transitionArticle(id, version, "publish", writer)).rejects.toThrow(/không có quyền/);
    const submitted = await transitionArticle(id, version, "submit", writer);
    expect(submitted).toMatchObject({ status: "IN_REVIEW", tags: [] });
    const published = await transitionArticle(id, submitted.version, "publish", editor);
    expect(published.status).toBe("PUBLISHED");
    expect(published.tags).toEqual(
      ["article:bai-di-het-quy-trinh", "author:pham-diep", "category:cong-doan", "feeds", "home", "most-read", "rails", "search", "tag:doan-vien", "tag:tet-sum-vay"].sort(),
    );
    expect((await getPublishedArticle("bai-di-het-quy-trinh"))?.title).toBe("Bài đi hết quy trình");
    await expect(transitionArticle(id, published.version, "delete", editor)).rejects.toThrow(/Chỉ có thể xóa bản nháp/);
    const unpublished = await transitionArticle(id, published.version, "unpublish", editor);
    expect(unpublished.status).toBe("UNPUBLISHED");
    expect(await getPublishedArticle("bai-di-het-quy-trinh")).toBeNull();
    expect(await articleSlugStatus("bai-di-het-quy-trinh")).toEqual({ status: "gone" });
    const audit = await db.prisma.auditLog.findMany({ where: { targetId: String(id) }, orderBy: { id: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["article.publish", "article.unpublish"]);
  });

  it("renaming a published article keeps the old slug as a redirect", async () => {
    const { id, version } = await saveArticle(null, null, input({ title: "Tên cũ của bài báo" }), editor);
    const live = await transitionArticle(id, version, "publish", editor);
    const renamed = await saveArticle(id, live.version, input({ title: "Tên mới của bài báo", slug: "ten-moi-cua-bai-bao" }), editor);
    expect(renamed.tags).toContain("article:ten-cu-cua-bai-bao");
    expect(renamed.tags).toContain("article:ten-moi-cua-bai-bao");
    forgetSlugStatus();
    expect(await articleSlugStatus("ten-cu-cua-bai-bao")).toEqual({ status: "moved", slug: "ten-moi-cua-bai-bao" });
  });

  it("scheduled articles go live when due, once", async () => {
    const { id, version } = await saveArticle(null, null, input({ title: "Bài hẹn giờ đăng" }), editor);
    const now = new Date();
    await expect(transitionArticle(id, version, "schedule", editor, { scheduledAt: new Date(now.getTime() - 1000) })).rejects.toThrow(/tương lai/);
    const scheduled = await transitionArticle(id, version, "schedule", editor, { scheduledAt: new Date(now.getTime() + 60_000) });
    expect(scheduled.status).toBe("SCHEDULED");
    expect(await publishDue(now)).toEqual([]);
    const [first, second] = await Promise.all([publishDue(new Date(now.getTime() + 61_000)), publishDue(new Date(now.getTime() + 61_000))]);
    const winners = [...first, ...second];
    expect(winners.map((w) => w.id)).toEqual([id]);
    expect(winners[0].tags).toContain("home");
    expect((await db.prisma.article.findUniqueOrThrow({ where: { id } })).status).toBe("PUBLISHED");
  });

  it("uploads: checks the content, not the name; refuses too large and corrupt files; keeps used media", async () => {
    const jpeg = await sharp({ create: { width: 900, height: 600, channels: 3, background: "#c33" } }).jpeg().withMetadata({ orientation: 6 }).toBuffer();
    const media = await uploadImage({ bytes: jpeg, name: "anh.txt" }, { alt: "Ảnh thử", uploadedById: editor.id });
    expect(media).toMatchObject({ width: 600, height: 900 }); // EXIF orientation applied
    expect(media.variants).toEqual([320, 480, 600]);
    const stored = await sharp(path.join(mediaDir, media.fileKey)).metadata();
    expect(stored.orientation).toBeUndefined(); // EXIF stripped
    await expect(uploadImage({ bytes: Buffer.from("GIF89a not really"), name: "anh.jpg" }, { uploadedById: editor.id })).rejects.toMatchObject({ status: 415 });
    await expect(uploadImage({ bytes: jpeg.subarray(0, 200), name: "hong.jpg" }, { uploadedById: editor.id })).rejects.toBeInstanceOf(UploadError);
    const gif = await sharp({ create: { width: 10, height: 10, channels: 3, background: "#000" } }).gif().toBuffer();
    await expect(uploadImage({ bytes: gif, name: "a.gif" }, { uploadedById: editor.id })).rejects.toThrow(/JPEG, PNG hoặc WebP/);
    await expect(uploadImage({ bytes: Buffer.alloc(MAX_UPLOAD_BYTES + 1), name: "to.jpg" }, { uploadedById: editor.id })).rejects.toMatchObject({ status: 413 });

    const { id, version } = await saveArticle(null, null, input({ title: "Bài có ảnh trong thân", body: [{ type: "image", mediaId: media.id, caption: "Chú thích riêng" }] }), editor);
    await expect(deleteMedia(media.id)).rejects.toThrow(/đang được dùng/);
    await db.prisma.media.update({ where: { id: media.id }, data: { alt: "" } });
    await expect(transitionArticle(id, version, "publish", editor)).rejects.toBeInstanceOf(ArticleRuleError);
  });

  it("a photo's library change refreshes exactly the published articles that show it (cover or body)", async () => {
    const png = await sharp({ create: { width: 400, height: 300, channels: 3, background: "#36c" } }).png().toBuffer();
    const photo = await uploadImage({ bytes: png, name: "anh.png" }, { alt: "Ảnh chung", uploadedById: editor.id });
    const other = await uploadImage({ bytes: png, name: "khac.png" }, { alt: "Ảnh khác", uploadedById: editor.id });
    const cover = await saveArticle(null, null, input({ title: "Bài dùng ảnh làm ảnh đại diện", tags: ["Ảnh bìa"], coverMediaId: photo.id }), editor);
    await transitionArticle(cover.id, cover.version, "publish", editor);
    const inBody = await saveArticle(null, null, input({ title: "Bài có ảnh trong thân bài", tags: [], body: [{ type: "image", mediaId: photo.id, caption: "" }] }), editor);
    await transitionArticle(inBody.id, inBody.version, "publish", editor);
    await saveArticle(null, null, input({ title: "Bản nháp cũng dùng ảnh này", tags: ["Nháp riêng"], coverMediaId: photo.id }), editor);
    const elsewhere = await saveArticle(null, null, input({ title: "Bài dùng ảnh khác hẳn", tags: ["Ảnh khác"], coverMediaId: other.id }), editor);
    await transitionArticle(elsewhere.id, elsewhere.version, "publish", editor);
    expect(await tagsOfArticlesShowingMedia(photo.id)).toEqual(
      ["article:bai-co-anh-trong-than-bai", "article:bai-dung-anh-lam-anh-dai-dien", "author:pham-diep", "category:cong-doan", "feeds", "home", "most-read", "rails", "search", "tag:anh-bia"].sort(),
    );
  });
});
