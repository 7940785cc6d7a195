import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { prisma, readerPrisma, useDatabase } from "@/db/client";
import { configFromEnv, openDatabase, type Database } from "@/db/connection";
import { migrate } from "@/db/migrate";
import type { PrismaClient } from "@/generated/prisma/client";
import { publishDue, saveArticle, transitionArticle, type Actor } from "@/content/article/commands";
import { getAuthor, getCategory, getHomeSections, getTag, listAuthor, listCategory, listMostRead, listTag } from "@/content/article/lists";
import { getArticlePreview } from "@/content/article/preview";
import { getHomeFeed, getPublishedArticle } from "@/content/article/queries";
import { articleInputSchema } from "@/content/article/schema";
import { flushViews, recordView } from "@/content/article/view-counter";
import { getNavigation } from "@/content/category/queries";
import { feedItems, newsSitemapEntries, sitemapCategories, sitemapChunk, sitemapChunkCount } from "@/content/feeds/queries";
import { getRails } from "@/content/rails/queries";
import { articleSlugStatus, forgetSlugStatus } from "@/content/routing/slug-status";
import { searchArticles } from "@/content/search/queries";
import { listNewsroomArticles } from "@/newsroom/articles/queries";
import { createSession, userForToken } from "@/newsroom/auth/sessions";
import { createUser } from "@/newsroom/users/commands";
import { freshDatabase, type FreshDatabase } from "./engines";

/**
 * DATABASE_REPLICA_URL routes the cached public reads to a read replica and everything else
 * to the primary. Proved without streaming replication: two separate databases, each migrated,
 * hold DIFFERENT content — the "replica" a story that exists only there, the primary one that
 * exists only there — so every read shows which server answered it. Reader queries must see
 * only the replica's story; the newsroom, writes, sessions, the scheduler and view counts must
 * see only the primary's.
 */
const server = process.env.DATABASE_URL;

const ON_REPLICA = { slug: "tin-chi-co-tren-ban-sao", title: "Tin chỉ có trên bản sao", id: 20_001 };
const ON_PRIMARY = { slug: "tin-chi-co-tren-may-chu-chinh", title: "Tin chỉ có trên máy chủ chính" };
/** A top-level category of the replica only (navigation, category sitemap). */
const REPLICA_CATEGORY = "chuyen-muc-cua-ban-sao";

/** The same structure in both databases, with one story (and one extra category) telling them apart. */
async function fill(client: PrismaClient, where: "primary" | "replica") {
  const story: { slug: string; title: string; id?: number } = where === "replica" ? ON_REPLICA : ON_PRIMARY;
  const category = await client.category.create({ data: { name: where === "replica" ? "Thời sự (bản sao)" : "Thời sự (chính)", slug: "thoi-su", position: 1 } });
  if (where === "replica") await client.category.create({ data: { name: "Chỉ có trên bản sao", slug: REPLICA_CATEGORY, position: 2 } });
  const tag = await client.tag.create({ data: { name: where === "replica" ? "Bản tin (bản sao)" : "Bản tin (chính)", slug: "ban-tin" } });
  const person = await client.person.create({ data: { name: where === "replica" ? "Phóng Viên Bản Sao" : "Phóng Viên Chính", slug: "phong-vien" } });
  const article = await client.article.create({
    data: {
      ...(story.id ? { id: story.id } : {}),
      title: story.title,
      slug: story.slug,
      sapo: "Tin thử xem truy vấn đọc đi tới máy chủ nào.",
      body: [{ type: "paragraph", content: [{ text: "Nội dung." }] }],
      status: "PUBLISHED",
      publishedAt: new Date(Date.now() - 3_600_000),
      categoryId: category.id,
      viewCount: 10,
      tags: { create: [{ tagId: tag.id }] },
      bylines: { create: [{ personId: person.id, role: "Bài", position: 0 }] },
    },
  });
  await client.editorPick.createMany({
    data: [
      { slot: "must-see", articleId: article.id, position: 0 },
      { slot: "home-lead", articleId: article.id, position: 0 },
    ],
  });
  return { categoryId: category.id, tagId: tag.id, articleId: article.id };
}

