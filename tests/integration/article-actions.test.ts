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
  saveArticleAction,
  setPicksAction,
  unpublishArticleAction,
} from "@/newsroom/actions/articles";
import { engines, migratedDatabase, type MigratedDatabase } from "./engines";

const FORBIDDEN = { ok: false, denied: "forbidden", message: "Bạn không có quyền thực hiện thao tác này." };

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
});
