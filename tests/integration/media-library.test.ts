import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { saveArticle, type Actor } from "@/content/article/commands";
import { articleInputSchema, type ArticleInput } from "@/content/article/schema";
import type { BlockInput } from "@/content/blocks/schema";
import { deleteMedia, uploadImage, UploadError } from "@/content/media/upload";
import { migrate, MIGRATIONS_DIR } from "@/db/migrate";
import { listMedia } from "@/newsroom/media/queries";
import { engines, freshDatabase, migratedDatabase, type MigratedDatabase } from "./engines";

/**
 * The media library finds a photo by what was typed where articles use it: the caption,
 * credit and alt of its photo blocks and the cover caption, in drafts too, without
 * diacritics; its file name; and shows, per photo, the articles using it. The uses are
 * kept by database triggers on every article write (here: the editor's saveArticle and
 * plain updates and deletes) and filled for articles that existed before the migration.
 */
const T = new Date("2026-11-01T08:00:00Z");

describe.each(engines)("media library search on %s", (engine) => {
  let fresh: MigratedDatabase;
  let writer: Actor;
  let categoryId: number;
  const photo: Record<string, number> = {};

  const input = (body: BlockInput[], over: Partial<ArticleInput> = {}): ArticleInput =>
    articleInputSchema.parse({
      title: "Công nhân Thủ đô đón Tết Sum vầy",
      sapo: "Hàng nghìn đoàn viên khó khăn được hỗ trợ vé xe, quà Tết.",
      categoryId,
      kind: "NEWS",
      bylines: [{ name: "Phạm Diệp", role: "Bài" }],
      body: [{ type: "paragraph", content: [{ text: "Mở đầu." }] }, ...body],
      ...over,
    });
  const ids = (rows: { id: number }[]) => rows.map((r) => r.id);

  beforeAll(async () => {
    fresh = await migratedDatabase(engine);
    const p = fresh.db.prisma;
    writer = { id: (await p.user.create({ data: { email: "pv@test.vn", name: "Phóng Viên", passwordHash: "x", role: "WRITER" } })).id, role: "WRITER" };
    categoryId = (await p.category.create({ data: { name: "Công đoàn", slug: "cong-doan" } })).id;
    const mk = async (name: string, n: number, data: { alt?: string; caption?: string; fileName?: string }) =>
      (photo[name] = (await p.media.create({ data: { fileKey: `uploads/2026/11/${name}.jpg`, mime: "image/jpeg", width: 10, height: 10, createdAt: new Date(T.getTime() + n * 60_000), alt: "", ...data } })).id);
    await mk("a", 1, { alt: "Ảnh số một" });
    await mk("b", 2, { alt: "Ảnh số hai", fileName: "Hồ-Gươm_hoàng-hôn.jpg" });
    await mk("c", 3, { alt: "Ảnh số ba", caption: "Công trường buổi sớm" });
  }, 120_000);

  afterAll(async () => {
    await fresh?.dispose();
  });

  it("finds a photo by the caption typed only in a draft, without diacritics, and follows its edits", async () => {
    expect(ids(await listMedia("vanh dai"))).toEqual([]);
    const caption = (text: string, alt?: string): BlockInput[] => [{ type: "image", mediaId: photo.a, caption: text, alt }];
    const draft = await saveArticle(null, null, input(caption("Công nhân trên công trường Vành đai 4")), writer);

    expect(ids(await listMedia("vanh dai"))).toEqual([photo.a]);
    expect(ids(await listMedia("CONG TRUONG"))).toEqual([photo.c, photo.a]); // newest first: c's library caption, a's typed one
    expect(ids(await listMedia("vành đai 4 công nhân"))).toEqual([photo.a]); // every word, in any order
    expect(ids(await listMedia("vanh dai 5"))).toEqual([]);

    const second = await saveArticle(draft.id, draft.version, input(caption("Thợ hàn ca đêm", "Người thợ hàn dưới ánh đèn")), writer);
    expect(ids(await listMedia("vanh dai"))).toEqual([]);
    expect(ids(await listMedia("tho han ca dem"))).toEqual([photo.a]);
    expect(ids(await listMedia("anh den"))).toEqual([photo.a]); // the alt typed in the article

    // the library's own fields are unchanged
    expect(await fresh.db.prisma.media.findUniqueOrThrow({ where: { id: photo.a }, select: { caption: true, alt: true } })).toEqual({ caption: null, alt: "Ảnh số một" });

    await saveArticle(draft.id, second.version, input([]), writer);
    expect(ids(await listMedia("tho han"))).toEqual([]);
  });

  it("finds a photo by its file name and by a cover caption; lists where each photo is used", async () => {
    expect(ids(await listMedia("ho guom hoang hon"))).toEqual([photo.b]);
    expect(ids(await listMedia("uploads/2026/11/c"))).toEqual([photo.c]);

    const withCover = await saveArticle(null, null, input([{ type: "image", mediaId: photo.b, caption: "Hồ Gươm lúc chiều tà", credit: "Hải Nam" }], { title: "Hồ Gươm mùa thu Hà Nội", coverMediaId: photo.c, coverCaption: "Sương sớm trên phố" }), writer);
    const row = await fresh.db.prisma.article.findUniqueOrThrow({ where: { id: withCover.id }, select: { title: true } });
    expect(ids(await listMedia("suong som"))).toEqual([photo.c]);
    expect(ids(await listMedia("hai nam"))).toEqual([photo.b]); // the credit typed in the article

    const listed = await listMedia("");
    expect(ids(listed)).toEqual([photo.c, photo.b, photo.a]);
    expect(listed.map((m) => m.uses)).toEqual([
      { total: 1, shown: [{ articleId: withCover.id, title: row.title, status: "DRAFT", position: 0, caption: "Sương sớm trên phố" }] },
      { total: 1, shown: [{ articleId: withCover.id, title: row.title, status: "DRAFT", position: 2, caption: "Hồ Gươm lúc chiều tà" }] },
      { total: 0, shown: [] },
    ]);

    // a plain update (not through the editor) is followed too; a delete removes the uses
    await fresh.db.prisma.article.update({ where: { id: withCover.id }, data: { coverCaption: "Phố cổ lúc bình minh" } });
    expect(ids(await listMedia("suong som"))).toEqual([]);
    expect(ids(await listMedia("binh minh"))).toEqual([photo.c]);
    await fresh.db.prisma.article.delete({ where: { id: withCover.id } });
    expect(ids(await listMedia("binh minh"))).toEqual([]);
    expect((await listMedia("")).map((m) => m.uses.total)).toEqual([0, 0, 0]);
  });

  it("a photo without a library alt takes the alt of its first described use; a described photo keeps its own", async () => {
    const p = fresh.db.prisma;
    const altOf = async (id: number) => (await p.media.findUniqueOrThrow({ where: { id }, select: { alt: true } })).alt;
    const dropped = (await p.media.create({ data: { fileKey: "uploads/2026/11/keo-tha.jpg", mime: "image/jpeg", width: 10, height: 10, alt: "" } })).id;
    const draft = await saveArticle(null, null, input([{ type: "image", mediaId: dropped, caption: "Ảnh vừa kéo thả" }]), writer);
    expect(await altOf(dropped)).toBe(""); // not described yet

    const described = await saveArticle(
      draft.id,
      draft.version,
      input([
        { type: "image", mediaId: photo.b, alt: "Mô tả riêng của bài" },
        { type: "image", mediaId: dropped, alt: "Công nhân hàn thép" },
        { type: "image", mediaId: dropped, alt: "Lần dùng thứ hai" },
      ]),
      writer,
    );
    expect(await altOf(dropped)).toBe("Công nhân hàn thép"); // the first use that has one
    expect(await altOf(photo.b)).toBe("Ảnh số hai"); // a library alt is never replaced

    await saveArticle(draft.id, described.version, input([{ type: "image", mediaId: dropped, alt: "Mô tả khác" }]), writer);
    expect(await altOf(dropped)).toBe("Công nhân hàn thép");
    await p.article.delete({ where: { id: draft.id } });
  });

  it("a draft may name a photo that is not in the library (an empty photo block): it saves, and no use is recorded", async () => {
    const saved = await saveArticle(null, null, input([{ type: "image", mediaId: 999_999, caption: "Ảnh chưa có" }]), writer);
    await fresh.db.prisma.article.update({ where: { id: saved.id }, data: { body: [{ type: "image", mediaId: 0, caption: "Ảnh chưa có" }, { type: "image", mediaId: "x" }, "rác", null] } });
    expect(ids(await listMedia("chua co"))).toEqual([]);
    await fresh.db.prisma.article.delete({ where: { id: saved.id } });
  });
});

