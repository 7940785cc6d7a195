import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/newsroom/auth/sessions";

/**
 * Rules of article writes, each stated with literal expectations and a fixture that
 * reaches the edge the rule is about:
 *  - a story in a SUB-category refreshes the parent category's pages too;
 *  - a workflow step taken from a stale version is refused and changes nothing;
 *  - writers edit their own drafts (draft, in review) and nothing once it has gone out;
 *  - the server actions refresh exactly the cache tags the write touched (next/cache's
 *    updateTag is replaced by a recorder: the seam between the action and Next).
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

import { useDatabase } from "@/db/client";
import type { Database } from "@/db/connection";
import { migrate } from "@/db/migrate";
import { ArticleConflictError, saveArticle, transitionArticle, type Actor, type Transition } from "@/content/article/commands";
import { articleInputSchema, type ArticleFormValues, type ArticleInput } from "@/content/article/schema";
import { articleSlugStatus, forgetSlugStatus } from "@/content/routing/slug-status";
import { publishArticleAction, saveArticleAction, setPicksAction, unpublishArticleAction } from "@/newsroom/actions/articles";
import { createUser } from "@/newsroom/users/commands";
import { engines, freshDatabase, type FreshDatabase } from "./engines";

describe.each(engines)("article rules on %s", (engine) => {
  let fresh: FreshDatabase;
  let db: Database;
  let writer: Actor;
  let editor: Actor;
  let football: number; // "Bóng đá", a sub-category of "Thể thao"
  let union: number; // "Công đoàn", top level

  const form = (title: string, over: Partial<ArticleFormValues> = {}): ArticleFormValues => ({
    title,
    sapo: "Sapo đủ dài cho một bài thử nghiệm.",
    categoryId: football,
    kind: "NEWS",
    tags: ["Giải vô địch"],
    bylines: [{ name: "Trần Văn Bình", role: "Bài" }],
    body: [{ type: "paragraph", content: [{ text: "Đoạn văn đầu tiên của bài." }] }],
    ...over,
  });
  const input = (title: string, over: Partial<ArticleFormValues> = {}): ArticleInput => articleInputSchema.parse(form(title, over));
  const row = (id: number) => db.prisma.article.findUniqueOrThrow({ where: { id }, select: { status: true, version: true, sapo: true, title: true } });
  const as = (a: Actor, role = a.role): SessionUser => ({ id: a.id, email: `${a.id}@test.vn`, name: "Người dùng", role, sessionId: "s" });

  beforeAll(async () => {
    fresh = await freshDatabase(engine);
    db = fresh.open();
    await db.withSession((s) => migrate(s));
    useDatabase(db);
    const mk = async (email: string, role: "WRITER" | "EDITOR") => ({ id: (await createUser({ email, name: email.split("@")[0], role, password: "mat-khau-dai-du-10" }, { id: null })).id, role });
    writer = await mk("pv@test.vn", "WRITER");
    editor = await mk("btv@test.vn", "EDITOR");
    const sport = await db.prisma.category.create({ data: { name: "Thể thao", slug: "the-thao" } });
    football = (await db.prisma.category.create({ data: { name: "Bóng đá", slug: "bong-da", parentId: sport.id } })).id;
    union = (await db.prisma.category.create({ data: { name: "Công đoàn", slug: "cong-doan" } })).id;
    forgetSlugStatus();
  }, 120_000);

  afterAll(async () => {
    await db?.close();
    await fresh?.dispose();
  });

  beforeEach(() => {
    updated.length = 0;
    actor = null;
  });

  describe("cache tags of a story in a sub-category", () => {
    it("publishing refreshes the sub-category AND its parent, with every other page the story shows on", async () => {
      const { id, version } = await saveArticle(null, null, input("Đội tuyển vào chung kết"), editor);
      const published = await transitionArticle(id, version, "publish", editor);
      expect(published.tags).toEqual([
        "article:doi-tuyen-vao-chung-ket",
        "author:tran-van-binh",
        "category:bong-da",
        "category:the-thao",
        "feeds",
        "home",
        "most-read",
        "rails",
        "search",
        "tag:giai-vo-dich",
      ]);
    });

    it("moving a published story out of the sub-category refreshes the old parent and the new category", async () => {
      const { id, version } = await saveArticle(null, null, input("Bài chuyển chuyên mục"), editor);
      const live = await transitionArticle(id, version, "publish", editor);
      const moved = await saveArticle(id, live.version, input("Bài chuyển chuyên mục", { categoryId: union }), editor);
      expect(moved.tags).toEqual([
        "article:bai-chuyen-chuyen-muc",
        "author:tran-van-binh",
        "category:bong-da",
        "category:cong-doan",
        "category:the-thao",
        "feeds",
        "home",
        "most-read",
        "rails",
        "search",
        "tag:giai-vo-dich",
      ]);
    });
  });

  describe("a workflow step from a stale version changes nothing", () => {
    const cases: { transition: Transition; by: () => Actor; from: "DRAFT" | "PUBLISHED" }[] = [
      { transition: "submit", by: () => writer, from: "DRAFT" },
      { transition: "publish", by: () => editor, from: "DRAFT" },
      { transition: "schedule", by: () => editor, from: "DRAFT" },
      { transition: "unpublish", by: () => editor, from: "PUBLISHED" },
      { transition: "delete", by: () => editor, from: "DRAFT" },
    ];
    it.each(cases)("$transition from a stale version, after someone saved a newer one", async ({ transition, by, from }) => {
      const title = `Bài cũ phiên bản cho ${transition}`;
      const { id } = await saveArticle(null, null, input(title), writer);
      let version = 1;
      if (from === "PUBLISHED") version = (await transitionArticle(id, version, "publish", editor)).version; // 2
      const stale = version;
      version = (await saveArticle(id, version, input(title, { sapo: "Bản mới hơn, người khác vừa lưu." }), editor)).version;
      expect(version).toBe(stale + 1);
      const scheduledAt = new Date(Date.now() + 3_600_000);
      await expect(transitionArticle(id, stale, transition, by(), { scheduledAt })).rejects.toBeInstanceOf(ArticleConflictError);
      expect(await row(id)).toEqual({ status: from, version: stale + 1, sapo: "Bản mới hơn, người khác vừa lưu.", title });
    });

    it("the same step from the current version goes through", async () => {
      const { id } = await saveArticle(null, null, input("Bài duyệt đúng phiên bản"), writer);
      const v2 = await saveArticle(id, 1, input("Bài duyệt đúng phiên bản", { sapo: "Bản thứ hai của bài viết." }), editor);
      expect(await transitionArticle(id, v2.version, "publish", editor)).toMatchObject({ status: "PUBLISHED", version: 3 });
    });
  });

  describe("writers edit their own drafts only", () => {
    it("a writer edits their own draft and their own story in review", async () => {
      const { id } = await saveArticle(null, null, input("Bản nháp của phóng viên"), writer);
      expect((await saveArticle(id, 1, input("Bản nháp của phóng viên", { sapo: "Sửa lần một, vẫn là nháp." }), writer)).version).toBe(2);
      const review = await transitionArticle(id, 2, "submit", writer);
      expect(review.status).toBe("IN_REVIEW");
      expect((await saveArticle(id, review.version, input("Bản nháp của phóng viên", { sapo: "Sửa khi đang chờ duyệt." }), writer)).version).toBe(4);
    });

    it.each(["PUBLISHED", "SCHEDULED", "UNPUBLISHED"] as const)("a writer cannot edit their own %s story; an editor can", async (status) => {
      const title = `Bài của phóng viên đã ${status.toLowerCase()}`;
      const { id } = await saveArticle(null, null, input(title), writer);
      let version = 1;
      if (status === "SCHEDULED") version = (await transitionArticle(id, version, "schedule", editor, { scheduledAt: new Date(Date.now() + 86_400_000) })).version;
      else version = (await transitionArticle(id, version, "publish", editor)).version;
      if (status === "UNPUBLISHED") version = (await transitionArticle(id, version, "unpublish", editor)).version;
      expect((await row(id)).status).toBe(status);

      await expect(saveArticle(id, version, input(title, { sapo: "Phóng viên tự sửa sau khi đã lên trang." }), writer)).rejects.toMatchObject({ status: 403 });
      expect(await row(id)).toEqual({ status, version, sapo: "Sapo đủ dài cho một bài thử nghiệm.", title });

      actor = as(writer);
      const viaAction = new FormData();
      viaAction.set("id", String(id));
      viaAction.set("version", String(version));
      viaAction.set("payload", JSON.stringify(form(title, { sapo: "Phóng viên tự sửa qua biểu mẫu." })));
      expect(await saveArticleAction({}, viaAction)).toMatchObject({ ok: false, denied: "forbidden" });
      expect((await row(id)).version).toBe(version);

      expect((await saveArticle(id, version, input(title, { sapo: "Biên tập viên sửa thì được." }), editor)).version).toBe(version + 1);
    });
  });

  describe("server actions refresh exactly the tags of the write", () => {
    const fd = (fields: Record<string, string | number>) => {
      const f = new FormData();
      for (const [k, v] of Object.entries(fields)) f.set(k, String(v));
      return f;
    };

    it("publish, edit and unpublish through the actions call updateTag for each touched tag, once", async () => {
      actor = as(editor);
      const created = await saveArticleAction({}, fd({ payload: JSON.stringify(form("Trận cầu đinh cuối tuần")) }));
      expect(created).toMatchObject({ ok: true, result: { version: "1", slug: "tran-cau-dinh-cuoi-tuan" } });
      expect(updated).toEqual([]); // a new draft shows nowhere
      const id = Number(created.result!.id);

      const published = await publishArticleAction({}, fd({ id, version: 1 }));
      expect(published).toMatchObject({ ok: true, result: { status: "PUBLISHED", version: "2" } });
      const live = [
        "article:tran-cau-dinh-cuoi-tuan",
        "author:tran-van-binh",
        "category:bong-da",
        "category:the-thao",
        "feeds",
        "home",
        "most-read",
        "rails",
        "search",
        "tag:giai-vo-dich",
      ];
      expect([...updated].sort()).toEqual(live);

      updated.length = 0;
      expect(await articleSlugStatus("tran-cau-dinh-cuoi-tuan")).toEqual({ status: "ok" });
      const renamed = await saveArticleAction({}, fd({ id, version: 2, payload: JSON.stringify(form("Trận cầu đinh cuối tuần", { slug: "tran-cau-dinh" })) }));
      expect(renamed).toMatchObject({ ok: true, result: { version: "3", slug: "tran-cau-dinh" } });
      expect([...updated].sort()).toEqual([...live, "article:tran-cau-dinh"].sort());
      // the slug status memo is forgotten with the write: the old address redirects at once
      expect(await articleSlugStatus("tran-cau-dinh-cuoi-tuan")).toEqual({ status: "moved", slug: "tran-cau-dinh" });

      updated.length = 0;
      expect(await unpublishArticleAction({}, fd({ id, version: 3 }))).toMatchObject({ ok: true, result: { status: "UNPUBLISHED" } });
      expect([...updated].sort()).toEqual(live.map((t) => (t === "article:tran-cau-dinh-cuoi-tuan" ? "article:tran-cau-dinh" : t)).sort());
    });

    it("choosing the home lead refreshes the home page; the must-see rail refreshes the rails", async () => {
      actor = as(editor);
      const { id, version } = await saveArticle(null, null, input("Bài dẫn trang chủ"), editor);
      await transitionArticle(id, version, "publish", editor);
      updated.length = 0;
      expect(await setPicksAction({}, fd({ slot: "home-lead", ids: id }))).toMatchObject({ ok: true });
      expect(updated).toEqual(["home"]);
      updated.length = 0;
      expect(await setPicksAction({}, fd({ slot: "must-see", ids: id }))).toMatchObject({ ok: true });
      expect(updated).toEqual(["rails"]);
    });

    it("a refused write refreshes nothing", async () => {
      actor = as(writer);
      const { id, version } = await saveArticle(null, null, input("Bài phóng viên định tự đăng"), writer);
      expect(await publishArticleAction({}, fd({ id, version }))).toMatchObject({ ok: false, denied: "forbidden" });
      expect(updated).toEqual([]);
    });
  });
});
