import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/connection";
import { ArticleConflictError, ArticleRuleError, publishDue, saveArticle, transitionArticle, type Actor, type Transition } from "@/content/article/commands";
import { articleInputSchema, type ArticleFormValues, type ArticleInput } from "@/content/article/schema";
import { createUser } from "@/newsroom/users/commands";
import { engines, migratedDatabase, type MigratedDatabase } from "./engines";

/**
 * The article workflow as a table written out by hand (which step is allowed from which
 * state), and the details of a write: what a revision records, when autosaves coalesce
 * (same author, within 10 minutes), how slugs stay unique (old addresses included), what
 * the audit log keeps, which publication time a story gets, and what is refused before
 * publication. Clocks are passed in where the rule is about time.
 */
type Status = "DRAFT" | "IN_REVIEW" | "SCHEDULED" | "PUBLISHED" | "UNPUBLISHED";
const STATUSES: Status[] = ["DRAFT", "IN_REVIEW", "SCHEDULED", "PUBLISHED", "UNPUBLISHED"];
/** From each state, the steps an editor may take, and the state each leads to. */
const ALLOWED: Record<Status, Partial<Record<Transition, Status | "DELETED">>> = {
  DRAFT: { submit: "IN_REVIEW", publish: "PUBLISHED", schedule: "SCHEDULED", delete: "DELETED" },
  IN_REVIEW: { publish: "PUBLISHED", schedule: "SCHEDULED", delete: "DELETED" },
  SCHEDULED: { publish: "PUBLISHED", schedule: "SCHEDULED", unpublish: "UNPUBLISHED" },
  PUBLISHED: { unpublish: "UNPUBLISHED" },
  UNPUBLISHED: { publish: "PUBLISHED", schedule: "SCHEDULED" },
};
const TRANSITIONS: Transition[] = ["submit", "publish", "schedule", "unpublish", "delete"];
const HOUR = 3_600_000;