describe.each(engines)("uploads into the library on %s", (engine) => {
  let fresh: MigratedDatabase;
  let writer: Actor;
  let categoryId: number;
  let jpeg: Buffer;
  const mediaDir = fs.mkdtempSync(path.join(os.tmpdir(), "media-library-uploads-"));
  const savedMediaDir = process.env.MEDIA_DIR;

  beforeAll(async () => {
    process.env.MEDIA_DIR = mediaDir;
    fresh = await migratedDatabase(engine);
    const p = fresh.db.prisma;
    writer = { id: (await p.user.create({ data: { email: "tai-anh@test.vn", name: "Tải Ảnh", passwordHash: "x", role: "WRITER" } })).id, role: "WRITER" };
    categoryId = (await p.category.create({ data: { name: "Ảnh", slug: "anh" } })).id;
    jpeg = await sharp({ create: { width: 1000, height: 500, channels: 3, background: "#2a6" } }).jpeg().toBuffer();
  }, 120_000);

  afterAll(async () => {
    vi.useRealTimers();
    await fresh?.dispose();
    if (savedMediaDir === undefined) delete process.env.MEDIA_DIR;
    else process.env.MEDIA_DIR = savedMediaDir;
    fs.rmSync(mediaDir, { recursive: true, force: true });
  });

  it("keeps the texts trimmed, alt at most 500, caption 1000 and credit 200 characters; empty ones as '' (alt) or null", async () => {
    const media = await uploadImage(
      { bytes: jpeg, name: "C:\\Ảnh\\ho-guom.jpg" },
      { alt: `  ${"a".repeat(600)}  `, caption: `  ${"c".repeat(1200)}`, credit: ` ${"d".repeat(300)} `, uploadedById: writer.id },
    );
    expect(media).toEqual({
      id: expect.any(Number),
      fileKey: expect.stringMatching(/^uploads\/\d{4}\/\d{2}\/[0-9a-f]{16}\.jpg$/),
      alt: "a".repeat(500),
      caption: "c".repeat(1000),
      credit: "d".repeat(200),
      width: 1000,
      height: 500,
      variants: [320, 480, 768, 1000],
    });
    const row = await fresh.db.prisma.media.findUniqueOrThrow({ where: { id: media.id } });
    expect(row).toMatchObject({ alt: "a".repeat(500), caption: "c".repeat(1000), credit: "d".repeat(200), fileName: "ho-guom.jpg", mime: "image/jpeg", uploadedById: writer.id });

    const trimmed = await uploadImage({ bytes: jpeg, name: "a.jpg" }, { alt: "  Hồ Gươm  ", caption: " Sương sớm ", credit: "  Hải Nam ", uploadedById: writer.id });
    expect(trimmed).toMatchObject({ alt: "Hồ Gươm", caption: "Sương sớm", credit: "Hải Nam" });
    const blank = await uploadImage({ bytes: jpeg, name: "b.jpg" }, { alt: "   ", caption: "   ", credit: "", uploadedById: writer.id });
    expect(blank).toMatchObject({ alt: "", caption: null, credit: null });
    const none = await uploadImage({ bytes: jpeg, name: "c.jpg" }, { uploadedById: writer.id });
    expect(none).toMatchObject({ alt: "", caption: null, credit: null });
  });

  it("files an upload under uploads/<UTC year>/<two-digit UTC month>/<16 hex digits>.jpg", async () => {
    const keyAt = async (now: string) => {
      vi.useFakeTimers({ toFake: ["Date"] });
      vi.setSystemTime(new Date(now));
      try {
        return (await uploadImage({ bytes: jpeg, name: "a.jpg" }, { alt: "x", uploadedById: writer.id })).fileKey;
      } finally {
        vi.useRealTimers();
      }
    };
    const march = await keyAt("2026-03-05T10:00:00Z");
    expect(march).toMatch(/^uploads\/2026\/03\/[0-9a-f]{16}\.jpg$/);
    expect(fs.existsSync(path.join(mediaDir, march))).toBe(true);
    expect(fs.existsSync(path.join(mediaDir, march.replace(/\.jpg$/, "-320.webp")))).toBe(true);
    expect(await keyAt("2026-01-31T23:59:00Z")).toMatch(/^uploads\/2026\/01\/[0-9a-f]{16}\.jpg$/);
    expect(await keyAt("2026-12-01T00:00:00Z")).toMatch(/^uploads\/2026\/12\/[0-9a-f]{16}\.jpg$/);
    expect(await keyAt("2027-01-01T06:00:00+07:00")).toMatch(/^uploads\/2026\/12\/[0-9a-f]{16}\.jpg$/); // 23:00 UTC on 31 December
    expect(await keyAt("2026-03-05T10:00:00Z")).not.toBe(march); // a new key for every upload
  });

  it("refuses to delete a photo an article shows in its body; deletes one no article shows", async () => {
    const used = await uploadImage({ bytes: jpeg, name: "dung.jpg" }, { alt: "Ảnh đang dùng", uploadedById: writer.id });
    const unused = await uploadImage({ bytes: jpeg, name: "le.jpg" }, { alt: "Ảnh lẻ", uploadedById: writer.id });
    const article = await saveArticle(
      null,
      null,
      articleInputSchema.parse({
        title: "Bài có ảnh trong thân bài",
        sapo: "Sapo đủ dài cho một bài có ảnh.",
        categoryId,
        kind: "NEWS",
        bylines: [{ name: "Phạm Diệp", role: "Bài" }],
        body: [{ type: "paragraph", content: [{ text: "Mở đầu." }] }, { type: "image", mediaId: used.id, caption: "Ảnh trong bài" }],
      }),
      writer,
    );
    const refusal = await deleteMedia(used.id).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(UploadError);
    expect(refusal).toMatchObject({ status: 400, message: "Ảnh đang được dùng trong bài viết nên không thể xóa." });
    expect(await fresh.db.prisma.media.count({ where: { id: used.id } })).toBe(1);

    await deleteMedia(unused.id); // another article's photo blocks are no use of this one
    expect(await fresh.db.prisma.media.count({ where: { id: unused.id } })).toBe(0);

    await fresh.db.prisma.article.delete({ where: { id: article.id } });
    await deleteMedia(used.id);
    expect(await fresh.db.prisma.media.count({ where: { id: used.id } })).toBe(0);
  });
});

