import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/newsroom/auth/sessions";

/**
 * The article list's bulk actions when everything goes through, and when the database itself
 * fails (src/newsroom/actions/article-list.ts, src/newsroom/articles/bulk.ts). The refusals
 * per article are in newsroom-queues.test.ts. next/cache's updateTag is replaced by a
 * recorder; every expected message, status and tag is written out.
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
import { bulkSubmitAction, bulkUnpublishAction } from "@/newsroom/actions/article-list";
import { engines, migratedDatabase, type MigratedDatabase } from "./engines";

describe.each(engines)("bulk actions that all go through, or fail, on %s", (engine) => {
  let fresh: MigratedDatabase;
  let db: Database;
  let editor: SessionUser;
  let writer: SessionUser;
  const id: Record<string, number> = {};

  const make = async (slug: string, status: "DRAFT" | "PUBLISHED", categoryId: number, personId: number, createdById: number) => {
    const row = await db.prisma.article.create({
      data: {
        slug,
        title: `Bài ${slug}`,
        sapo: "Tóm tắt đủ dài cho một bài thử.",
        body: [{ type: "paragraph", content: [{ text: "Đoạn văn." }] }],
        status,
        categoryId,
        createdById,
        publishedAt: status === "PUBLISHED" ? new Date("2026-10-01T08:00:00Z") : null,
        bylines: { create: [{ personId, role: "Bài", position: 0 }] },
      },
    });
    id[slug] = row.id;
  };
  const fd = (ids: string[]) => {
    const form = new FormData();
    ids.forEach((v) => form.append("ids", v));
    return form;
  };
  const statusOf = (slug: string) => db.prisma.article.findUniqueOrThrow({ where: { id: id[slug] }, select: { status: true, version: true } });
  const items = (state: { result?: Record<string, string> }) => JSON.parse(state.result?.items ?? "null");

  beforeAll(async () => {
    fresh = await migratedDatabase(engine);
    db = fresh.db;
    const p = db.prisma;
    const user = async (name: string, role: "WRITER" | "EDITOR"): Promise<SessionUser> => {
      const created = await p.user.create({ data: { email: `${name}@test.vn`, name, passwordHash: "x", role } });
      return { id: created.id, email: created.email, name, role, sessionId: "s" };
    };
    editor = await user("bien-tap", "EDITOR");
    writer = await user("phong-vien", "WRITER");
    const thoiSu = (await p.category.create({ data: { name: "Thời sự", slug: "thoi-su" } })).id;
    const giaoDuc = (await p.category.create({ data: { name: "Giáo dục", slug: "giao-duc" } })).id;
    const an = (await p.person.create({ data: { name: "Trần An", slug: "tran-an" } })).id;
    const binh = (await p.person.create({ data: { name: "Lê Bình", slug: "le-binh" } })).id;
    // Listed in this order in the form: the second article's tags sort before some of the first's.
    await make("tin-thoi-su", "PUBLISHED", thoiSu, an, writer.id);
    await make("tin-giao-duc", "PUBLISHED", giaoDuc, binh, writer.id);
    await make("nhap-mot", "DRAFT", thoiSu, an, writer.id);
    await make("nhap-hai", "DRAFT", giaoDuc, binh, writer.id);
    await make("tin-loi", "PUBLISHED", thoiSu, an, writer.id);
    await make("tin-truoc", "PUBLISHED", giaoDuc, binh, writer.id);
    await make("tin-sau", "PUBLISHED", thoiSu, an, writer.id);
  }, 120_000);

  afterAll(async () => {
    await fresh?.dispose();
  });

  beforeEach(() => {
    updated.length = 0;
    actor = null;
  });

  it("every article going through is a success: one summary, and each touched tag refreshed once, in order", async () => {
    actor = editor;
    const state = await bulkUnpublishAction({}, fd([`${id["tin-thoi-su"]}:1`, `${id["tin-giao-duc"]}:1`]));
    expect(state).toEqual({ ok: true, message: "Gỡ bài: 2 bài thành công.", result: { items: expect.any(String) } });
    expect(items(state)).toEqual([
      { id: id["tin-thoi-su"], title: "Bài tin-thoi-su", ok: true, message: "Đã gỡ khỏi trang báo." },
      { id: id["tin-giao-duc"], title: "Bài tin-giao-duc", ok: true, message: "Đã gỡ khỏi trang báo." },
    ]);
    expect(updated).toEqual([
      "article:tin-giao-duc",
      "article:tin-thoi-su",
      "author:le-binh",
      "author:tran-an",
      "category:giao-duc",
      "category:thoi-su",
      "feeds",
      "home",
      "most-read",
      "rails",
      "search",
    ]);
    expect(await statusOf("tin-thoi-su")).toEqual({ status: "UNPUBLISHED", version: 2 });
    expect(await statusOf("tin-giao-duc")).toEqual({ status: "UNPUBLISHED", version: 2 });
  });

  it("a writer's bulk submit of their own drafts: all sent, ok", async () => {
    actor = writer;
    const state = await bulkSubmitAction({}, fd([`${id["nhap-mot"]}:1`, `${id["nhap-hai"]}:1`]));
    expect(state).toEqual({ ok: true, message: "Gửi duyệt: 2 bài thành công.", result: { items: expect.any(String) } });
    expect(items(state)).toEqual([
      { id: id["nhap-mot"], title: "Bài nhap-mot", ok: true, message: "Đã gửi duyệt." },
      { id: id["nhap-hai"], title: "Bài nhap-hai", ok: true, message: "Đã gửi duyệt." },
    ]);
    expect(await statusOf("nhap-mot")).toEqual({ status: "IN_REVIEW", version: 2 });
    expect(await statusOf("nhap-hai")).toEqual({ status: "IN_REVIEW", version: 2 });
  });

  it("a database failure stops the bulk action at that article: those before it stay done and their caches are refreshed, it and those after are untouched", async () => {
    actor = editor;
    await db.prisma.$executeRawUnsafe(`CREATE FUNCTION refuse_bulk() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.slug = 'tin-loi' THEN RAISE EXCEPTION 'refused for the test'; END IF; RETURN NEW; END $$`);
    await db.prisma.$executeRawUnsafe(`CREATE TRIGGER refuse_bulk BEFORE UPDATE ON articles FOR EACH ROW EXECUTE FUNCTION refuse_bulk()`);
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    let state: Awaited<ReturnType<typeof bulkUnpublishAction>>;
    try {
      state = await bulkUnpublishAction({}, fd([`${id["tin-truoc"]}:1`, `${id["tin-loi"]}:1`, `${id["tin-sau"]}:1`]));
      expect(logged).toHaveBeenCalledTimes(1);
    } finally {
      logged.mockRestore();
      await db.prisma.$executeRawUnsafe(`DROP TRIGGER refuse_bulk ON articles`);
      await db.prisma.$executeRawUnsafe(`DROP FUNCTION refuse_bulk()`);
    }
    expect(state).toEqual({ ok: false, message: "Gỡ bài: 1 bài thành công, 2 bài không thực hiện được.", result: { items: expect.any(String) } });
    expect(items(state)).toEqual([
      { id: id["tin-truoc"], title: "Bài tin-truoc", ok: true, message: "Đã gỡ khỏi trang báo." },
      { id: id["tin-loi"], title: "Bài tin-loi", ok: false, message: "Lỗi máy chủ: chưa làm gì với bài này. Hãy thử lại sau." },
      { id: id["tin-sau"], title: "Bài tin-sau", ok: false, message: "Lỗi máy chủ: chưa làm gì với bài này. Hãy thử lại sau." },
    ]);
    expect(await statusOf("tin-truoc")).toEqual({ status: "UNPUBLISHED", version: 2 });
    expect(await statusOf("tin-loi")).toEqual({ status: "PUBLISHED", version: 1 });
    expect(await statusOf("tin-sau")).toEqual({ status: "PUBLISHED", version: 1 });
    // the one done is gone from the site: its pages are refreshed
    expect(updated).toEqual(["article:tin-truoc", "author:le-binh", "category:giao-duc", "feeds", "home", "most-read", "rails", "search"]);
  });
});
