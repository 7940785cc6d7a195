import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/newsroom/auth/sessions";

/**
 * The editor's server actions themselves (src/newsroom/actions/articles.ts), as the editor
 * calls them: the form fields, the answers in Vietnamese, what reaches the database and which
 * cache tags are refreshed (next/cache's updateTag replaced by a recorder). Every expected
 * message, tag, status and time is written out.
 */
let actor: SessionUser | null = null;
vi.mock("@/newsroom/auth/request", () => ({
  currentUser: async () => actor,
  requestMeta: async () => ({ ip: "127.0.0.1", userAgent: "vitest" }),
  setSessionCookie: async () => undefined,
  clearSessionCookie: async () => undefined,
  requirePermission: async () => actor,
}));
const updated: string[] = [];
vi.mock("next/cache", () => ({
  updateTag: (tag: string) => void updated.push(tag),
  revalidateTag: () => undefined,
  revalidatePath: () => undefined,
}));

import type { Database } from "@/db/connection";
import {
  publishArticleAction,
  restoreRevisionAction,
  saveAndPublishArticleAction,
  saveAndScheduleArticleAction,
  saveAndSubmitArticleAction,
  saveArticleAction,
  scheduleArticleAction,
  searchTitlesAction,
  setPicksAction,
  submitArticleAction,
  unpublishArticleAction,
} from "@/newsroom/actions/articles";
import { engines, migratedDatabase, type MigratedDatabase } from "./engines";

const FORBIDDEN = { ok: false, denied: "forbidden", message: "Bạn không có quyền thực hiện thao tác này." };
const NO_SCHEDULE = { ok: false, message: "Vui lòng chọn thời điểm hẹn giờ.", fieldErrors: { scheduledAt: "Vui lòng chọn thời điểm hẹn giờ." } };