describe("the reader client without a replica", () => {
  it("is the primary client itself on PGlite, and DATABASE_REPLICA_URL alone is ignored", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const config = configFromEnv({ DATABASE_REPLICA_URL: "postgresql://replica.invalid/x", PGLITE_DATA_DIR: "/tmp/newsroom-never-opened" });
    expect(config).toEqual({ dataDir: "/tmp/newsroom-never-opened" });
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/DATABASE_REPLICA_URL is ignored without DATABASE_URL/));
    warn.mockRestore();
    const db = openDatabase({ dataDir: "memory://" });
    try {
      expect(db.reader).toBe(db.prisma);
    } finally {
      await db.close();
    }
  });

  it("is the primary client itself on PostgreSQL without DATABASE_REPLICA_URL (no second pool)", async () => {
    expect(configFromEnv({ DATABASE_URL: "postgresql://a/b" })).toEqual({ url: "postgresql://a/b" });
    expect(configFromEnv({ DATABASE_URL: "postgresql://a/b", DATABASE_REPLICA_URL: "postgresql://c/d" })).toEqual({ url: "postgresql://a/b", replicaUrl: "postgresql://c/d" });
    const db = openDatabase({ url: "postgresql://postgres@127.0.0.1:1/never-connected" });
    try {
      expect(db.reader).toBe(db.prisma);
    } finally {
      await db.close();
    }
  });
});

