import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/newsroom/auth/sessions";

/**
 * The dashboard's queues and the article list's bulk actions.
 *  - Queues: who sees what (an editor the whole newsroom, a writer only their own work in
 *    review and scheduled), each queue's order, at most 5 rows and the true total.
 *  - Bulk actions: the server actions themselves, with next/cache's updateTag replaced by a
 *    recorder. A writer cannot unpublish at all; a writer's bulk submit refuses another
 *    writer's article; a stale version is reported for that article and leaves it as it
 *    was while the others go through; refused input changes nothing.
 * Also the picks page's reads: the saved picks as readers get them, and the first candidates.
 * Every expectation is a literal list of slugs, statuses, messages or tags.
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
import { articleSlugStatus, forgetSlugStatus } from "@/content/routing/slug-status";
import { bulkDeleteDraftsAction, bulkSubmitAction, bulkUnpublishAction } from "@/newsroom/actions/article-list";
import { picksPreview, setPicks } from "@/content/rails/picks";
import { dashboardQueues, recentPublishedTitles } from "@/newsroom/articles/queries";
import type { Role } from "@/newsroom/permissions";
import { engines, migratedDatabase, type MigratedDatabase } from "./engines";

const T = new Date("2026-10-01T08:00:00Z");
const at = (hours: number) => new Date(T.getTime() + hours * 3_600_000);
type Status = "DRAFT" | "IN_REVIEW" | "SCHEDULED" | "PUBLISHED" | "UNPUBLISHED";

describe.each(engines)("dashboard queues and bulk actions on %s", (engine) => {
  let fresh: MigratedDatabase;
  let db: Database;
  const user: Record<"writer" | "writer2" | "editor" | "admin", { id: number; role: Role }> = {} as never;
  let category: number;
  let person: number;
  const id: Record<string, number> = {};

  const make = async (slug: string, status: Status, createdById: number, over: { updatedAt?: Date; publishedAt?: Date; scheduledAt?: Date; viewCount?: number } = {}) => {
    const row = await db.prisma.article.create({
      data: {
        slug,
        title: `Bài ${slug}`,
        sapo: "Tóm tắt đủ dài cho một bài thử.",
        body: [{ type: "paragraph", content: [{ text: "Đoạn văn." }] }],
        status,
        categoryId: category,
        createdById,
        publishedAt: over.publishedAt ?? null,
        scheduledAt: over.scheduledAt ?? null,
        viewCount: over.viewCount ?? 0,
        bylines: { create: [{ personId: person, role: "Bài", position: 0 }] },
      },
    });
    await db.prisma.$executeRaw`UPDATE articles SET updated_at = ${over.updatedAt ?? T} WHERE id = ${row.id}`;
    id[slug] = row.id;
    return row.id;
  };
  const as = (who: keyof typeof user): SessionUser => ({ id: user[who].id, email: `${who}@test.vn`, name: who, role: user[who].role, sessionId: "s" });
  const fd = (ids: string[]) => {
    const form = new FormData();
    ids.forEach((v) => form.append("ids", v));
    return form;
  };
  const choice = async (slug: string) => `${id[slug]}:${(await db.prisma.article.findUniqueOrThrow({ where: { id: id[slug] }, select: { version: true } })).version}`;
  const statusOf = async (slug: string) => (await db.prisma.article.findUnique({ where: { id: id[slug] }, select: { status: true, version: true } })) ?? "deleted";
  const items = (state: { result?: Record<string, string> }) => JSON.parse(state.result?.items ?? "null");
  const slugs = (queue: { items: { slug: string }[]; total: number }) => ({ slugs: queue.items.map((a) => a.slug), total: queue.total });

  beforeAll(async () => {
    fresh = await migratedDatabase(engine);
    db = fresh.db;
    const p = db.prisma;
    for (const [who, role] of [["writer", "WRITER"], ["writer2", "WRITER"], ["editor", "EDITOR"], ["admin", "ADMIN"]] as const) {
      user[who] = { id: (await p.user.create({ data: { email: `${who}@test.vn`, name: who, passwordHash: "x", role } })).id, role };
    }
    category = (await p.category.create({ data: { name: "Công đoàn", slug: "cong-doan" } })).id;
    person = (await p.person.create({ data: { name: "Trần An", slug: "tran-an" } })).id;
    const { writer, writer2, editor } = user;
    await make("duyet-moi", "IN_REVIEW", writer.id, { updatedAt: at(5) });
    await make("duyet-cu", "IN_REVIEW", writer2.id, { updatedAt: at(1) });
    await make("duyet-giua", "IN_REVIEW", writer.id, { updatedAt: at(3) });
    await make("nhap-pv-cu", "DRAFT", writer.id, { updatedAt: at(2) });
    await make("nhap-pv-moi", "DRAFT", writer.id, { updatedAt: at(6) });
    await make("nhap-pv2", "DRAFT", writer2.id, { updatedAt: at(7) });
    await make("nhap-btv", "DRAFT", editor.id, { updatedAt: at(4) });
    await make("hen-xa", "SCHEDULED", writer2.id, { scheduledAt: at(48) });
    await make("hen-gan", "SCHEDULED", writer.id, { scheduledAt: at(30) });
    for (let i = 1; i <= 6; i++) await make(`dang-${i}`, "PUBLISHED", i % 2 ? writer.id : writer2.id, { publishedAt: at(-i), viewCount: i * 100 });
    await make("da-go", "UNPUBLISHED", writer.id);
  }, 120_000);

  afterAll(async () => {
    await fresh?.dispose();
  });

  beforeEach(() => {
    updated.length = 0;
    actor = null;
  });

  describe("queues", () => {
    it("an editor sees the whole newsroom's review and scheduled queues, oldest submission and next release first", async () => {
      const q = await dashboardQueues(user.editor);
      expect(q.everyone).toBe(true);
      expect(slugs(q.review)).toEqual({ slugs: ["duyet-cu", "duyet-giua", "duyet-moi"], total: 3 });
      expect(slugs(q.drafts)).toEqual({ slugs: ["nhap-btv"], total: 1 });
      expect(slugs(q.scheduled)).toEqual({ slugs: ["hen-gan", "hen-xa"], total: 2 });
      expect(q.scheduled.items.map((a) => a.scheduledAt?.toISOString())).toEqual(["2026-10-02T14:00:00.000Z", "2026-10-03T08:00:00.000Z"]);
      expect(slugs(q.published)).toEqual({ slugs: ["dang-1", "dang-2", "dang-3", "dang-4", "dang-5"], total: 6 });
      expect(q.published.items.map((a) => a.viewCount)).toEqual([100, 200, 300, 400, 500]);
      expect(await dashboardQueues(user.admin)).toMatchObject({ everyone: true, review: { total: 3 }, drafts: { total: 0, items: [] } });
    });

    it("a writer sees only their own articles in review, drafts and scheduled; published ones are everyone's", async () => {
      const q = await dashboardQueues(user.writer);
      expect(q.everyone).toBe(false);
      expect(slugs(q.review)).toEqual({ slugs: ["duyet-giua", "duyet-moi"], total: 2 });
      expect(slugs(q.drafts)).toEqual({ slugs: ["nhap-pv-moi", "nhap-pv-cu"], total: 2 });
      expect(slugs(q.scheduled)).toEqual({ slugs: ["hen-gan"], total: 1 });
      expect(slugs(q.published)).toEqual({ slugs: ["dang-1", "dang-2", "dang-3", "dang-4", "dang-5"], total: 6 });
      const other = await dashboardQueues(user.writer2);
      expect(slugs(other.review)).toEqual({ slugs: ["duyet-cu"], total: 1 });
      expect(slugs(other.drafts)).toEqual({ slugs: ["nhap-pv2"], total: 1 });
      expect(slugs(other.scheduled)).toEqual({ slugs: ["hen-xa"], total: 1 });
    });
  });

  describe("bulk actions", () => {
    it("a writer cannot unpublish or delete at all: refused before anything is read, nothing changes", async () => {
      actor = as("writer");
      const before = await statusOf("dang-1");
      expect(await bulkUnpublishAction({}, fd([await choice("dang-1")]))).toEqual({ ok: false, denied: "forbidden", message: "Bạn không có quyền thực hiện thao tác này." });
      expect(await bulkDeleteDraftsAction({}, fd([await choice("nhap-pv-cu")]))).toEqual({ ok: false, denied: "forbidden", message: "Bạn không có quyền thực hiện thao tác này." });
      expect(await statusOf("dang-1")).toEqual(before);
      expect(await statusOf("nhap-pv-cu")).toEqual({ status: "DRAFT", version: 1 });
      expect(updated).toEqual([]);
    });

    it("a writer's bulk submit sends their own draft and refuses another writer's article by id", async () => {
      actor = as("writer");
      const state = await bulkSubmitAction({}, fd([await choice("nhap-pv-cu"), await choice("nhap-pv2")]));
      expect(state.ok).toBe(false);
      expect(state.message).toBe("Gửi duyệt: 1 bài thành công, 1 bài không thực hiện được.");
      expect(items(state)).toEqual([
        { id: id["nhap-pv-cu"], title: "Bài nhap-pv-cu", ok: true, message: "Đã gửi duyệt." },
        { id: id["nhap-pv2"], title: "Bài nhap-pv2", ok: false, message: "Bạn chỉ có thể gửi duyệt bài của chính mình." },
      ]);
      expect(await statusOf("nhap-pv-cu")).toEqual({ status: "IN_REVIEW", version: 2 });
      expect(await statusOf("nhap-pv2")).toEqual({ status: "DRAFT", version: 1 });
      expect(updated).toEqual([]); // drafts show nowhere: no page to refresh
    });

    it("an editor unpublishes two articles; a stale one is reported and left published; exactly the touched pages are refreshed", async () => {
      actor = as("editor");
      forgetSlugStatus();
      expect(await articleSlugStatus("dang-2")).toEqual({ status: "ok" }); // remembered…
      const fresh2 = await choice("dang-2");
      const fresh4 = await choice("dang-4");
      const stale5 = await choice("dang-5");
      await db.prisma.article.update({ where: { id: id["dang-5"] }, data: { title: "Bài dang-5 (đã sửa)", version: { increment: 1 } } }); // someone saved since the list was read
      const state = await bulkUnpublishAction({}, fd([fresh2, stale5, fresh4, fresh2]));
      expect(state.message).toBe("Gỡ bài: 2 bài thành công, 1 bài không thực hiện được.");
      expect(items(state)).toEqual([
        { id: id["dang-2"], title: "Bài dang-2", ok: true, message: "Đã gỡ khỏi trang báo." },
        {
          id: id["dang-5"],
          title: "Bài dang-5 (đã sửa)",
          ok: false,
          message: "Bài đã thay đổi sau khi bạn mở danh sách (nay là phiên bản 2): chưa làm gì với bài này. Hãy tải lại trang rồi thử lại.",
        },
        { id: id["dang-4"], title: "Bài dang-4", ok: true, message: "Đã gỡ khỏi trang báo." },
      ]);
      expect(await statusOf("dang-2")).toEqual({ status: "UNPUBLISHED", version: 2 });
      expect(await statusOf("dang-4")).toEqual({ status: "UNPUBLISHED", version: 2 });
      expect(await statusOf("dang-5")).toEqual({ status: "PUBLISHED", version: 2 });
      expect([...updated].sort()).toEqual(["article:dang-2", "article:dang-4", "author:tran-an", "category:cong-doan", "feeds", "home", "most-read", "rails", "search"]);
      expect(await articleSlugStatus("dang-2")).toEqual({ status: "gone" }); // …and forgotten
      expect((await db.prisma.auditLog.findMany({ where: { action: "article.unpublish" }, select: { targetId: true } })).map((e) => e.targetId).sort()).toEqual([String(id["dang-2"]), String(id["dang-4"])].sort());
    });

    it("an editor's bulk delete removes drafts and articles in review only", async () => {
      actor = as("editor");
      const state = await bulkDeleteDraftsAction({}, fd([await choice("nhap-btv"), await choice("dang-6"), await choice("duyet-cu")]));
      expect(items(state)).toEqual([
        { id: id["nhap-btv"], title: "Bài nhap-btv", ok: true, message: "Đã xóa bản nháp." },
        { id: id["dang-6"], title: "Bài dang-6", ok: false, message: "Chỉ có thể xóa bản nháp." },
        { id: id["duyet-cu"], title: "Bài duyet-cu", ok: true, message: "Đã xóa bản nháp." },
      ]);
      expect(await statusOf("nhap-btv")).toBe("deleted");
      expect(await statusOf("duyet-cu")).toBe("deleted");
      expect(await statusOf("dang-6")).toEqual({ status: "PUBLISHED", version: 1 });
      expect(updated).toEqual([]);
    });

    it("an article that no longer exists is reported by its id", async () => {
      actor = as("admin");
      const state = await bulkUnpublishAction({}, fd(["99999:1"]));
      expect(state).toMatchObject({ ok: false, message: "Gỡ bài: 1 bài không thực hiện được." });
      expect(items(state)).toEqual([{ id: 99999, title: "Bài #99999", ok: false, message: "Không tìm thấy bài viết." }]);
    });

    it("malformed choices are refused as a whole before any article is touched", async () => {
      actor = as("editor");
      const good = await choice("dang-3");
      for (const bad of [[], ["1:x"], [good, "0:1"], [good, "1:2:3"], [good, "1e3:1"], [good, " :1"], [good, "1:" + "9".repeat(11)]]) {
        const state = await bulkUnpublishAction({}, fd(bad));
        expect(state, JSON.stringify(bad)).toEqual({ ok: false, message: bad.length === 0 ? "Hãy chọn ít nhất một bài." : "Bài viết được chọn không hợp lệ." });
      }
      const many = await bulkUnpublishAction({}, fd(Array.from({ length: 101 }, (_, i) => `${i + 1}:1`)));
      expect(many).toEqual({ ok: false, message: "Mỗi lần chỉ xử lý được tối đa 100 bài." });
      expect(await statusOf("dang-3")).toEqual({ status: "PUBLISHED", version: 1 });
      expect(updated).toEqual([]);
    });
  });

  describe("picks page reads", () => {
    it("the preview shows the saved picks that readers can get, in order; candidates start with the newest published", async () => {
      await setPicks("must-see", [id["dang-3"], id["dang-1"], id["dang-5"]], user.editor.id);
      await setPicks("home-lead", [id["dang-6"]], user.editor.id);
      await db.prisma.article.update({ where: { id: id["dang-1"] }, data: { status: "UNPUBLISHED" } });
      const preview = await picksPreview();
      expect(preview.homeLead?.slug).toBe("dang-6");
      expect(preview.mustSee.map((a) => [a.slug, a.title, a.category.slug])).toEqual([
        ["dang-3", "Bài dang-3", "cong-doan"],
        ["dang-5", "Bài dang-5 (đã sửa)", "cong-doan"],
      ]);
      expect(await recentPublishedTitles(2)).toEqual([
        { id: id["dang-3"], title: "Bài dang-3" },
        { id: id["dang-5"], title: "Bài dang-5 (đã sửa)" },
      ]);
    });
  });
});