describe.each(engines)("article workflow on %s", (engine) => {
  let fresh: MigratedDatabase;
  let db: Database;
  let writer: Actor;
  let writer2: Actor;
  let editor: Actor;
  let categoryId: number;

  const form = (title: string, over: Partial<ArticleFormValues> = {}): ArticleFormValues => ({
    title,
    sapo: "Sapo đủ dài cho một bài thử nghiệm.",
    categoryId,
    kind: "NEWS",
    tags: ["Quy trình"],
    bylines: [{ name: "Đỗ Hà", role: "Bài" }],
    body: [{ type: "paragraph", content: [{ text: "Đoạn văn." }] }],
    ...over,
  });
  const input = (title: string, over: Partial<ArticleFormValues> = {}): ArticleInput => articleInputSchema.parse(form(title, over));
  const row = (id: number) => db.prisma.article.findUnique({ where: { id }, select: { status: true, version: true, publishedAt: true, scheduledAt: true, slug: true } });

  /** A story of `editor` brought to `status` directly in the database (version 1). */
  const storyIn = async (status: Status, title: string) => {
    const { id } = await saveArticle(null, null, input(title), editor);
    await db.prisma.article.update({
      where: { id },
      data: {
        status,
        publishedAt: status === "PUBLISHED" || status === "UNPUBLISHED" ? new Date("2026-01-02T03:04:05Z") : null,
        scheduledAt: status === "SCHEDULED" ? new Date(Date.now() + 24 * HOUR) : null,
      },
    });
    return id;
  };

  beforeAll(async () => {
    fresh = await migratedDatabase(engine);
    db = fresh.db;
    const mk = async (email: string, role: "WRITER" | "EDITOR") => ({ id: (await createUser({ email, name: email.split("@")[0], role, password: "mat-khau-dai-du-10" }, { id: null })).id, role, ip: "192.0.2.44" });
    writer = await mk("pv1@test.vn", "WRITER");
    writer2 = await mk("pv2@test.vn", "WRITER");
    editor = await mk("btv@test.vn", "EDITOR");
    categoryId = (await db.prisma.category.create({ data: { name: "Quy trình", slug: "quy-trinh" } })).id;
  }, 120_000);

  afterAll(async () => {
    await fresh?.dispose();
  });

  describe("which step is allowed from which state", () => {
    const cases = STATUSES.flatMap((from) => TRANSITIONS.map((transition) => ({ from, transition, to: ALLOWED[from][transition] ?? null })));
    it.each(cases)("$transition from $from → $to", async ({ from, transition, to }) => {
      const id = await storyIn(from, `Bài ${transition} từ ${from.toLowerCase()}`);
      const scheduledAt = new Date(Date.now() + 48 * HOUR);
      const attempt = transitionArticle(id, 1, transition, editor, { scheduledAt });
      if (to === null) {
        await expect(attempt).rejects.toThrow(transition === "delete" ? "Chỉ có thể xóa bản nháp." : "Thao tác không phù hợp với trạng thái hiện tại của bài.");
        expect(await row(id)).toMatchObject({ status: from, version: 1 });
        return;
      }
      expect(await attempt).toMatchObject({ status: to, version: to === "DELETED" ? 1 : 2 });
      if (to === "DELETED") expect(await row(id)).toBeNull();
      else expect(await row(id)).toMatchObject({ status: to, version: 2 });
    });
  });

  describe("what each step records", () => {
    it("publishing keeps the first publication time, clears a schedule and audits the title", async () => {
      const now = new Date("2026-11-20T10:00:00Z");
      const fresh1 = await storyIn("DRAFT", "Bài xuất bản lần đầu");
      await transitionArticle(fresh1, 1, "publish", editor, { now });
      expect(await row(fresh1)).toMatchObject({ status: "PUBLISHED", publishedAt: now, scheduledAt: null });
      const again = await storyIn("UNPUBLISHED", "Bài xuất bản lại");
      await transitionArticle(again, 1, "publish", editor, { now });
      expect((await row(again))!.publishedAt).toEqual(new Date("2026-01-02T03:04:05Z"));
      const early = await storyIn("SCHEDULED", "Bài hẹn giờ nhưng đăng ngay");
      await transitionArticle(early, 1, "publish", editor, { now });
      expect(await row(early)).toMatchObject({ status: "PUBLISHED", publishedAt: now, scheduledAt: null });
      const entry = await db.prisma.auditLog.findFirstOrThrow({ where: { action: "article.publish", targetId: String(fresh1) } });
      expect(entry).toMatchObject({ actorId: editor.id, targetType: "article", ip: "192.0.2.44", detail: { title: "Bài xuất bản lần đầu" } });
    });

    it("scheduling needs a time strictly after now, records it, and audits it", async () => {
      const now = new Date("2026-11-20T10:00:00Z");
      const id = await storyIn("DRAFT", "Bài hẹn giờ đúng hạn");
      await expect(transitionArticle(id, 1, "schedule", editor, { now, scheduledAt: now })).rejects.toMatchObject({ message: "Thời điểm hẹn giờ phải ở tương lai.", field: "scheduledAt" });
      await expect(transitionArticle(id, 1, "schedule", editor, { now })).rejects.toThrow("Thời điểm hẹn giờ phải ở tương lai.");
      const at = new Date(now.getTime() + 1);
      expect(await transitionArticle(id, 1, "schedule", editor, { now, scheduledAt: at })).toMatchObject({ status: "SCHEDULED", version: 2, tags: [] });
      expect(await row(id)).toMatchObject({ scheduledAt: at, publishedAt: null });
      const entry = await db.prisma.auditLog.findFirstOrThrow({ where: { action: "article.schedule", targetId: String(id) } });
      expect(entry.detail).toEqual({ title: "Bài hẹn giờ đúng hạn", at: at.toISOString() });
    });

    it("unpublishing clears the schedule; submitting is not audited; deleting audits the title", async () => {
      const s = await storyIn("SCHEDULED", "Bài hẹn giờ bị gỡ");
      await transitionArticle(s, 1, "unpublish", editor);
      expect(await row(s)).toMatchObject({ status: "UNPUBLISHED", scheduledAt: null });
      const { id: mine, version } = await saveArticle(null, null, input("Bài gửi duyệt không ghi nhật ký"), writer);
      await transitionArticle(mine, version, "submit", writer);
      expect(await db.prisma.auditLog.count({ where: { targetId: String(mine) } })).toBe(0);
      const d = await storyIn("IN_REVIEW", "Bài chờ duyệt bị xóa");
      expect(await transitionArticle(d, 1, "delete", editor)).toEqual({ version: 1, status: "DELETED", tags: [] });
      const entry = await db.prisma.auditLog.findFirstOrThrow({ where: { action: "article.delete", targetId: String(d) } });
      expect(entry).toMatchObject({ actorId: editor.id, targetType: "article", detail: { title: "Bài chờ duyệt bị xóa" } });
    });

    it("a writer submits only their own draft; nobody acts on a story that does not exist", async () => {
      const { id, version } = await saveArticle(null, null, input("Bài của phóng viên một"), writer);
      await expect(transitionArticle(id, version, "submit", writer2)).rejects.toMatchObject({ message: "Bạn chỉ có thể gửi duyệt bài của chính mình.", status: 403 });
      expect((await transitionArticle(id, version, "submit", editor)).status).toBe("IN_REVIEW"); // editors may
      await expect(transitionArticle(2_000_000, 1, "publish", editor)).rejects.toMatchObject({ message: "Không tìm thấy bài viết.", status: 404 });
      await expect(transitionArticle(id, 2, "unpublish", writer)).rejects.toMatchObject({ message: "Bạn không có quyền thực hiện thao tác này.", status: 403 });
    });

    it("a stale version is a conflict that says which version is current", async () => {
      const id = await storyIn("DRAFT", "Bài phiên bản cũ");
      const error = await transitionArticle(id, 7, "publish", editor).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ArticleConflictError);
      expect((error as ArticleConflictError).current.version).toBe(1);
      expect((error as Error).message).toBe("Bài viết vừa được người khác lưu. Bản của bạn chưa được lưu để không ghi đè lên bản mới hơn.");
      const saveConflict = await saveArticle(id, 5, input("Bài phiên bản cũ"), editor).catch((e: unknown) => e);
      expect(saveConflict).toBeInstanceOf(ArticleConflictError);
      expect((saveConflict as ArticleConflictError).current).toMatchObject({ version: 1, by: "btv" });
    });
  });

  describe("publication needs alt text on every photo", () => {
    const photo = (alt: string) => db.prisma.media.create({ data: { fileKey: `quy-trinh/anh-${Math.random().toString(36).slice(2)}.jpg`, mime: "image/jpeg", width: 10, height: 10, alt } });

    it("a body photo with no alt anywhere, or a cover with no alt, blocks publishing and scheduling", async () => {
      const bare = await photo("");
      const { id, version } = await saveArticle(null, null, input("Bài có ảnh thiếu mô tả", { body: [{ type: "image", mediaId: bare.id, caption: "" }] }), editor);
      await expect(transitionArticle(id, version, "publish", editor)).rejects.toMatchObject({
        message: "Chưa thể xuất bản: bài còn 1 vấn đề cần sửa.",
        field: "body",
        problems: [{ field: "body.0.alt", message: "Khối 1 (Ảnh): thiếu mô tả ảnh (alt)." }],
      });
      await expect(transitionArticle(id, version, "schedule", editor, { scheduledAt: new Date(Date.now() + HOUR) })).rejects.toBeInstanceOf(ArticleRuleError);
      const cover = await saveArticle(null, null, input("Bài có ảnh bìa thiếu mô tả", { coverMediaId: bare.id }), editor);
      await expect(transitionArticle(cover.id, cover.version, "publish", editor)).rejects.toMatchObject({
        problems: [{ field: "coverMediaId", message: "Ảnh đại diện: ảnh chưa có mô tả (alt) trong thư viện ảnh." }],
      });
    });

    it("an alt given in the block itself, or in the library, is enough", async () => {
      const bare = await photo("");
      const described = await photo("Cầu Long Biên");
      const own = await saveArticle(null, null, input("Bài có mô tả trong khối ảnh", { body: [{ type: "image", mediaId: bare.id, caption: "", alt: "Mô tả riêng" }] }), editor);
      expect((await transitionArticle(own.id, own.version, "publish", editor)).status).toBe("PUBLISHED");
      const lib = await saveArticle(null, null, input("Bài có ảnh đủ mô tả", { coverMediaId: described.id, body: [{ type: "image", mediaId: described.id, caption: "" }] }), editor);
      expect((await transitionArticle(lib.id, lib.version, "publish", editor)).status).toBe("PUBLISHED");
    });
  });

  describe("saves", () => {
    it("record a revision with the form, the status and whether it was an autosave", async () => {
      const { id } = await saveArticle(null, null, input("Bài ghi phiên bản", { seoTitle: "SEO" }), writer, { autosave: true });
      const [first] = await db.prisma.revision.findMany({ where: { articleId: id } });
      expect(first).toMatchObject({ version: 1, authorId: writer.id });
      expect(first.snapshot).toMatchObject({ title: "Bài ghi phiên bản", seoTitle: "SEO", status: "DRAFT", autosave: true, tags: ["Quy trình"] });
      const row = await db.prisma.article.findUniqueOrThrow({ where: { id }, select: { createdById: true, seoTitle: true, seoDescription: true, coverCaption: true, coverMediaId: true, kind: true } });
      expect(row).toEqual({ createdById: writer.id, seoTitle: "SEO", seoDescription: null, coverCaption: null, coverMediaId: null, kind: "NEWS" });
    });

    it("autosaves coalesce only for the same author, while the last revision is an autosave younger than 10 minutes", async () => {
      const { id } = await saveArticle(null, null, input("Bài tự lưu nhiều người"), writer);
      const versions = async () => (await db.prisma.revision.findMany({ where: { articleId: id }, orderBy: { version: "asc" }, select: { version: true, authorId: true, snapshot: true } })).map((r) => [r.version, r.authorId, (r.snapshot as { autosave: boolean }).autosave]);
      await saveArticle(id, 1, input("Bài tự lưu nhiều người", { sapo: "Tự lưu lần một của người viết." }), writer, { autosave: true }); // after a manual save: new
      await saveArticle(id, 2, input("Bài tự lưu nhiều người", { sapo: "Tự lưu lần hai của người viết." }), writer, { autosave: true }); // coalesced into v2 → v3
      expect(await versions()).toEqual([[1, writer.id, false], [3, writer.id, true]]);
      await saveArticle(id, 3, input("Bài tự lưu nhiều người", { sapo: "Biên tập viên tự lưu chen vào." }), editor, { autosave: true }); // another author: new
      expect(await versions()).toEqual([[1, writer.id, false], [3, writer.id, true], [4, editor.id, true]]);
      // the editor's autosave is 11 minutes old: the next one does not coalesce
      await db.prisma.revision.updateMany({ where: { articleId: id, version: 4 }, data: { createdAt: new Date(Date.now() - 11 * 60_000) } });
      await saveArticle(id, 4, input("Bài tự lưu nhiều người", { sapo: "Biên tập viên tự lưu sau 11 phút." }), editor, { autosave: true });
      expect((await versions()).map((v) => v[0])).toEqual([1, 3, 4, 5]);
      // 9 minutes old: coalesces
      await db.prisma.revision.updateMany({ where: { articleId: id, version: 5 }, data: { createdAt: new Date(Date.now() - 9 * 60_000) } });
      await saveArticle(id, 5, input("Bài tự lưu nhiều người", { sapo: "Biên tập viên tự lưu sau 9 phút." }), editor, { autosave: true });
      expect((await versions()).map((v) => v[0])).toEqual([1, 3, 4, 6]);
      // a manual save never coalesces
      await saveArticle(id, 6, input("Bài tự lưu nhiều người"), editor);
      expect(await versions()).toEqual([[1, writer.id, false], [3, writer.id, true], [4, editor.id, true], [6, editor.id, true], [7, editor.id, false]]);
    });

    it("keep slugs unique against other stories and their old addresses; a story keeps its own", async () => {
      const a = await saveArticle(null, null, input("Tin trùng đường dẫn"), editor);
      expect(a.slug).toBe("tin-trung-duong-dan");
      const live = await transitionArticle(a.id, a.version, "publish", editor);
      const moved = await saveArticle(a.id, live.version, input("Tin trùng đường dẫn", { slug: "tin-da-doi-duong-dan" }), editor);
      expect(moved.slug).toBe("tin-da-doi-duong-dan");
      // the old address still redirects to story a: another story cannot take it
      expect((await saveArticle(null, null, input("Tin trùng đường dẫn"), editor)).slug).toBe("tin-trung-duong-dan-2");
      expect((await saveArticle(null, null, input("Tin trùng đường dẫn"), editor)).slug).toBe("tin-trung-duong-dan-3");
      // story a may take its old address back: the redirect goes, the newer one is kept
      const back = await saveArticle(a.id, moved.version, input("Tin trùng đường dẫn", { slug: "tin-trung-duong-dan" }), editor);
      expect(back.slug).toBe("tin-trung-duong-dan");
      expect((await db.prisma.slugRedirect.findMany({ where: { articleId: a.id }, select: { oldSlug: true } })).map((r) => r.oldSlug)).toEqual(["tin-da-doi-duong-dan"]);
      // saving again under its own slug changes nothing
      expect((await saveArticle(a.id, back.version, input("Tin trùng đường dẫn"), editor)).slug).toBe("tin-trung-duong-dan");
      // a draft renamed leaves no redirect
      const draft = await saveArticle(null, null, input("Bản nháp đổi tên"), editor);
      await saveArticle(draft.id, draft.version, input("Bản nháp đổi tên", { slug: "ban-nhap-ten-moi" }), editor);
      expect(await db.prisma.slugRedirect.count({ where: { articleId: draft.id } })).toBe(0);
    });

    it("a title with no letters or digits gets a generated slug", async () => {
      const saved = await saveArticle(null, null, input("!!! ??? ..."), editor);
      expect(saved.slug).toMatch(/^bai-viet-[0-9a-z]+$/);
    });

    it("tags and bylines: blanks and repeats dropped, order kept, each person once per role", async () => {
      const { id } = await saveArticle(
        null,
        null,
        input("Bài nhiều chủ đề trùng", {
          tags: ["Hà Nội", " Hà Nội ", "Giao thông", "HÀ NỘI", "!!!"],
          bylines: [
            { name: "Đỗ Hà", role: "Bài" },
            { name: "Lê Minh", role: "Ảnh" },
            { name: "Đỗ Hà", role: "Bài" },
            { name: "Đỗ Hà", role: "Ảnh" },
          ],
        }),
        editor,
      );
      const saved = await db.prisma.article.findUniqueOrThrow({
        where: { id },
        select: { tags: { select: { tag: { select: { slug: true, name: true } } } }, bylines: { orderBy: { position: "asc" }, select: { role: true, position: true, person: { select: { slug: true } } } } },
      });
      expect(saved.tags.map((t) => t.tag.slug).sort()).toEqual(["giao-thong", "ha-noi"]);
      expect(saved.tags.find((t) => t.tag.slug === "ha-noi")!.tag.name).toBe("Hà Nội");
      expect(saved.bylines).toEqual([
        { role: "Bài", position: 0, person: { slug: "do-ha" } },
        { role: "Ảnh", position: 1, person: { slug: "le-minh" } },
        { role: "Ảnh", position: 3, person: { slug: "do-ha" } },
      ]);
    });

    it("related stories: itself and repeats dropped, order kept", async () => {
      const x = await saveArticle(null, null, input("Tin liên quan một"), editor);
      const y = await saveArticle(null, null, input("Tin liên quan hai"), editor);
      const main = await saveArticle(null, null, input("Bài có tin liên quan", { relatedIds: [y.id, x.id, y.id] }), editor);
      await saveArticle(main.id, main.version, input("Bài có tin liên quan", { relatedIds: [x.id, main.id, y.id] }), editor);
      expect(await db.prisma.relatedLink.findMany({ where: { fromId: main.id }, orderBy: { position: "asc" }, select: { toId: true, position: true } })).toEqual([
        { toId: x.id, position: 0 },
        { toId: y.id, position: 1 },
      ]);
    });

    it("refuse an unknown category, an unknown story and a writer editing someone else's draft", async () => {
      await expect(saveArticle(null, null, input("Bài chuyên mục lạ", { categoryId: 2_000_000 }), editor)).rejects.toMatchObject({ message: "Chuyên mục không tồn tại.", field: "categoryId" });
      await expect(saveArticle(2_000_000, 1, input("Bài không tồn tại"), editor)).rejects.toMatchObject({ message: "Không tìm thấy bài viết.", status: 404 });
      const theirs = await saveArticle(null, null, input("Bản nháp của người khác"), writer2);
      await expect(saveArticle(theirs.id, theirs.version, input("Bản nháp của người khác"), writer)).rejects.toMatchObject({ message: "Bạn chỉ có thể sửa bản nháp của chính mình.", status: 403 });
    });
  });

  describe("the scheduler", () => {
    it("publishes what is due at its scheduled time (up to the instant), and nothing later", async () => {
      const now = new Date("2030-05-01T06:00:00Z");
      const due = await storyIn("DRAFT", "Bài đến giờ đăng");
      const later = await storyIn("DRAFT", "Bài chưa đến giờ");
      await db.prisma.article.update({ where: { id: due }, data: { status: "SCHEDULED", scheduledAt: now } });
      await db.prisma.article.update({ where: { id: later }, data: { status: "SCHEDULED", scheduledAt: new Date(now.getTime() + 1) } });
      await db.prisma.article.updateMany({ where: { status: "SCHEDULED", id: { notIn: [due, later] } }, data: { scheduledAt: new Date("2099-01-01T00:00:00Z") } });
      const published = await publishDue(now);
      expect(published.map((p) => p.id)).toEqual([due]);
      expect(published[0].tags).toContain("article:bai-den-gio-dang");
      expect(await row(due)).toMatchObject({ status: "PUBLISHED", publishedAt: now, version: 2 });
      expect(await row(later)).toMatchObject({ status: "SCHEDULED", version: 1 });
      const entry = await db.prisma.auditLog.findFirstOrThrow({ where: { action: "article.publish", targetId: String(due) } });
      expect(entry).toMatchObject({ actorId: null, detail: { scheduled: true } });
      expect(await publishDue(now)).toEqual([]);
    });
  });
});
