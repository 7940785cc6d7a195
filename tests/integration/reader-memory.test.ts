import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Database } from "@/db/connection";
import { flushViews, recordView } from "@/content/article/view-counter";
import { articleSlugStatus, forgetSlugStatus } from "@/content/routing/slug-status";
import { engines, migratedDatabase, type MigratedDatabase } from "./engines";

/**
 * What the reader side keeps in memory, with its numbers written out: view counts are
 * flushed 5 seconds after the first view, for at most 10,000 distinct slugs between two
 * flushes; an article URL's status is remembered for 15 seconds (20,000 answers at most)
 * and forgotten, here and on the other instances, when a write changes it.
 */
const memory = globalThis as unknown as {
  __viewCounts?: Map<string, number>;
  __viewTimer?: NodeJS.Timeout;
  __slugStatus?: Map<string, unknown>;
  __sharedCacheBus?: { publish(purge: { slugs: string[] | "*" }): Promise<boolean> };
};

describe.each(engines)("reader memory on %s", (engine) => {
  let fresh: MigratedDatabase;
  let db: Database;
  let categoryId: number;
  const views = (slug: string) => db.prisma.article.findUniqueOrThrow({ where: { slug }, select: { viewCount: true } }).then((a) => a.viewCount);
  const story = (slug: string, status: "PUBLISHED" | "DRAFT" | "UNPUBLISHED" | "IN_REVIEW" = "PUBLISHED") =>
    db.prisma.article.create({ data: { slug, title: slug, sapo: "", body: [], categoryId, status, publishedAt: status === "PUBLISHED" ? new Date() : null } });

  beforeAll(async () => {
    fresh = await migratedDatabase(engine);
    db = fresh.db;
    categoryId = (await db.prisma.category.create({ data: { name: "Bộ nhớ", slug: "bo-nho" } })).id;
  }, 120_000);

  afterAll(async () => {
    await fresh?.dispose();
  });

  beforeEach(async () => {
    await flushViews();
    forgetSlugStatus();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
    delete memory.__sharedCacheBus;
  });

  describe("view counts", () => {
    it("are written 5 seconds after the first view, all together, published stories only", async () => {
      await story("doc-hen-gio");
      await story("doc-ban-nhap", "DRAFT");
      vi.useFakeTimers({ toFake: ["setTimeout"] });
      expect(recordView("doc-hen-gio")).toBe(true);
      expect(recordView("doc-hen-gio")).toBe(true);
      expect(recordView("doc-ban-nhap")).toBe(true);
      vi.advanceTimersByTime(4_999);
      expect(await views("doc-hen-gio")).toBe(0);
      vi.advanceTimersByTime(1);
      await vi.waitFor(async () => expect(await views("doc-hen-gio")).toBe(2), { timeout: 10_000 });
      expect(await views("doc-ban-nhap")).toBe(0);
      // the next view starts a new 5 seconds
      expect(memory.__viewTimer).toBeUndefined();
      recordView("doc-hen-gio");
      expect(memory.__viewTimer).toBeDefined();
      expect(await flushViews()).toBe(1);
      expect(await views("doc-hen-gio")).toBe(3);
    });

    it("keep at most 10,000 distinct slugs between two flushes; known slugs still count", async () => {
      await story("doc-gioi-han");
      expect(recordView("doc-gioi-han")).toBe(true);
      for (let i = 1; i < 10_000; i++) expect(recordView(`khong-co-${i}`)).toBe(true);
      expect(memory.__viewCounts!.size).toBe(10_000);
      expect(recordView("mot-slug-nua")).toBe(false);
      expect(recordView("doc-gioi-han")).toBe(true);
      expect(memory.__viewCounts!.get("doc-gioi-han")).toBe(2);
      expect(await flushViews()).toBe(1);
      expect(await views("doc-gioi-han")).toBe(2);
      expect(recordView("mot-slug-nua")).toBe(true);
      await flushViews();
    });

    it("a failed write is logged and answers 0, the counts are dropped", async () => {
      const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
      recordView("bat-ky");
      vi.spyOn(db.prisma, "$executeRaw").mockRejectedValueOnce(new Error("mất kết nối"));
      expect(await flushViews()).toBe(0);
      expect(log).toHaveBeenCalledTimes(1);
      expect(log.mock.calls[0][0]).toBe("[views] flush failed");
      expect(await flushViews()).toBe(0);
    });
  });

  describe("article URL status", () => {
    it("current, moved, gone or missing, following a redirect to its story's state", async () => {
      const live = await story("bai-dang-song");
      await story("bai-da-go", "UNPUBLISHED");
      await story("bai-nhap", "DRAFT");
      await story("bai-cho-duyet", "IN_REVIEW");
      const goneTarget = await story("bai-go-sau-doi-ten", "UNPUBLISHED");
      const draftTarget = await story("bai-nhap-sau-doi-ten", "DRAFT");
      await db.prisma.slugRedirect.createMany({
        data: [
          { oldSlug: "ten-cu-con-song", articleId: live.id },
          { oldSlug: "ten-cu-da-go", articleId: goneTarget.id },
          { oldSlug: "ten-cu-ban-nhap", articleId: draftTarget.id },
        ],
      });
      expect(await articleSlugStatus("bai-dang-song")).toEqual({ status: "ok" });
      expect(await articleSlugStatus("bai-da-go")).toEqual({ status: "gone" });
      expect(await articleSlugStatus("bai-nhap")).toEqual({ status: "missing" });
      expect(await articleSlugStatus("bai-cho-duyet")).toEqual({ status: "missing" });
      expect(await articleSlugStatus("ten-cu-con-song")).toEqual({ status: "moved", slug: "bai-dang-song" });
      expect(await articleSlugStatus("ten-cu-da-go")).toEqual({ status: "gone" });
      expect(await articleSlugStatus("ten-cu-ban-nhap")).toEqual({ status: "missing" });
      expect(await articleSlugStatus("khong-he-co")).toEqual({ status: "missing" });
      for (const bad of ["", "A", "a b", "a/b", "x".repeat(201)]) expect(await articleSlugStatus(bad), bad).toEqual({ status: "missing" });
      expect(await articleSlugStatus("x".repeat(200))).toEqual({ status: "missing" });
    });

    it("is remembered for 15 seconds, then read again", async () => {
      const a = await story("bai-nho-15-giay");
      vi.useFakeTimers({ toFake: ["Date"], now: new Date("2026-11-20T08:00:00Z") });
      expect(await articleSlugStatus("bai-nho-15-giay")).toEqual({ status: "ok" });
      await db.prisma.article.update({ where: { id: a.id }, data: { status: "UNPUBLISHED" } });
      vi.setSystemTime(new Date("2026-11-20T08:00:14.999Z"));
      expect(await articleSlugStatus("bai-nho-15-giay")).toEqual({ status: "ok" });
      vi.setSystemTime(new Date("2026-11-20T08:00:15.000Z"));
      expect(await articleSlugStatus("bai-nho-15-giay")).toEqual({ status: "gone" });
    });

    it("keeps at most 20,000 answers: the next one starts afresh", async () => {
      memory.__slugStatus = new Map(Array.from({ length: 19_999 }, (_, i) => [`da-nho-${i}`, { at: Date.now(), value: { status: "missing" } }]));
      await articleSlugStatus("cau-tra-loi-thu-20000");
      expect(memory.__slugStatus.size).toBe(20_000);
      await articleSlugStatus("cau-tra-loi-thu-20001");
      expect(memory.__slugStatus.size).toBe(1);
      expect(memory.__slugStatus.has("cau-tra-loi-thu-20001")).toBe(true);
    });

    it("a write forgets one slug's answer, or all of them, here and on the other instances", async () => {
      const published: { slugs: string[] | "*" }[] = [];
      memory.__sharedCacheBus = { publish: async (purge) => (published.push(purge), true) };
      const a = await story("bai-quen-mot");
      await story("bai-giu-lai");
      expect(await articleSlugStatus("bai-quen-mot")).toEqual({ status: "ok" });
      expect(await articleSlugStatus("bai-giu-lai")).toEqual({ status: "ok" });
      await db.prisma.article.updateMany({ where: { slug: { in: ["bai-quen-mot", "bai-giu-lai"] } }, data: { status: "UNPUBLISHED" } });
      forgetSlugStatus("bai-quen-mot");
      expect(await articleSlugStatus("bai-quen-mot")).toEqual({ status: "gone" });
      expect(await articleSlugStatus("bai-giu-lai")).toEqual({ status: "ok" }); // still remembered
      forgetSlugStatus();
      expect(await articleSlugStatus("bai-giu-lai")).toEqual({ status: "gone" });
      expect(published).toEqual([{ slugs: ["bai-quen-mot"] }, { slugs: "*" }]);
      expect(a.id).toBeGreaterThan(0);
    });
  });
});

describe("the embedded database's own memory", () => {
  it("runs PostgreSQL with a 32 MB buffer cache (PGlite's default of 128 MB costs the server ~100 MB resident)", async () => {
    const fresh = await migratedDatabase("pglite");
    try {
      const [row] = await fresh.db.withSession((s) => s.query<{ shared_buffers: string }>("SHOW shared_buffers"));
      expect(row.shared_buffers).toBe("32MB");
    } finally {
      await fresh.dispose();
    }
  });
});
