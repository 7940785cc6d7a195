import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/connection";
import { picksOverview, setPicks } from "@/content/rails/picks";
import { audit, listAudit } from "@/newsroom/audit";
import { countByStatus, editorOptions, getArticleForEditing, getRevision, listCategoryOptions, listNewsroomArticles, searchTitles } from "@/newsroom/articles/queries";
import { listMedia } from "@/newsroom/media/queries";
import { engines, migratedDatabase, type MigratedDatabase } from "./engines";

/**
 * The newsroom's own reads (never cached): the article list with its filters, sorts and
 * pages, the counts per status, the editor's view of one article, the related-story
 * picker, the media library search, the audit log and the editor picks. One small fixture
 * built in beforeAll; every expectation is a literal list of slugs, ids or counts.
 */
const DAY = 86_400_000;
const T = new Date("2026-10-01T08:00:00Z");
const at = (days: number) => new Date(T.getTime() + days * DAY);

describe.each(engines)("newsroom reads on %s", (engine) => {
  let fresh: MigratedDatabase;
  let db: Database;
  let writer: number;
  let editor: number;
  let sport: number;
  let football: number;
  let union: number;
  let personA: number;
  let personB: number;
  const id: Record<string, number> = {};

  beforeAll(async () => {
    fresh = await migratedDatabase(engine);
    db = fresh.db;
    const p = db.prisma;
    writer = (await p.user.create({ data: { email: "pv@test.vn", name: "Phóng Viên", passwordHash: "x", role: "WRITER" } })).id;
    editor = (await p.user.create({ data: { email: "btv@test.vn", name: "Biên Tập", passwordHash: "x", role: "EDITOR" } })).id;
    sport = (await p.category.create({ data: { name: "Thể thao", slug: "the-thao", position: 2 } })).id;
    union = (await p.category.create({ data: { name: "Công đoàn", slug: "cong-doan", position: 1 } })).id;
    football = (await p.category.create({ data: { name: "Bóng đá", slug: "bong-da", parentId: sport, position: 0 } })).id;
    personA = (await p.person.create({ data: { name: "Trần An", slug: "tran-an" } })).id;
    personB = (await p.person.create({ data: { name: "Lê Bình", slug: "le-binh" } })).id;
    const make = async (
      slug: string,
      over: { title: string; status?: "DRAFT" | "IN_REVIEW" | "PUBLISHED" | "SCHEDULED" | "UNPUBLISHED"; categoryId?: number; updatedAt: Date; publishedAt?: Date | null; createdById?: number; people?: number[] },
    ) => {
      const row = await p.article.create({
        data: {
          slug,
          title: over.title,
          sapo: "Tóm tắt.",
          body: [{ type: "paragraph", content: [{ text: "Đoạn văn." }] }],
          status: over.status ?? "DRAFT",
          categoryId: over.categoryId ?? union,
          publishedAt: over.publishedAt ?? null,
          createdById: over.createdById ?? writer,
          bylines: { create: (over.people ?? [personA]).map((personId, position) => ({ personId, role: "Bài", position })) },
        },
      });
      // updatedAt is @updatedAt: set it afterwards with SQL so the fixture decides it
      await p.$executeRaw`UPDATE articles SET updated_at = ${over.updatedAt} WHERE id = ${row.id}`;
      id[slug] = row.id;
    };
    await make("giai-bong-da", { title: "Giải bóng đá công nhân", status: "PUBLISHED", categoryId: football, updatedAt: at(1), publishedAt: at(1), people: [personB, personA] });
    await make("hoi-thao", { title: "Hội thao Công đoàn", status: "PUBLISHED", categoryId: sport, updatedAt: at(3), publishedAt: at(0) });
    await make("dai-hoi", { title: "Ngày hội Công đoàn quận", status: "PUBLISHED", updatedAt: at(2), publishedAt: at(2) });
    await make("nhap-1", { title: "Bản nháp thứ nhất", updatedAt: at(5) });
    await make("nhap-2", { title: "Bản nháp 100% mới_", updatedAt: at(4), createdById: editor, people: [personB] });
    await make("cho-duyet", { title: "Bài chờ duyệt", status: "IN_REVIEW", updatedAt: at(6) });
    await make("da-go", { title: "Bài đã gỡ về công đoàn", status: "UNPUBLISHED", updatedAt: at(7), publishedAt: null });
  }, 120_000);

  afterAll(async () => {
    await fresh?.dispose();
  });

  const slugs = (items: { slug: string }[]) => items.map((a) => a.slug);

  it("counts articles per status, of everyone or of one author", async () => {
    expect(await countByStatus()).toEqual({ PUBLISHED: 3, DRAFT: 2, IN_REVIEW: 1, UNPUBLISHED: 1 });
    expect(await countByStatus(editor)).toEqual({ DRAFT: 1 });
    expect(await countByStatus(writer)).toEqual({ PUBLISHED: 3, DRAFT: 1, IN_REVIEW: 1, UNPUBLISHED: 1 });
  });

  it("lists the most recently updated first, by default", async () => {
    const all = await listNewsroomArticles({});
    expect(slugs(all.items)).toEqual(["da-go", "cho-duyet", "nhap-1", "nhap-2", "hoi-thao", "dai-hoi", "giai-bong-da"]);
    expect(all).toMatchObject({ total: 7, page: 1, pages: 1 });
    expect(all.items[6]).toMatchObject({ title: "Giải bóng đá công nhân", status: "PUBLISHED", category: { name: "Bóng đá" } });
    expect(all.items[6].bylines).toEqual([{ role: "Bài", person: { name: "Lê Bình" } }, { role: "Bài", person: { name: "Trần An" } }]);
  });

  it("filters by status, by category (with its sub-categories), by author, by creator and by update time", async () => {
    expect(slugs((await listNewsroomArticles({ status: "DRAFT" })).items)).toEqual(["nhap-1", "nhap-2"]);
    expect(slugs((await listNewsroomArticles({ categoryId: sport })).items)).toEqual(["hoi-thao", "giai-bong-da"]);
    expect(slugs((await listNewsroomArticles({ categoryId: football })).items)).toEqual(["giai-bong-da"]);
    expect(slugs((await listNewsroomArticles({ authorId: personB })).items)).toEqual(["nhap-2", "giai-bong-da"]);
    expect(slugs((await listNewsroomArticles({ mine: editor })).items)).toEqual(["nhap-2"]);
    expect(slugs((await listNewsroomArticles({ from: at(2), to: at(5) })).items)).toEqual(["nhap-2", "hoi-thao", "dai-hoi"]);
    expect(slugs((await listNewsroomArticles({ from: at(6) })).items)).toEqual(["da-go", "cho-duyet"]);
    expect(slugs((await listNewsroomArticles({ to: at(2) })).items)).toEqual(["giai-bong-da"]);
    const both = await listNewsroomArticles({ status: "PUBLISHED", categoryId: sport, authorId: personB });
    expect(slugs(both.items)).toEqual(["giai-bong-da"]);
    expect(both.total).toBe(1);
  });

  it("finds titles without diacritics or case; LIKE wildcards in the query are plain text", async () => {
    expect(slugs((await listNewsroomArticles({ q: "  CONG DOAN " })).items)).toEqual(["da-go", "hoi-thao", "dai-hoi"]);
    expect(slugs((await listNewsroomArticles({ q: "công đoàn", status: "PUBLISHED" })).items)).toEqual(["hoi-thao", "dai-hoi"]);
    expect(slugs((await listNewsroomArticles({ q: "100%" })).items)).toEqual(["nhap-2"]);
    expect((await listNewsroomArticles({ q: "_" })).total).toBe(7); // the wildcard is dropped: matches every title
    expect((await listNewsroomArticles({ q: "khong co bai nay" })).items).toEqual([]);
  });

  it("sorts by title, or by publication (newest first, unpublished last, then highest id)", async () => {
    expect(slugs((await listNewsroomArticles({ sort: "title", status: "PUBLISHED" })).items)).toEqual(["giai-bong-da", "hoi-thao", "dai-hoi"]);
    expect(slugs((await listNewsroomArticles({ sort: "published" })).items)).toEqual(["dai-hoi", "giai-bong-da", "hoi-thao", "da-go", "cho-duyet", "nhap-2", "nhap-1"]);
    expect(slugs((await listNewsroomArticles({ sort: "updated", status: "PUBLISHED" })).items)).toEqual(["hoi-thao", "dai-hoi", "giai-bong-da"]);
  });

  it("pages by 30: a page past the end is empty, a page below 1 is page 1", async () => {
    const p = db.prisma;
    for (let i = 0; i < 55; i++) {
      await p.article.create({ data: { slug: `trang-${i}`, title: `Bài phân trang ${i}`, sapo: "", body: [], categoryId: sport, status: "SCHEDULED" } });
    }
    const first = await listNewsroomArticles({ status: "SCHEDULED", sort: "title" });
    expect(first).toMatchObject({ total: 55, page: 1, pages: 2 });
    expect(first.items).toHaveLength(30);
    const second = await listNewsroomArticles({ status: "SCHEDULED", sort: "title", page: 2 });
    expect(second.items).toHaveLength(25);
    expect(second.page).toBe(2);
    expect(new Set([...slugs(first.items), ...slugs(second.items)]).size).toBe(55);
    expect((await listNewsroomArticles({ status: "SCHEDULED", page: 3 })).items).toEqual([]);
    expect((await listNewsroomArticles({ status: "SCHEDULED", page: -4 })).page).toBe(1);
    expect((await listNewsroomArticles({ status: "SCHEDULED", page: 0 })).items).toHaveLength(30);
    await p.article.deleteMany({ where: { status: "SCHEDULED" } });
  });

  it("gives the editor an article whole: names of tags and bylines, related stories, newest revisions first", async () => {
    const p = db.prisma;
    const tag = await p.tag.create({ data: { name: "Giải đấu", slug: "giai-dau" } });
    const a = id["nhap-1"];
    await p.article.update({
      where: { id: a },
      data: {
        tags: { create: [{ tagId: tag.id }] },
        bylines: { create: [{ personId: personB, role: "Ảnh", position: 1 }] },
        relatedLinks: { create: [{ toId: id["dai-hoi"], position: 1 }, { toId: id["hoi-thao"], position: 0 }] },
        body: [{ type: "paragraph", content: [{ text: "Đoạn một." }] }, { type: "khong-biet" }],
      },
    });
    await p.$executeRaw`UPDATE articles SET updated_at = ${at(5)} WHERE id = ${a}`; // as the fixture had it
    await p.revision.create({ data: { articleId: a, version: 1, snapshot: { title: "v1" }, authorId: writer } });
    await p.revision.create({ data: { articleId: a, version: 2, snapshot: { title: "v2", autosave: true }, authorId: null } });
    const got = (await getArticleForEditing(a))!;
    expect(got).toMatchObject({ id: a, slug: "nhap-1", title: "Bản nháp thứ nhất", status: "DRAFT", categoryId: union });
    expect(got.body).toEqual([{ type: "paragraph", content: [{ text: "Đoạn một." }] }]); // the unknown block is dropped
    expect(got.tags).toEqual(["Giải đấu"]);
    expect(got.bylines).toEqual([{ name: "Trần An", role: "Bài" }, { name: "Lê Bình", role: "Ảnh" }]);
    expect(got.related).toEqual([{ id: id["hoi-thao"], title: "Hội thao Công đoàn" }, { id: id["dai-hoi"], title: "Ngày hội Công đoàn quận" }]);
    expect(got.revisions.map((r) => ({ version: r.version, author: r.author, autosave: r.autosave }))).toEqual([
      { version: 2, author: null, autosave: true },
      { version: 1, author: "Phóng Viên", autosave: false },
    ]);
    expect(await getArticleForEditing(999_999)).toBeNull();
    expect(await getRevision(a, 1)).toMatchObject({ version: 1, snapshot: { title: "v1" }, author: { name: "Phóng Viên" } });
    expect(await getRevision(a, 3)).toBeNull();
  });

  it("the related-story picker finds published titles only, without diacritics, never the article itself", async () => {
    expect(await searchTitles("cong doan")).toEqual([
      { id: id["dai-hoi"], title: "Ngày hội Công đoàn quận" },
      { id: id["hoi-thao"], title: "Hội thao Công đoàn" },
    ]);
    expect(await searchTitles("CÔNG ĐOÀN", id["dai-hoi"])).toEqual([{ id: id["hoi-thao"], title: "Hội thao Công đoàn" }]);
    expect(await searchTitles("bo")).toEqual([{ id: id["giai-bong-da"], title: "Giải bóng đá công nhân" }]); // two letters are enough
    expect(await searchTitles(" b ")).toEqual([]); // one is not
    expect(await searchTitles("%%")).toEqual([]);
    expect(await searchTitles("ban nhap")).toEqual([]); // drafts are not linked
  });

  it("category options list top-level categories first, each level by position", async () => {
    const options = await listCategoryOptions();
    expect(options.map((c) => c.name)).toEqual(["Công đoàn", "Thể thao", "Bóng đá"]);
    expect(options[2]).toEqual({ id: football, name: "Bóng đá", parentId: sport });
    const { categories, media } = await editorOptions();
    expect(categories).toEqual(options);
    expect(Array.isArray(media)).toBe(true);
  });

  it("the media library: newest first, searchable in caption, alt and credit without diacritics, with the articles using each photo", async () => {
    const p = db.prisma;
    const mk = (n: number, data: { alt: string; caption?: string; credit?: string }) =>
      p.media.create({ data: { fileKey: `thu-vien/anh-${n}.jpg`, mime: "image/jpeg", width: 10, height: 10, createdAt: at(n), ...data } });
    const a = await mk(1, { alt: "Cầu Long Biên", caption: "Buổi sáng" });
    const b = await mk(2, { alt: "Hồ Gươm", credit: "Ảnh: Lê Bình" });
    const c = await mk(3, { alt: "Phố cổ", caption: "Cầu Thê Húc đỏ" });
    await p.article.update({ where: { id: id["dai-hoi"] }, data: { coverMediaId: a.id } });
    const ids = (rows: { id: number }[]) => rows.map((r) => r.id);
    expect(ids(await listMedia(""))).toEqual([c.id, b.id, a.id]);
    expect(ids(await listMedia("cau"))).toEqual([c.id, a.id]);
    expect(ids(await listMedia("LE BINH"))).toEqual([b.id]);
    expect(ids(await listMedia("long bien buoi"))).toEqual([a.id]); // every word, in any of caption · alt · credit
    expect(ids(await listMedia("long bien ho"))).toEqual([]); // … all in one photo
    expect(ids(await listMedia("sang cau long"))).toEqual([a.id]);
    expect(ids(await listMedia("", 2))).toEqual([c.id, b.id]);
    expect((await listMedia("")).map((m) => m.fileKey)).toEqual(["thu-vien/anh-3.jpg", "thu-vien/anh-2.jpg", "thu-vien/anh-1.jpg"]);
    expect(ids(await listMedia("cau", 1))).toEqual([c.id]);
    expect(ids(await listMedia("%"))).toEqual([c.id, b.id, a.id]);
    const row = (await listMedia("long bien"))[0];
    expect(row).toMatchObject({ alt: "Cầu Long Biên", caption: "Buổi sáng", credit: null });
    expect(row.uses).toEqual({ total: 1, shown: [{ articleId: id["dai-hoi"], title: "Ngày hội Công đoàn quận", status: "PUBLISHED", position: 0, caption: null }] });
    await p.article.update({ where: { id: id["dai-hoi"] }, data: { coverMediaId: null } });
  });

  it("the audit log: newest first, filtered by action, actor and time, 50 a page with the id to continue before", async () => {
    const p = db.prisma;
    await p.auditLog.deleteMany({});
    for (let i = 0; i < 60; i++) {
      await audit({ action: i % 2 ? "user.role" : "article.publish", actorId: i < 10 ? editor : writer, targetType: "user", targetId: i, ip: "203.0.113.1" });
    }
    await p.$executeRaw`UPDATE audit_log SET created_at = ${T}::timestamptz + (target_id::int * interval '1 hour')`;
    const first = await listAudit({});
    expect(first.items).toHaveLength(50);
    expect(first.items.map((e) => e.targetId).slice(0, 3)).toEqual(["59", "58", "57"]);
    expect(first.items[49].targetId).toBe("10");
    expect(first.next).toBe(first.items[49].id);
    const rest = await listAudit({ before: first.next! });
    expect(rest.items.map((e) => e.targetId)).toEqual(["9", "8", "7", "6", "5", "4", "3", "2", "1", "0"]);
    expect(rest.next).toBeNull();
    expect(rest.items[0]).toMatchObject({ action: "user.role", targetType: "user", ip: "203.0.113.1", actor: { id: editor, name: "Biên Tập", email: "btv@test.vn" } });

    expect((await listAudit({ actorId: editor })).items.map((e) => e.targetId)).toEqual(["9", "8", "7", "6", "5", "4", "3", "2", "1", "0"]);
    expect((await listAudit({ action: "user.role", actorId: editor })).items.map((e) => e.targetId)).toEqual(["9", "7", "5", "3", "1"]);
    expect((await listAudit({ from: new Date(T.getTime() + 57 * 3_600_000) })).items.map((e) => e.targetId)).toEqual(["59", "58", "57"]);
    expect((await listAudit({ to: new Date(T.getTime() + 2 * 3_600_000) })).items.map((e) => e.targetId)).toEqual(["1", "0"]);
    const window = await listAudit({ from: new Date(T.getTime() + 3 * 3_600_000), to: new Date(T.getTime() + 5 * 3_600_000) });
    expect(window.items.map((e) => e.targetId)).toEqual(["4", "3"]);
    expect((await listAudit({ action: "article.publish" })).items).toHaveLength(30);
  });

  it("writes an audit entry with nulls for what it does not know", async () => {
    await audit({ action: "sign-out" });
    const row = await db.prisma.auditLog.findFirstOrThrow({ where: { action: "sign-out" }, orderBy: { id: "desc" } });
    expect(row).toMatchObject({ actorId: null, targetType: null, targetId: null, detail: null, ip: null });
  });

  it("editor picks: only published stories, each once, in the order given; the home lead refreshes the home page", async () => {
    await expect(setPicks("must-see", [id["dai-hoi"], id["nhap-1"]], editor)).rejects.toThrow("Chỉ chọn được bài đã xuất bản.");
    expect(await setPicks("must-see", [id["hoi-thao"], id["dai-hoi"], id["hoi-thao"]], editor)).toEqual(["rails"]);
    expect(await setPicks("home-lead", [id["giai-bong-da"]], editor)).toEqual(["home"]);
    const rows = await db.prisma.editorPick.findMany({ orderBy: [{ slot: "asc" }, { position: "asc" }], select: { slot: true, articleId: true, position: true } });
    expect(rows).toEqual([
      { slot: "home-lead", articleId: id["giai-bong-da"], position: 0 },
      { slot: "must-see", articleId: id["hoi-thao"], position: 0 },
      { slot: "must-see", articleId: id["dai-hoi"], position: 1 },
    ]);
    // replacing a slot drops its old picks
    expect(await setPicks("must-see", [id["giai-bong-da"]], editor)).toEqual(["rails"]);
    const overview = await picksOverview(2);
    expect(overview.mustSee).toEqual([id["giai-bong-da"]]);
    expect(overview.homeLead).toBe(id["giai-bong-da"]);
    // the two most recently published, plus no older pick (both picks are among them)
    expect(overview.candidates).toEqual([
      { id: id["dai-hoi"], title: "Ngày hội Công đoàn quận" },
      { id: id["giai-bong-da"], title: "Giải bóng đá công nhân" },
    ]);
    await setPicks("must-see", [id["hoi-thao"]], editor);
    // picks older than the recent stories come first, so the form can show them
    const withOlder = await picksOverview(1);
    expect(withOlder.candidates.slice(0, 2).map((c) => c.id).sort((x, y) => x - y)).toEqual([id["giai-bong-da"], id["hoi-thao"]].sort((x, y) => x - y));
    expect(withOlder.candidates.slice(2)).toEqual([{ id: id["dai-hoi"], title: "Ngày hội Công đoàn quận" }]);
    expect(withOlder.mustSee).toEqual([id["hoi-thao"]]);
    await db.prisma.editorPick.deleteMany({});
    expect(await picksOverview(1)).toEqual({ mustSee: [], homeLead: null, candidates: [{ id: id["dai-hoi"], title: "Ngày hội Công đoàn quận" }] });
  });
  it("the picks form lists each slot's picks by position (not by id or by when they were stored), older picks first with their titles", async () => {
    await db.prisma.editorPick.deleteMany({});
    // stored in the reverse of their positions
    await db.prisma.editorPick.createMany({
      data: [
        { slot: "must-see", articleId: id["hoi-thao"], position: 2 },
        { slot: "must-see", articleId: id["giai-bong-da"], position: 1 },
        { slot: "home-lead", articleId: id["hoi-thao"], position: 1 },
        { slot: "must-see", articleId: id["dai-hoi"], position: 0 },
        { slot: "home-lead", articleId: id["giai-bong-da"], position: 0 },
      ],
    });
    const overview = await picksOverview(1);
    expect(overview.mustSee).toEqual([id["dai-hoi"], id["giai-bong-da"], id["hoi-thao"]]);
    expect(overview.homeLead).toBe(id["giai-bong-da"]);
    const byId = (a: { id: number }, b: { id: number }) => a.id - b.id;
    expect(overview.candidates.slice(0, 2).sort(byId)).toEqual(
      [
        { id: id["giai-bong-da"], title: "Giải bóng đá công nhân" },
        { id: id["hoi-thao"], title: "Hội thao Công đoàn" },
      ].sort(byId),
    );
    expect(overview.candidates.slice(2)).toEqual([{ id: id["dai-hoi"], title: "Ngày hội Công đoàn quận" }]);
    await db.prisma.editorPick.deleteMany({});
  });
});