describe.each(engines)("the editor's article actions on %s", (engine) => {
  let fresh: MigratedDatabase;
  let db: Database;
  let writer: SessionUser;
  let editor: SessionUser;
  let category: number;

  const article = (title: string, over: Record<string, unknown> = {}) => ({
    title,
    sapo: "Sapo đủ dài để đăng bài trên trang báo.",
    categoryId: category,
    kind: "NEWS",
    tags: [],
    bylines: [{ name: "Trần An", role: "Bài" }],
    coverMediaId: null,
    relatedIds: [],
    body: [{ type: "paragraph", content: [{ text: "Nội dung bài viết." }] }],
    ...over,
  });
  const form = (fields: Record<string, string>) => {
    const data = new FormData();
    for (const [key, value] of Object.entries(fields)) data.set(key, value);
    return data;
  };
  const row = (id: number) => db.prisma.article.findUniqueOrThrow({ where: { id }, select: { title: true, slug: true, status: true, version: true, scheduledAt: true } });

  beforeAll(async () => {
    fresh = await migratedDatabase(engine);
    db = fresh.db;
    const make = async (name: string, role: "WRITER" | "EDITOR"): Promise<SessionUser> => {
      const user = await db.prisma.user.create({ data: { email: `${name}@test.vn`, name, passwordHash: "x", role } });
      return { id: user.id, email: user.email, name, role, sessionId: "s" };
    };
    writer = await make("phong-vien", "WRITER");
    editor = await make("bien-tap", "EDITOR");
    category = (await db.prisma.category.create({ data: { name: "Thời sự", slug: "thoi-su" } })).id;
  }, 120_000);

  afterAll(async () => {
    await fresh?.dispose();
  });

  beforeEach(() => {
    updated.length = 0;
    actor = null;
  });

  it("saves a new article, then an autosave of it, answering with its id, version and slug", async () => {
    actor = writer;
    const first = await saveArticleAction({}, form({ id: "", version: "", payload: JSON.stringify(article("Bão số 3 đổ bộ")) }));
    expect(first).toMatchObject({ ok: true, message: "Đã lưu.", result: { version: "1", slug: "bao-so-3-do-bo" } });
    const id = Number(first.result!.id);
    expect(await row(id)).toEqual({ title: "Bão số 3 đổ bộ", slug: "bao-so-3-do-bo", status: "DRAFT", version: 1, scheduledAt: null });
    const auto = await saveArticleAction({}, form({ id: String(id), version: "1", autosave: "1", payload: JSON.stringify(article("Bão số 3 đổ bộ vào Quảng Ninh")) }));
    expect(auto).toMatchObject({ ok: true, message: "Đã tự động lưu.", result: { id: String(id), version: "2" } });
    expect((await row(id)).title).toBe("Bão số 3 đổ bộ vào Quảng Ninh");
  });

  it("refuses a payload that is not JSON, a malformed id and a stale version, changing nothing", async () => {
    actor = writer;
    const before = await db.prisma.article.count();
    expect(await saveArticleAction({}, form({ id: "", version: "", payload: "{không phải json" }))).toEqual({ ok: false, message: "Dữ liệu bài viết không hợp lệ." });
    expect(await saveArticleAction({}, form({ id: "abc", version: "1", payload: JSON.stringify(article("Tin có mã sai")) }))).toEqual({ ok: false, message: "Bài viết không hợp lệ." });
    expect(await db.prisma.article.count()).toBe(before);

    const saved = await saveArticleAction({}, form({ id: "", version: "", payload: JSON.stringify(article("Tin hai người cùng sửa")) }));
    const id = saved.result!.id;
    await saveArticleAction({}, form({ id, version: "1", payload: JSON.stringify(article("Tin hai người cùng sửa, bản hai")) }));
    updated.length = 0;
    const stale = await saveArticleAction({}, form({ id, version: "1", payload: JSON.stringify(article("Bản cũ ghi đè")) }));
    expect(stale).toMatchObject({ ok: false, result: { conflict: "1", currentVersion: "2" } });
    expect(stale.message).toContain("Phiên bản hiện tại: 2, do phong-vien lưu.");
    expect((await row(Number(id))).title).toBe("Tin hai người cùng sửa, bản hai");
    expect(updated).toEqual([]);
  });

  it("'Lưu và xuất bản': editors only; saves and publishes in one step and refreshes the article's pages", async () => {
    actor = writer;
    const draft = await saveArticleAction({}, form({ id: "", version: "", payload: JSON.stringify(article("Khánh thành cầu mới")) }));
    const id = draft.result!.id;
    const fields = { id, version: "1", payload: JSON.stringify(article("Khánh thành cầu Tứ Liên")) };
    expect(await saveAndPublishArticleAction({}, form(fields))).toEqual(FORBIDDEN);
    expect((await row(Number(id))).status).toBe("DRAFT");

    actor = editor;
    updated.length = 0;
    const done = await saveAndPublishArticleAction({}, form(fields));
    expect(done).toMatchObject({ ok: true, message: "Đã lưu và xuất bản.", result: { id, slug: "khanh-thanh-cau-moi", status: "PUBLISHED" } });
    expect(await row(Number(id))).toMatchObject({ title: "Khánh thành cầu Tứ Liên", status: "PUBLISHED" });
    expect(updated).toEqual(expect.arrayContaining(["article:khanh-thanh-cau-moi", "category:thoi-su", "home", "search"]));

    updated.length = 0;
    const version = String((await row(Number(id))).version);
    expect(await unpublishArticleAction({}, form({ id, version }))).toMatchObject({ ok: true, message: "Đã gỡ bài khỏi trang báo.", result: { status: "UNPUBLISHED" } });
    expect(updated).toEqual(expect.arrayContaining(["article:khanh-thanh-cau-moi", "home"]));
  });

  it("'Lưu và hẹn giờ' needs a time, read in Hanoi time", async () => {
    actor = editor;
    const draft = await saveArticleAction({}, form({ id: "", version: "", payload: JSON.stringify(article("Lịch cắt điện cuối tuần")) }));
    const id = draft.result!.id;
    const fields = { id, version: "1", payload: JSON.stringify(article("Lịch cắt điện cuối tuần này")) };
    expect(await saveAndScheduleArticleAction({}, form(fields))).toEqual({ ok: false, message: "Vui lòng chọn thời điểm hẹn giờ.", fieldErrors: { scheduledAt: "Vui lòng chọn thời điểm hẹn giờ." } });
    expect(await saveAndScheduleArticleAction({}, form({ ...fields, scheduledAt: "ngày mai" }))).toMatchObject({ ok: false, message: "Vui lòng chọn thời điểm hẹn giờ." });
    const done = await saveAndScheduleArticleAction({}, form({ ...fields, scheduledAt: "2099-12-01T08:30" }));
    expect(done).toMatchObject({ ok: true, message: "Đã lưu và hẹn giờ xuất bản.", result: { status: "SCHEDULED" } });
    expect(await row(Number(id))).toMatchObject({ title: "Lịch cắt điện cuối tuần này", status: "SCHEDULED", scheduledAt: new Date("2099-12-01T01:30:00.000Z") });
  });

  it("publishing needs a saved article: no id or version is 'Hãy lưu bài trước.'", async () => {
    actor = editor;
    expect(await publishArticleAction({}, form({ id: "", version: "" }))).toEqual({ ok: false, message: "Hãy lưu bài trước." });
    expect(await publishArticleAction({}, form({ id: "5", version: "0" }))).toEqual({ ok: false, message: "Hãy lưu bài trước." });
  });

  it("picks: editors only, a known slot, valid ids; the home lead keeps one story, 'Nên xem' at most 10", async () => {
    actor = writer;
    expect(await setPicksAction({}, form({ slot: "must-see", ids: "1" }))).toEqual(FORBIDDEN);
    actor = editor;
    const ids: number[] = [];
    for (let i = 1; i <= 12; i++) {
      const created = await db.prisma.article.create({
        data: { slug: `chon-${i}`, title: `Tin chọn ${i}`, sapo: "Tin để chọn.", body: [], categoryId: category, status: "PUBLISHED", publishedAt: new Date() },
      });
      ids.push(created.id);
    }
    expect(await setPicksAction({}, form({ slot: "trang-bia", ids: String(ids[0]) }))).toEqual({ ok: false, message: "Vị trí không hợp lệ." });
    expect(await setPicksAction({}, form({ slot: "must-see", ids: `${ids[0]}, abc` }))).toEqual({ ok: false, message: "Bài viết không hợp lệ." });
    expect(await setPicksAction({}, form({ slot: "home-lead", ids: `${ids[3]} ${ids[4]}` }))).toEqual({ ok: true, message: "Đã cập nhật lựa chọn của biên tập." });
    expect(await setPicksAction({}, form({ slot: "must-see", ids: ids.join(",") }))).toEqual({ ok: true, message: "Đã cập nhật lựa chọn của biên tập." });
    const picks = await db.prisma.editorPick.findMany({ orderBy: [{ slot: "asc" }, { position: "asc" }], select: { slot: true, articleId: true } });
    expect(picks.filter((p) => p.slot === "home-lead").map((p) => p.articleId)).toEqual([ids[3]]);
    expect(picks.filter((p) => p.slot === "must-see").map((p) => p.articleId)).toEqual(ids.slice(0, 10));
    expect(updated).toEqual(expect.arrayContaining(["home", "rails"]));
  });

  it("restores an earlier revision as a new version", async () => {
    actor = writer;
    const first = await saveArticleAction({}, form({ id: "", version: "", payload: JSON.stringify(article("Giá xăng giảm")) }));
    const id = first.result!.id;
    await saveArticleAction({}, form({ id, version: "1", payload: JSON.stringify(article("Giá xăng tăng mạnh")) }));
    expect(await restoreRevisionAction({}, form({ id, revision: "x", version: "2" }))).toEqual({ ok: false, message: "Phiên bản không hợp lệ." });
    expect(await restoreRevisionAction({}, form({ id, revision: "9", version: "2" }))).toEqual({ ok: false, message: "Không khôi phục được phiên bản này." });
    expect(await restoreRevisionAction({}, form({ id, revision: "1", version: "2" }))).toEqual({ ok: true, message: "Đã khôi phục phiên bản 1 thành phiên bản mới 3.", result: { version: "3" } });
    expect(await row(Number(id))).toMatchObject({ title: "Giá xăng giảm", version: 3 });
  });

  it("refuses a payload the article schema rejects: every problem listed, a block named by the number the writer sees", async () => {
    actor = writer;
    const before = await db.prisma.article.count();
    const payload = article("T".repeat(301), {
      body: [
        { type: "paragraph", content: [{ text: "Đoạn mở đầu." }] },
        { type: "heading", level: 2, text: "H".repeat(301) },
      ],
    });
    const state = await saveArticleAction({}, form({ id: "", version: "", payload: JSON.stringify(payload) }));
    expect(state).toEqual({
      ok: false,
      message: "Chưa lưu được: vui lòng sửa các trường được đánh dấu. Nội dung bạn đã nhập vẫn còn nguyên.",
      fieldErrors: {
        title: "Tiêu đề quá dài (tối đa 300 ký tự).",
        "body.1.text": "Khối nội dung số 2: Tiêu đề phụ quá dài (tối đa 300 ký tự).",
        // the block list's own message: the first body problem, numbered as the writer sees it
        body: "Khối nội dung số 2: Tiêu đề phụ quá dài (tối đa 300 ký tự).",
      },
      result: { problems: expect.any(String) },
    });
    expect(JSON.parse(state.result!.problems)).toEqual([
      { field: "title", message: "Tiêu đề quá dài (tối đa 300 ký tự)." },
      { field: "body.1.text", message: "Khối nội dung số 2: Tiêu đề phụ quá dài (tối đa 300 ký tự)." },
    ]);

    // Something that is not an article at all: the problem is on the whole form.
    const whole = await saveArticleAction({}, form({ id: "", version: "", payload: "[]" }));
    expect(whole).toEqual({
      ok: false,
      message: "Chưa lưu được: vui lòng sửa các trường được đánh dấu. Nội dung bạn đã nhập vẫn còn nguyên.",
      fieldErrors: { form: "Invalid input: expected object, received array" },
      result: { problems: expect.any(String) },
    });
    expect(JSON.parse(whole.result!.problems)).toEqual([{ field: "form", message: "Invalid input: expected object, received array" }]);
    expect(await db.prisma.article.count()).toBe(before);
  });

  it("a malformed id or version is refused by every save, before anything is written", async () => {
    actor = editor;
    const saved = await saveArticleAction({}, form({ id: "", version: "", payload: JSON.stringify(article("Tin có phiên bản sai")) }));
    const id = saved.result!.id;
    const payload = JSON.stringify(article("Tin có phiên bản sai, bản sửa"));
    const INVALID = { ok: false, message: "Bài viết không hợp lệ." };
    expect(await saveArticleAction({}, form({ id, version: "abc", payload }))).toEqual(INVALID);
    expect(await saveAndSubmitArticleAction({}, form({ id: "abc", version: "1", payload }))).toEqual(INVALID);
    expect(await saveAndSubmitArticleAction({}, form({ id, version: "abc", payload }))).toEqual(INVALID);
    expect(await saveAndPublishArticleAction({}, form({ id, version: "-1", payload }))).toEqual(INVALID);
    expect(await row(Number(id))).toMatchObject({ title: "Tin có phiên bản sai", status: "DRAFT", version: 1 });
    expect(await db.prisma.revision.count({ where: { articleId: Number(id) } })).toBe(1);
  });

  it("autosaves in a row refresh one revision instead of piling up; a manual save starts a new one", async () => {
    actor = writer;
    const first = await saveArticleAction({}, form({ id: "", version: "", payload: JSON.stringify(article("Mưa lớn ở Hà Nội")) }));
    const id = first.result!.id;
    await saveArticleAction({}, form({ id, version: "1", autosave: "1", payload: JSON.stringify(article("Mưa lớn ở Hà Nội chiều nay")) }));
    await saveArticleAction({}, form({ id, version: "2", autosave: "1", payload: JSON.stringify(article("Mưa lớn ở Hà Nội chiều nay, ngập nhiều tuyến phố")) }));
    const revisions = async () =>
      (await db.prisma.revision.findMany({ where: { articleId: Number(id) }, orderBy: { version: "asc" }, select: { version: true, snapshot: true } })).map((r) => {
        const snapshot = r.snapshot as { title: string; autosave: boolean };
        return [r.version, snapshot.title, snapshot.autosave];
      });
    expect(await revisions()).toEqual([
      [1, "Mưa lớn ở Hà Nội", false],
      [3, "Mưa lớn ở Hà Nội chiều nay, ngập nhiều tuyến phố", true],
    ]);
    expect(await saveArticleAction({}, form({ id, version: "3", payload: JSON.stringify(article("Mưa lớn ở Hà Nội: ngập nhiều tuyến phố")) }))).toMatchObject({ ok: true, message: "Đã lưu." });
    expect(await revisions()).toEqual([
      [1, "Mưa lớn ở Hà Nội", false],
      [3, "Mưa lớn ở Hà Nội chiều nay, ngập nhiều tuyến phố", true],
      [4, "Mưa lớn ở Hà Nội: ngập nhiều tuyến phố", false],
    ]);
  });

  it("the command's refusals reach the editor: field messages, 'forbidden' only for a 403, never a raw error", async () => {
    actor = editor;
    const missingCategory = await saveArticleAction({}, form({ id: "", version: "", payload: JSON.stringify(article("Tin không có chuyên mục", { categoryId: 999_999 })) }));
    expect(missingCategory).toEqual({ ok: false, message: "Chuyên mục không tồn tại.", fieldErrors: { categoryId: "Chuyên mục không tồn tại." } });

    const editorsDraft = await saveArticleAction({}, form({ id: "", version: "", payload: JSON.stringify(article("Bản nháp của biên tập")) }));
    actor = writer;
    const id = editorsDraft.result!.id;
    expect(await saveArticleAction({}, form({ id, version: "1", payload: JSON.stringify(article("Phóng viên sửa bài người khác")) }))).toEqual({
      ok: false,
      message: "Bạn chỉ có thể sửa bản nháp của chính mình.",
      denied: "forbidden",
    });
    expect((await row(Number(id))).title).toBe("Bản nháp của biên tập");
  });

  it("'Gửi duyệt' of an incomplete article lists every problem; with unsaved text nothing is saved either", async () => {
    actor = writer;
    const draft = await saveArticleAction({}, form({ id: "", version: "", payload: JSON.stringify(article("Tin", { sapo: "" })) }));
    expect(draft).toMatchObject({ ok: true, message: "Đã lưu." });
    const id = draft.result!.id;
    const problems = [
      { field: "title", message: "Tiêu đề: cần ít nhất 5 ký tự." },
      { field: "sapo", message: "Sapo: chưa có sapo." },
    ];
    const refused = {
      ok: false,
      message: "Chưa thể gửi duyệt: bài còn 2 vấn đề cần sửa.",
      fieldErrors: { title: "Tiêu đề: cần ít nhất 5 ký tự.", sapo: "Sapo: chưa có sapo." },
      result: { problems: expect.any(String) },
    };
    const submitted = await submitArticleAction({}, form({ id, version: "1" }));
    expect(submitted).toEqual(refused);
    expect(JSON.parse(submitted.result!.problems)).toEqual(problems);

    const savedAndSubmitted = await saveAndSubmitArticleAction({}, form({ id, version: "1", payload: JSON.stringify(article("Tin", { sapo: "", tags: ["Giao thông"] })) }));
    expect(savedAndSubmitted).toEqual(refused);
    expect(JSON.parse(savedAndSubmitted.result!.problems)).toEqual(problems);
    expect(await row(Number(id))).toMatchObject({ status: "DRAFT", version: 1 });
    expect(await db.prisma.articleTag.count({ where: { articleId: Number(id) } })).toBe(0);
  });

  it("'Hẹn giờ' reads the time typed in Hanoi time, seconds included, refuses a missing, malformed or past time, and a stale version", async () => {
    actor = editor;
    const draft = await saveArticleAction({}, form({ id: "", version: "", payload: JSON.stringify(article("Hội nghị thành ủy cuối năm")) }));
    const id = draft.result!.id;
    expect(await scheduleArticleAction({}, form({ id, version: "1" }))).toEqual(NO_SCHEDULE);
    expect(await scheduleArticleAction({}, form({ id, version: "1", scheduledAt: "" }))).toEqual(NO_SCHEDULE);
    expect(await scheduleArticleAction({}, form({ id, version: "1", scheduledAt: "ngày 2099-12-01T08:30" }))).toEqual(NO_SCHEDULE); // the time must start the field
    expect(await scheduleArticleAction({}, form({ id, version: "1", scheduledAt: "2099-13-45T08:30" }))).toEqual(NO_SCHEDULE); // no such day
    expect(await scheduleArticleAction({}, form({ id, version: "1", scheduledAt: "2000-01-01T08:00" }))).toEqual({
      ok: false,
      message: "Thời điểm hẹn giờ phải ở tương lai.",
      fieldErrors: { scheduledAt: "Thời điểm hẹn giờ phải ở tương lai." },
    });
    expect(await row(Number(id))).toMatchObject({ status: "DRAFT", version: 1, scheduledAt: null });

    const done = await scheduleArticleAction({}, form({ id, version: "1", scheduledAt: "2099-12-01T08:30:45" }));
    expect(done).toEqual({ ok: true, message: "Đã hẹn giờ xuất bản.", result: { version: "2", status: "SCHEDULED" } });
    expect(await row(Number(id))).toMatchObject({ status: "SCHEDULED", version: 2, scheduledAt: new Date("2099-12-01T01:30:45.000Z") });

    // The editor still showed version 1: a workflow step on it is a conflict, with no saver to name.
    expect(await scheduleArticleAction({}, form({ id, version: "1", scheduledAt: "2099-12-02T08:30" }))).toEqual({
      ok: false,
      message:
        "Bài viết vừa được người khác lưu. Bản của bạn chưa được lưu để không ghi đè lên bản mới hơn. Phiên bản hiện tại: 2. Hãy mở bản mới nhất (nội dung bạn đang gõ vẫn còn trong trình soạn thảo).",
      result: { conflict: "1", currentVersion: "2" },
    });
    expect(await row(Number(id))).toMatchObject({ version: 2, scheduledAt: new Date("2099-12-01T01:30:45.000Z") });
  });

  it("publishing now records no scheduled time, even when the form also carries one", async () => {
    actor = editor;
    const at = "2099-12-01T08:30";
    const first = await saveArticleAction({}, form({ id: "", version: "", payload: JSON.stringify(article("Khai mạc lễ hội hoa")) }));
    const firstId = first.result!.id;
    expect(await publishArticleAction({}, form({ id: firstId, version: "1", scheduledAt: at }))).toEqual({ ok: true, message: "Đã xuất bản.", result: { version: "2", status: "PUBLISHED" } });
    const second = await saveArticleAction({}, form({ id: "", version: "", payload: JSON.stringify(article("Bế mạc lễ hội hoa")) }));
    const secondId = second.result!.id;
    expect(await saveAndPublishArticleAction({}, form({ id: secondId, version: "1", scheduledAt: at, payload: JSON.stringify(article("Bế mạc lễ hội hoa xuân")) }))).toMatchObject({
      ok: true,
      message: "Đã lưu và xuất bản.",
      result: { version: "3", status: "PUBLISHED" },
    });
    const audits = await db.prisma.auditLog.findMany({ where: { action: "article.publish", targetId: { in: [firstId, secondId] } }, orderBy: { id: "asc" }, select: { targetId: true, detail: true } });
    expect(audits).toEqual([
      { targetId: firstId, detail: { title: "Khai mạc lễ hội hoa" } },
      { targetId: secondId, detail: { title: "Bế mạc lễ hội hoa xuân" } },
    ]);
    expect(await row(Number(firstId))).toMatchObject({ status: "PUBLISHED", scheduledAt: null });
  });

  it("a database failure is not turned into a refusal shown as a rule: the action fails", async () => {
    actor = writer;
    await db.prisma.$executeRawUnsafe(`CREATE FUNCTION refuse_broken() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.title = 'Bài làm hỏng ghi' THEN RAISE EXCEPTION 'refused for the test'; END IF; RETURN NEW; END $$`);
    await db.prisma.$executeRawUnsafe(`CREATE TRIGGER refuse_broken BEFORE INSERT OR UPDATE ON articles FOR EACH ROW EXECUTE FUNCTION refuse_broken()`);
    try {
      const before = await db.prisma.article.count();
      await expect(saveArticleAction({}, form({ id: "", version: "", payload: JSON.stringify(article("Bài làm hỏng ghi")) }))).rejects.toThrow(/refused for the test/);
      expect(await db.prisma.article.count()).toBe(before);
    } finally {
      await db.prisma.$executeRawUnsafe(`DROP TRIGGER refuse_broken ON articles`);
      await db.prisma.$executeRawUnsafe(`DROP FUNCTION refuse_broken()`);
    }
  });

  it("the related-links picker finds published titles without diacritics, newest first, leaving out the article being edited", async () => {
    actor = writer;
    const make = (slug: string, title: string, status: "PUBLISHED" | "DRAFT", publishedAt: Date | null) =>
      db.prisma.article.create({ data: { slug, title, sapo: "Tin để tìm.", body: [], categoryId: category, status, publishedAt }, select: { id: true } });
    const older = await make("vang-mieng-giam", "Vàng miếng SJC giảm giá", "PUBLISHED", new Date("2026-11-01T02:00:00Z"));
    const newer = await make("gia-vang-mieng-lap-dinh", "Giá vàng miếng lập đỉnh", "PUBLISHED", new Date("2026-11-02T02:00:00Z"));
    await make("vang-mieng-nhap", "Vàng miếng: bản nháp", "DRAFT", null);
    const search = async (fields: Record<string, string>) => {
      const state = await searchTitlesAction({}, form(fields));
      expect(state).toEqual({ ok: true, result: { items: expect.any(String) } });
      return JSON.parse(state.result!.items);
    };
    expect(await search({ q: "vang mieng" })).toEqual([
      { id: newer.id, title: "Giá vàng miếng lập đỉnh" },
      { id: older.id, title: "Vàng miếng SJC giảm giá" },
    ]);
    expect(await search({ q: "VÀNG MIẾNG", exclude: String(newer.id) })).toEqual([{ id: older.id, title: "Vàng miếng SJC giảm giá" }]);
    expect(await search({})).toEqual([]);
  });

  it("picks: an empty field clears a slot, a trailing separator is harmless, an unpublished article is refused", async () => {
    actor = editor;
    const make = (slug: string, status: "PUBLISHED" | "DRAFT") =>
      db.prisma.article.create({ data: { slug, title: `Tin ${slug}`, sapo: "Tin để chọn.", body: [], categoryId: category, status, publishedAt: status === "PUBLISHED" ? new Date() : null }, select: { id: true } });
    const a = await make("chon-lai-1", "PUBLISHED");
    const b = await make("chon-lai-2", "PUBLISHED");
    const draft = await make("chon-lai-nhap", "DRAFT");
    const mustSee = async () => (await db.prisma.editorPick.findMany({ where: { slot: "must-see" }, orderBy: { position: "asc" }, select: { articleId: true } })).map((p) => p.articleId);
    const homeLead = async () => (await db.prisma.editorPick.findMany({ where: { slot: "home-lead" }, select: { articleId: true } })).map((p) => p.articleId);

    expect(await setPicksAction({}, form({ slot: "must-see", ids: ` ${b.id}, ${a.id}, ` }))).toEqual({ ok: true, message: "Đã cập nhật lựa chọn của biên tập." });
    expect(await mustSee()).toEqual([b.id, a.id]);
    expect(await setPicksAction({}, form({ slot: "home-lead", ids: String(a.id) }))).toEqual({ ok: true, message: "Đã cập nhật lựa chọn của biên tập." });
    expect(await homeLead()).toEqual([a.id]);

    expect(await setPicksAction({}, form({ slot: "must-see", ids: `${a.id}, ${draft.id}` }))).toEqual({ ok: false, message: "Chỉ chọn được bài đã xuất bản." });
    expect(await mustSee()).toEqual([b.id, a.id]);

    updated.length = 0;
    expect(await setPicksAction({}, form({ slot: "home-lead", ids: "" }))).toEqual({ ok: true, message: "Đã cập nhật lựa chọn của biên tập." });
    expect(await homeLead()).toEqual([]);
    expect(updated).toEqual(["home"]);
  });

  it("restoring over a version someone saved since is a conflict naming who saved it", async () => {
    actor = writer;
    const first = await saveArticleAction({}, form({ id: "", version: "", payload: JSON.stringify(article("Giá điện tăng")) }));
    const id = first.result!.id;
    await saveArticleAction({}, form({ id, version: "1", payload: JSON.stringify(article("Giá điện tăng từ tháng sau")) }));
    expect(await restoreRevisionAction({}, form({ id, revision: "1", version: "1" }))).toEqual({
      ok: false,
      message:
        "Bài viết vừa được người khác lưu. Bản của bạn chưa được lưu để không ghi đè lên bản mới hơn. Phiên bản hiện tại: 2, do phong-vien lưu. Hãy mở bản mới nhất (nội dung bạn đang gõ vẫn còn trong trình soạn thảo).",
      result: { conflict: "1", currentVersion: "2" },
    });
    expect(await row(Number(id))).toMatchObject({ title: "Giá điện tăng từ tháng sau", version: 2 });
  });
});
