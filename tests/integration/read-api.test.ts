import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/connection";
import { articleHandler, categoriesHandler, listArticlesHandler, openApiHandler, unknownPathHandler } from "@/api/v1/handlers";
import { preflight } from "@/api/v1/http";
import { articlePageSchema, articleSchema, categoryListSchema, errorSchema } from "@/api/v1/schemas";
import { forgetSlugStatus } from "@/content/routing/slug-status";
import { OLD_REFERENCE_SLUG, seed, WITHDRAWN_SLUG } from "../../prisma/seed/seed";
import { engines, migratedDatabase, type MigratedDatabase } from "./engines";

const REFERENCE_SLUG = "dot-thi-dua-cao-diem-chao-mung-dai-hoi-cong-doan-cac-cap-trach-nhiem-tri-tue-tao-da-thanh-cong";
const BASE = "http://localhost:3000/api/v1";

const get = (url: string, headers: Record<string, string> = {}) => new Request(`${BASE}${url}`, { headers });
const list = (query = "", headers: Record<string, string> = {}) => listArticlesHandler(get(`/articles${query}`, headers));
const article = (slug: string, headers: Record<string, string> = {}) => articleHandler(get(`/articles/${slug}`, headers), slug);

async function errorOf(response: Response) {
  expect(response.headers.get("content-type")).toMatch(/^application\/json/);
  return errorSchema.parse(await response.json()).error;
}

/** Every page of a list, following nextCursor. */
async function allPages(query: string, limit = 7) {
  const ids: number[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < 100; page++) {
    const sep = query ? "&" : "?";
    const response = await list(`${query}${sep}limit=${limit}${cursor ? `&cursor=${cursor}` : ""}`);
    expect(response.status).toBe(200);
    const body = articlePageSchema.parse(await response.json());
    ids.push(...body.items.map((a) => a.id));
    if (!body.nextCursor) {
      expect(response.headers.get("link")).toBeNull();
      return ids;
    }
    expect(response.headers.get("link")).toContain(`cursor=${body.nextCursor}`);
    cursor = body.nextCursor;
  }
  throw new Error("too many pages");
}