describe.runIf(server)("reader queries on the read replica of DATABASE_REPLICA_URL (PostgreSQL)", () => {
  let primary: FreshDatabase;
  let replica: FreshDatabase;
  let db: Database;
  let inReplica: pg.Client;
  let editor: Actor;
  let ids: { primary: Awaited<ReturnType<typeof fill>>; replica: Awaited<ReturnType<typeof fill>> };

  beforeAll(async () => {
    [primary, replica] = await Promise.all([freshDatabase("postgres"), freshDatabase("postgres")]);
    const filled = [];
    for (const [fresh, where] of [[primary, "primary"], [replica, "replica"]] as const) {
      const own = fresh.open();
      try {
        await own.withSession((s) => migrate(s));
        filled.push(await fill(own.prisma, where));
      } finally {
        await own.close();
      }
    }
    ids = { primary: filled[0], replica: filled[1] };
    // Configured exactly as a deployment is: from the environment.
    db = openDatabase(configFromEnv({ DATABASE_URL: primary.env.DATABASE_URL, DATABASE_REPLICA_URL: replica.env.DATABASE_URL }));
    useDatabase(db);
    forgetSlugStatus();
    inReplica = new pg.Client({ connectionString: replica.env.DATABASE_URL });
    await inReplica.connect();
    const user = await createUser({ email: "bientap@test.vn", name: "Biên Tập", role: "EDITOR", password: "mat-khau-dai-du-10" }, { id: null });
    editor = { id: user.id, role: "EDITOR" };
  }, 180_000);

  afterAll(async () => {
    forgetSlugStatus();
    await inReplica?.end();
    await db?.close();
    await primary?.dispose();
    await replica?.dispose();
  });

  it("has two clients: the primary and the replica's", () => {
    expect(readerPrisma()).toBe(db.reader);
    expect(prisma()).toBe(db.prisma);
    expect(db.reader).not.toBe(db.prisma);
  });

  it("article, home, lists, most read and navigation read the replica", async () => {
    const article = await getPublishedArticle(ON_REPLICA.slug);
    expect(article?.title).toBe(ON_REPLICA.title);
    expect(article?.breadcrumb).toEqual([{ name: "Thời sự (bản sao)", slug: "thoi-su" }]);
    expect(await getPublishedArticle(ON_PRIMARY.slug)).toBeNull();

    const home = await getHomeFeed(10);
    expect(home.lead?.slug).toBe(ON_REPLICA.slug);
    expect(home.latest).toEqual([]); // the lead is left out; the primary's story would be here
    const sections = await getHomeSections();
    expect(sections.flatMap((s) => s.items.map((a) => a.slug))).toEqual([ON_REPLICA.slug]);

    expect((await getCategory("thoi-su"))?.name).toBe("Thời sự (bản sao)");
    expect((await listCategory("thoi-su", null))?.items.map((a) => a.slug)).toEqual([ON_REPLICA.slug]);
    expect((await getTag("ban-tin"))?.name).toBe("Bản tin (bản sao)");
    expect((await listTag("ban-tin", null))?.items.map((a) => a.slug)).toEqual([ON_REPLICA.slug]);
    expect((await getAuthor("phong-vien"))?.name).toBe("Phóng Viên Bản Sao");
    expect((await listAuthor("phong-vien", null))?.items.map((a) => a.slug)).toEqual([ON_REPLICA.slug]);
    expect((await listMostRead(5)).map((a) => a.slug)).toEqual([ON_REPLICA.slug]);
    expect((await getNavigation()).map((c) => c.slug)).toEqual(["thoi-su", REPLICA_CATEGORY]);
  });

  it("rails, search, feeds and sitemaps read the replica", async () => {
    const rails = await getRails({ id: 999_999, categoryId: ids.replica.categoryId, categorySlug: "thoi-su", tagIds: [ids.replica.tagId], relatedIds: [] });
    expect(rails.mustSee.map((a) => a.slug)).toEqual([ON_REPLICA.slug]);
    const railSlugs = [...rails.mustSee, ...rails.mostRead, ...rails.interesting, ...rails.others].map((a) => a.slug);
    expect(railSlugs).not.toContain(ON_PRIMARY.slug);

    expect((await searchArticles("tin chi co tren")).items.map((a) => a.slug)).toEqual([ON_REPLICA.slug]);
    expect((await searchArticles("ban sao")).total).toBe(1);
    expect((await searchArticles("may chu chinh")).total).toBe(0);

    expect(await sitemapChunkCount()).toBe(3); // the replica's story has id 20,001 (the primary's: 1)
    expect((await sitemapChunk(2)).map((e) => e.slug)).toEqual([ON_REPLICA.slug]);
    expect(await sitemapChunk(0)).toEqual([]);
    expect((await sitemapCategories()).map((c) => c.slug)).toEqual(["thoi-su", REPLICA_CATEGORY]);
    expect((await newsSitemapEntries()).map((e) => e.slug)).toEqual([ON_REPLICA.slug]);
    expect((await feedItems()).map((e) => e.slug)).toEqual([ON_REPLICA.slug]);
    expect((await feedItems("thoi-su")).map((e) => e.slug)).toEqual([ON_REPLICA.slug]);
  });

  it("the slug status checked before rendering reads the replica", async () => {
    forgetSlugStatus();
    expect(await articleSlugStatus(ON_REPLICA.slug)).toEqual({ status: "ok" });
    expect(await articleSlugStatus(ON_PRIMARY.slug)).toEqual({ status: "missing" });
  });

  it("the newsroom's reads, preview and saves go to the primary; the replica sees none of it", async () => {
    const listed = await listNewsroomArticles({});
    expect(listed.items.map((a) => a.slug)).toEqual([ON_PRIMARY.slug]);
    expect((await getArticlePreview(ids.primary.articleId))?.title).toBe(ON_PRIMARY.title);
    expect(await getArticlePreview(ON_REPLICA.id)).toBeNull();

    const input = articleInputSchema.parse({
      title: "Bài mới lưu ở máy chủ chính",
      sapo: "Lưu rồi xuất bản trong tòa soạn.",
      categoryId: ids.primary.categoryId,
      kind: "NEWS",
      tags: ["Bản tin"],
      bylines: [{ name: "Biên Tập", role: "Bài" }],
      body: [{ type: "paragraph", content: [{ text: "Đoạn một." }] }],
    });
    const saved = await saveArticle(null, null, input, editor);
    const published = await transitionArticle(saved.id, saved.version, "publish", editor);
    expect(published.status).toBe("PUBLISHED");
    expect(await db.prisma.article.findUnique({ where: { slug: saved.slug }, select: { status: true } })).toEqual({ status: "PUBLISHED" });
    const { rows } = await inReplica.query("SELECT count(*)::int AS n FROM articles WHERE slug = $1", [saved.slug]);
    expect(rows[0].n).toBe(0);
    expect(await db.prisma.auditLog.count({ where: { action: "article.publish", targetId: String(saved.id) } })).toBe(1);
    // Without replication the reader never sees it: proof that the render reads the replica,
    // and the reason production needs a synchronous standby (README, DATABASE_REPLICA_URL).
    expect(await getPublishedArticle(saved.slug)).toBeNull();
  });

  it("sessions, the scheduler and view counts use the primary", async () => {
    const { token } = await createSession(editor.id, { ip: "192.0.2.1", userAgent: "test" });
    expect((await userForToken(token))?.id).toBe(editor.id); // the user exists on the primary only
    const { rows: sessions } = await inReplica.query("SELECT count(*)::int AS n FROM sessions");
    expect(sessions[0].n).toBe(0);

    const scheduled = await db.prisma.article.create({
      data: {
        title: "Bài hẹn giờ",
        slug: "bai-hen-gio",
        sapo: "Hẹn giờ lên trang đúng lúc.",
        body: [{ type: "paragraph", content: [{ text: "Bài đủ điều kiện lên trang." }] }],
        status: "SCHEDULED",
        scheduledAt: new Date(Date.now() - 1000),
        categoryId: ids.primary.categoryId,
        bylines: { create: [{ role: "Bài", position: 0, person: { create: { name: "Trần An", slug: "tran-an-hen-gio" } } }] },
      },
    });
    expect((await publishDue()).map((p) => p.id)).toEqual([scheduled.id]);

    recordView(ON_PRIMARY.slug);
    recordView(ON_PRIMARY.slug);
    expect(await flushViews()).toBe(1);
    expect((await db.prisma.article.findUniqueOrThrow({ where: { slug: ON_PRIMARY.slug } })).viewCount).toBe(12);
  });
});