describe.each(engines)("the media uses migration on %s", (engine) => {
  it("fills the uses of the articles already there", async () => {
    const fresh = await freshDatabase(engine);
    const db = fresh.open();
    const before = fs.mkdtempSync(path.join(os.tmpdir(), "migrations-before-"));
    try {
      for (const name of fs.readdirSync(MIGRATIONS_DIR).filter((n) => /^\d{14}_/.test(n) && n < "20261126180000")) {
        fs.cpSync(path.join(MIGRATIONS_DIR, name), path.join(before, name), { recursive: true });
      }
      await db.withSession(async (s) => {
        await migrate(s, before);
        await s.exec(`
          INSERT INTO categories (id, name, slug, updated_at) VALUES (1, 'Công đoàn', 'cong-doan', now());
          INSERT INTO media (id, file_key, mime, width, height, alt) VALUES (7, 'seed/anh-7.jpg', 'image/jpeg', 10, 10, 'Ảnh bảy'), (8, 'seed/anh-8.jpg', 'image/jpeg', 10, 10, '');
          INSERT INTO articles (id, title, slug, sapo, body, category_id, cover_media_id, updated_at)
            VALUES (1, 'Bài cũ', 'bai-cu', 'Sapo của bài cũ.', '[{"type":"image","mediaId":7,"caption":"Đêm hội Trăng rằm"},{"type":"image","mediaId":8,"alt":"Rước đèn ông sao"},{"type":"image","mediaId":7,"alt":"Không thay"}]', 1, 7, now());`);
        expect(await migrate(s)).toEqual(["20261126180000_media_uses", "20261126210000_media_alt_from_first_use"]);
        expect(await s.query(`SELECT article_id, position, media_id, caption FROM media_uses ORDER BY position`)).toEqual([
          { article_id: 1, position: 0, media_id: 7, caption: null },
          { article_id: 1, position: 1, media_id: 7, caption: "Đêm hội Trăng rằm" },
          { article_id: 1, position: 2, media_id: 8, caption: null },
          { article_id: 1, position: 3, media_id: 7, caption: null },
        ]);
        // photos used with an alt and without one of their own take it
        expect(await s.query(`SELECT id, alt FROM media ORDER BY id`)).toEqual([
          { id: 7, alt: "Ảnh bảy" },
          { id: 8, alt: "Rước đèn ông sao" },
        ]);
      });
    } finally {
      fs.rmSync(before, { recursive: true, force: true });
      await db.close();
      await fresh.dispose();
    }
  }, 120_000);
});