describe.each(engines)("read API on %s", (engine) => {
  let fresh: MigratedDatabase;
  let db: Database;
  const mediaDir = fs.mkdtempSync(path.join(os.tmpdir(), "newsroom-api-media-"));
  const savedEnv = { ...process.env };

  beforeAll(async () => {
    process.env.MEDIA_DIR = mediaDir;
    fresh = await migratedDatabase(engine);
    db = fresh.db;
    forgetSlugStatus();
    await seed(db.prisma);
  }, 300_000);

  afterEach(() => {
    for (const key of ["API_CORS_ORIGINS", "API_RATE_LIMIT_BURST", "API_RATE_LIMIT_PER_MINUTE", "NEWSROOM_PEER_HEADER", "TRUSTED_PROXIES"]) {
      if (savedEnv[key] === undefined) delete process.env[key];
      else process.env[key] = savedEnv[key];
    }
  });

  afterAll(async () => {
    await fresh?.dispose();
    fs.rmSync(mediaDir, { recursive: true, force: true });
  });

  it("lists every published article exactly once, newest first, through opaque cursors", async () => {
    const ids = await allPages("");
    const published = await db.prisma.article.findMany({
      where: { status: "PUBLISHED" },
      orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
      select: { id: true },
    });
    expect(ids).toEqual(published.map((a) => a.id));
    const first = articlePageSchema.parse(await (await list("?limit=2")).json());
    expect(first.items).toHaveLength(2);
    expect(first.items[0].url).toMatch(/^http:\/\/localhost:3000\/bai-viet\//);
    const withCover = first.items.find((a) => a.cover);
    if (withCover) expect(withCover.cover!.variants[0].url).toMatch(/\/media\/.+-\d+\.webp$/);
  });

  it("filters by category (with sub-categories), tag, author and since, alone and together", async () => {
    const categoryIds = (await db.prisma.category.findMany({ where: { OR: [{ slug: "the-thao" }, { parent: { slug: "the-thao" } }] }, select: { id: true } })).map((c) => c.id);
    const sports = await allPages("?category=the-thao");
    expect(sports.length).toBe(await db.prisma.article.count({ where: { status: "PUBLISHED", categoryId: { in: categoryIds } } }));
    expect(sports.length).toBeGreaterThan(0);

    const tag = await db.prisma.tag.findFirstOrThrow({ where: { articles: { some: { article: { status: "PUBLISHED" } } } }, select: { slug: true, id: true } });
    const tagged = await allPages(`?tag=${tag.slug}`);
    expect(tagged.length).toBe(await db.prisma.article.count({ where: { status: "PUBLISHED", tags: { some: { tagId: tag.id } } } }));

    const byPhamDiep = await allPages("?author=pham-diep");
    expect(byPhamDiep.length).toBe(await db.prisma.article.count({ where: { status: "PUBLISHED", bylines: { some: { person: { slug: "pham-diep" } } } } }));
    expect(byPhamDiep.length).toBeGreaterThan(0);

    const middle = await db.prisma.article.findMany({ where: { status: "PUBLISHED" }, orderBy: { publishedAt: "desc" }, take: 10, select: { publishedAt: true } });
    const since = new Date(Math.ceil(middle[9].publishedAt!.getTime() / 1000) * 1000);
    const recent = await allPages(`?since=${encodeURIComponent(since.toISOString())}`);
    expect(recent.length).toBe(await db.prisma.article.count({ where: { status: "PUBLISHED", publishedAt: { gte: since } } }));

    const both = await allPages(`?category=the-thao&author=pham-diep&since=2000-01-01`);
    expect(both.length).toBe(
      await db.prisma.article.count({ where: { status: "PUBLISHED", categoryId: { in: categoryIds }, bylines: { some: { person: { slug: "pham-diep" } } } } }),
    );
    for (const filter of ["category=khong-co", "tag=khong-co", "author=khong-co"]) {
      const response = await list(`?${filter}`);
      expect(response.status).toBe(404);
      expect((await errorOf(response)).code).toBe("not_found");
    }
  });

  it("answers malformed parameters with a 400 naming the parameter, in Vietnamese", async () => {
    const cases: [string, string][] = [
      ["?limit=0", "limit"],
      ["?limit=51", "limit"],
      ["?limit=abc", "limit"],
      ["?limit=-1", "limit"],
      ["?since=hom-qua", "since"],
      ["?since=2026-02-30", "since"],
      ["?cursor=xyz", "cursor"],
      ["?cursor=zzzzzzzzzzzz.1", "cursor"],
      ["?category=C%C3%B4ng-%C4%90o%C3%A0n", "category"],
      ["?category=%00", "category"],
      ["?tag=" + "a".repeat(201), "tag"],
      ["?page=2", "page"],
      ["?category=a&category=b", "category"],
    ];
    for (const [query, parameter] of cases) {
      const response = await list(query);
      expect(response.status, query).toBe(400);
      expect(response.headers.get("cache-control")).toBe("no-store");
      const error = await errorOf(response);
      expect(error.code).toBe("invalid_parameter");
      expect(error.message).toMatch(/^Tham số không hợp lệ: /);
      expect(error.details!.map((d) => d.parameter), query).toContain(parameter);
    }
    const badSlug = await article("Bai-Viet");
    expect(badSlug.status).toBe(400);
    expect((await errorOf(badSlug)).code).toBe("invalid_parameter");
    const categoriesWithQuery = await categoriesHandler(get("/categories?x=1"));
    expect(categoriesWithQuery.status).toBe(400);
  });

  it("gives a published article whole: block body, media with variants and captions, bylines, tags", async () => {
    const response = await article(REFERENCE_SLUG);
    expect(response.status).toBe(200);
    const body = articleSchema.parse(await response.json());
    expect(body.slug).toBe(REFERENCE_SLUG);
    expect(body.kind).toBe("INTERVIEW");
    expect(body.bylines).toEqual([{ name: "Phạm Diệp", slug: "pham-diep", role: "Thực hiện" }]);
    const images = body.body.filter((b) => b.type === "image");
    expect(images.length).toBe(4);
    for (const image of images) {
      if (image.type !== "image") continue;
      const media = body.media[String(image.mediaId)];
      expect(media).toBeDefined();
      expect(media.variants.length).toBeGreaterThan(0);
      expect(media.url).toMatch(/^http:\/\/localhost:3000\/media\//);
    }
    expect(Object.values(body.media).some((m) => m.caption || m.credit) || images.some((b) => b.type === "image" && b.caption)).toBe(true);
    expect(body.body.some((b) => b.type === "interview-turn")).toBe(true);
    expect(body.relatedArticles.length).toBe(3);
    expect(response.headers.get("cache-tag")).toContain(`article:${REFERENCE_SLUG}`);
    expect(response.headers.get("cache-control")).toMatch(/^public, max-age=0, s-maxage=\d+/);
  });

  it("never serves what is not published: unpublished, drafts, scheduled and unknown slugs are 404; an old slug is a 301", async () => {
    for (const slug of [WITHDRAWN_SLUG, "khong-co-bai-nay"]) {
      const response = await article(slug);
      expect(response.status, slug).toBe(404);
      expect((await errorOf(response)).code).toBe("not_found");
    }
    const moved = await article(OLD_REFERENCE_SLUG);
    expect(moved.status).toBe(301);
    expect(moved.headers.get("location")).toBe(`/api/v1/articles/${REFERENCE_SLUG}`);

    const hidden = await db.prisma.article.findFirstOrThrow({ where: { status: "PUBLISHED", slug: { not: REFERENCE_SLUG } }, orderBy: { publishedAt: "desc" } });
    expect((await article(hidden.slug)).status).toBe(200);
    for (const status of ["DRAFT", "IN_REVIEW", "SCHEDULED", "UNPUBLISHED"] as const) {
      await db.prisma.article.update({ where: { id: hidden.id }, data: { status } });
      forgetSlugStatus();
      expect((await article(hidden.slug)).status, status).toBe(404);
      expect(await allPages(""), status).not.toContain(hidden.id);
    }
    const notPublished = new Set((await db.prisma.article.findMany({ where: { status: { not: "PUBLISHED" } }, select: { id: true } })).map((a) => a.id));
    expect((await allPages("", 50)).filter((id) => notPublished.has(id))).toEqual([]);
    await db.prisma.article.update({ where: { id: hidden.id }, data: { status: "PUBLISHED" } });
    expect((await article(hidden.slug)).status).toBe(200);
  });

  it("answers 304 to a current ETag and a new ETag after a change", async () => {
    const first = await article(REFERENCE_SLUG);
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{32}"$/);
    const again = await article(REFERENCE_SLUG, { "if-none-match": etag });
    expect(again.status).toBe(304);
    expect(again.headers.get("etag")).toBe(etag);
    expect(await again.text()).toBe("");
    expect((await article(REFERENCE_SLUG, { "if-none-match": `W/${etag}` })).status).toBe(304);
    expect((await article(REFERENCE_SLUG, { "if-none-match": '"other"' })).status).toBe(200);
    const row = await db.prisma.article.findUniqueOrThrow({ where: { slug: REFERENCE_SLUG } });
    await db.prisma.article.update({ where: { id: row.id }, data: { sapo: `${row.sapo} (cập nhật)` } });
    const changed = await article(REFERENCE_SLUG, { "if-none-match": etag });
    expect(changed.status).toBe(200);
    expect(changed.headers.get("etag")).not.toBe(etag);
    await db.prisma.article.update({ where: { id: row.id }, data: { sapo: row.sapo } });
    const listEtag = (await list("?limit=3")).headers.get("etag")!;
    expect((await list("?limit=3", { "if-none-match": listEtag })).status).toBe(304);
  });

  it("lists categories with their parents", async () => {
    const response = await categoriesHandler(get("/categories"));
    expect(response.status).toBe(200);
    const body = categoryListSchema.parse(await response.json());
    expect(body.items).toHaveLength(await db.prisma.category.count());
    const football = body.items.find((c) => c.slug === "bong-da");
    expect(football?.parent).toBe("the-thao");
    expect(body.items.findIndex((c) => c.slug === "the-thao")).toBeLessThan(body.items.indexOf(football!));
  });

  it("sends CORS headers as configured and answers preflights", async () => {
    const open = await list("?limit=1", { origin: "https://app.example" });
    expect(open.headers.get("access-control-allow-origin")).toBe("*");
    expect(open.headers.get("access-control-expose-headers")).toContain("ETag");
    process.env.API_CORS_ORIGINS = "https://app.example, https://doitac.vn";
    const allowed = await list("?limit=1", { origin: "https://doitac.vn" });
    expect(allowed.headers.get("access-control-allow-origin")).toBe("https://doitac.vn");
    expect(allowed.headers.get("vary")).toContain("Origin");
    const other = await list("?limit=1", { origin: "https://evil.example" });
    expect(other.headers.get("access-control-allow-origin")).toBeNull();
    const pre = preflight(get("/articles", { origin: "https://app.example", "access-control-request-method": "GET" }));
    expect(pre.status).toBe(204);
    expect(pre.headers.get("access-control-allow-methods")).toContain("GET");
    process.env.API_CORS_ORIGINS = "none";
    expect((await list("?limit=1", { origin: "https://app.example" })).headers.get("access-control-allow-origin")).toBeNull();
  });

  it("rate-limits per client address with a 429 and Retry-After, other addresses unaffected", async () => {
    process.env.NEWSROOM_PEER_HEADER = "1";
    process.env.API_RATE_LIMIT_BURST = "5";
    process.env.API_RATE_LIMIT_PER_MINUTE = "60";
    const from = (ip: string) => categoriesHandler(get("/categories", { "x-newsroom-peer-address": ip }));
    for (let i = 0; i < 5; i++) expect((await from("192.0.2.7")).status).toBe(200);
    const refused = await from("192.0.2.7");
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect((await errorOf(refused)).code).toBe("rate_limited");
    expect(refused.headers.get("access-control-allow-origin")).toBe("*");
    expect((await from("192.0.2.8")).status).toBe(200);
  });

  it("publishes an OpenAPI 3.1 document generated from the schemas, whose references all resolve", async () => {
    const response = await openApiHandler(get("/openapi.json"));
    expect(response.status).toBe(200);
    const doc = await response.json();
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toEqual(["/articles", "/articles/{slug}", "/categories", "/openapi.json"]);
    expect(doc.paths["/articles"].get.parameters.map((p: { name: string }) => p.name)).toEqual(["category", "tag", "author", "since", "cursor", "limit"]);
    for (const name of ["Article", "ArticleSummary", "ArticlePage", "Media", "Category", "CategoryList", "Error"]) expect(doc.components.schemas[name], name).toBeDefined();
    // The body's block types come from the site's one block schema.
    expect(JSON.stringify(doc.components.schemas.Article)).toContain('"interview-turn"');
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1]);
    expect(refs.length).toBeGreaterThan(5);
    for (const ref of refs) expect(doc.components.schemas[ref], ref).toBeDefined();
    const unknown = await unknownPathHandler(get("/bai-viet"));
    expect(unknown.status).toBe(404);
    expect((await errorOf(unknown)).message).toContain("openapi.json");
  });
});
