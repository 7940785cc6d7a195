// The uncached path at scale: times the reads behind the reader pages, straight against the
// database, on the configured engine (DATABASE_URL, or the embedded database of PGLITE_DATA_DIR:
// stop `npm start` first). Outside Next, 'use cache' is inert: every call reaches the database.
//
//   SEED_ARTICLES=100000 PGLITE_DATA_DIR=/tmp/big npm run db:seed
//   PGLITE_DATA_DIR=/tmp/big npx tsx scripts/bench/uncached.ts [--runs 7] [--explain] [--json file]
//
// Each read runs once to warm up, then --runs times; the table shows the median and the
// slowest run, and the SQL queries of one run (Prisma query events). Goals: < 50 ms for
// each read, ≤ 4 queries for an article with its rails. --explain prints EXPLAIN ANALYZE of
// each query of each read (one run). Exit code 1 when a goal is missed.
import fs from "node:fs";
import { useDatabase } from "@/db/client";
import { configFromEnv, openDatabase } from "@/db/connection";
import { decodeCursor, encodeCursor } from "@/content/article/cursor";

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const RUNS = Number(option("--runs", "7"));
const EXPLAIN = flag("--explain");
const ONLY = option("--only", "");

const db = openDatabase({ ...configFromEnv(), logQueries: true });
useDatabase(db);
interface LoggedQuery {
  query: string;
  params: string;
  duration: number;
}
let log: LoggedQuery[] = [];
(db.prisma as unknown as { $on(e: "query", cb: (e: LoggedQuery) => void): void }).$on("query", (e) =>
  log.push({ query: e.query, params: e.params, duration: e.duration }),
);

const { getCategory, listCategory, getTag, listTag, getHomeSections, listMostRead, PAGE_SIZE } = await import("@/content/article/lists");
const { getHomeFeed, getPublishedArticle } = await import("@/content/article/queries");
const { getArticleRails } = await import("@/content/rails/queries");
const { searchArticles } = await import("@/content/search/queries");
const { sitemapChunk, sitemapChunkCount } = await import("@/content/feeds/queries");
const { REFERENCE_TITLE } = await import("../../prisma/seed/reference-article");
const { slugify } = await import("@/content/vietnamese/slugify");

// ── What to read: chosen from the data, before timing (these lookups are not counted) ──
const total = await db.prisma.article.count();
const published = await db.prisma.article.count({ where: { status: "PUBLISHED" } });
// The category (with its sub-categories) that has the most stories; its page 1,000 if it has one.
const categories = await db.prisma.category.findMany({ where: { parentId: null }, select: { slug: true, id: true, children: { select: { id: true } } } });
const sized = await Promise.all(
  categories.map(async (c) => ({
    slug: c.slug,
    ids: [c.id, ...c.children.map((x) => x.id)],
    count: await db.prisma.article.count({ where: { status: "PUBLISHED", categoryId: { in: [c.id, ...c.children.map((x) => x.id)] } } }),
  })),
);
const withChildren = sized.filter((c) => c.ids.length > 1).sort((a, b) => b.count - a.count)[0];
const deepPage = Math.min(1_000, Math.ceil(withChildren.count / PAGE_SIZE));
const deepRow = await db.prisma.article.findMany({
  where: { status: "PUBLISHED", categoryId: { in: withChildren.ids } },
  orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
  skip: Math.max(0, (deepPage - 1) * PAGE_SIZE - 1),
  take: 1,
  select: { id: true, publishedAt: true },
});
const deepCursor = decodeCursor(encodeCursor({ id: deepRow[0].id, publishedAt: deepRow[0].publishedAt! }))!;
// Most used tag, and a tag used by few stories.
const tagCounts = await db.prisma.$queryRawUnsafe<{ slug: string; n: number }[]>(
  `SELECT t.slug, count(*)::int AS n FROM article_tags x JOIN tags t ON t.id = x.tag_id GROUP BY t.slug ORDER BY n DESC, t.slug`,
);
const commonTag = tagCounts[0];
const rareTag = tagCounts.find((t) => t.n >= 3 && t.n <= 30) ?? tagCounts[tagCounts.length - 1];
// The reference interview (photos, related links: the most queries) and a generated story.
const referenceSlug = slugify(REFERENCE_TITLE);
const generated = await db.prisma.article.findFirst({ where: { status: "PUBLISHED", slug: { endsWith: "-d5000" } }, select: { slug: true } })
  ?? await db.prisma.article.findFirst({ where: { status: "PUBLISHED" }, orderBy: { id: "desc" }, select: { slug: true } });
const chunks = await sitemapChunkCount();

interface Read {
  name: string;
  detail: string;
  maxQueries?: number;
  run(): Promise<unknown>;
}

const articleWithRails = (slug: string) => async () => {
  const article = await getPublishedArticle(slug);
  if (!article) throw new Error(`no published article ${slug}`);
  return [article, await getArticleRails(article)];
};

const reads: Read[] = [
  {
    name: "home page",
    detail: "lead, newest, one block per category, Đọc nhiều",
    run: () => Promise.all([getHomeFeed(6), getHomeSections(4), listMostRead(6)]),
  },
  {
    name: "category page 1",
    detail: `${withChildren.slug} (+${withChildren.ids.length - 1} sub), ${withChildren.count.toLocaleString("en")} stories`,
    run: () => Promise.all([getCategory(withChildren.slug), listCategory(withChildren.slug, null)]),
  },
  {
    name: `category page ${deepPage.toLocaleString("en")}`,
    detail: `keyset cursor ${encodeCursor(deepCursor)}`,
    run: async () => {
      const [, page] = await Promise.all([getCategory(withChildren.slug), listCategory(withChildren.slug, deepCursor)]);
      if (!page || page.items.length === 0) throw new Error("deep category page is empty");
      return page;
    },
  },
  {
    name: "tag page (common)",
    detail: `${commonTag.slug}, ${commonTag.n.toLocaleString("en")} stories`,
    run: () => Promise.all([getTag(commonTag.slug), listTag(commonTag.slug, null)]),
  },
  {
    name: "tag page (rare)",
    detail: `${rareTag.slug}, ${rareTag.n.toLocaleString("en")} stories`,
    run: () => Promise.all([getTag(rareTag.slug), listTag(rareTag.slug, null)]),
  },
  { name: "article + rails (reference)", detail: "4 photos, 3 related links", maxQueries: 4, run: articleWithRails(referenceSlug) },
  ...(generated ? [{ name: "article + rails (generated)", detail: generated.slug.slice(-28), maxQueries: 4, run: articleWithRails(generated.slug) }] : []),
  { name: "search very common word", detail: "“thủ đô” (in 31% of stories)", run: () => searchArticles("thủ đô") },
  { name: "search common word", detail: "“hà nội” (in 18% of stories)", run: () => searchArticles("hà nội") },
  { name: "search common, page 5", detail: "“cong doan” (12%), page 5", run: () => searchArticles("cong doan", 5) },
  { name: "search rare word", detail: "“khinh khí cầu” (50 stories)", run: () => searchArticles("khinh khí cầu") },
  {
    name: "sitemap chunk",
    detail: `chunk 0 of ${chunks}`,
    run: async () => {
      if (0 >= (await sitemapChunkCount())) throw new Error("no sitemap chunk");
      return sitemapChunk(0);
    },
  },
].filter((r) => !ONLY || r.name.includes(ONLY));

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function explain(entry: LoggedQuery): Promise<string> {
  if (!/^\s*(SELECT|WITH)/i.test(entry.query)) return `(not explained) ${entry.query.slice(0, 80)}`;
  const params = JSON.parse(entry.params || "[]") as unknown[];
  const rows = await db.prisma.$queryRawUnsafe<Record<string, string>[]>(`EXPLAIN (ANALYZE, BUFFERS) ${entry.query}`, ...params);
  return rows.map((r) => Object.values(r)[0]).join("\n");
}

interface Result {
  name: string;
  detail: string;
  median: number;
  max: number;
  queries: number;
  ok: boolean;
}
const results: Result[] = [];
for (const read of reads) {
  await read.run(); // warm-up
  const times: number[] = [];
  let queries = 0;
  for (let i = 0; i < RUNS; i++) {
    log = [];
    const started = performance.now();
    await read.run();
    times.push(performance.now() - started);
    queries = log.length;
  }
  const ms = median(times);
  const ok = ms < 50 && (read.maxQueries === undefined || queries <= read.maxQueries);
  results.push({ name: read.name, detail: read.detail, median: ms, max: Math.max(...times), queries, ok });
  if (EXPLAIN) {
    log = [];
    await read.run();
    const entries = [...log];
    console.log(`\n━━ ${read.name} (${read.detail}): ${entries.length} queries`);
    for (const entry of entries) {
      console.log(`\n-- ${entry.query.replace(/\s+/g, " ").slice(0, 400)}\n-- params ${entry.params.slice(0, 200)}`);
      console.log(await explain(entry));
    }
  }
}

const engine = db.engine === "pglite" ? "PGlite" : "PostgreSQL";
console.log(
  `\n${engine}: ${total.toLocaleString("en")} articles (${published.toLocaleString("en")} published), uncached reads, ` +
    `median of ${RUNS} runs after a warm-up\n`,
);
const pad = (s: string, n: number) => s + " ".repeat(Math.max(0, n - [...s].length));
const lpad = (s: string, n: number) => " ".repeat(Math.max(0, n - [...s].length)) + s;
console.log(`${pad("read", 30)}${pad("what", 44)}${lpad("ms", 8)}${lpad("max", 8)}${lpad("queries", 9)}  goal`);
for (const r of results) {
  const goal = r.name.startsWith("article") ? "< 50 ms, ≤ 4 q" : "< 50 ms";
  console.log(
    `${pad(r.name, 30)}${pad(r.detail.slice(0, 43), 44)}${lpad(r.median.toFixed(1), 8)}${lpad(r.max.toFixed(1), 8)}${lpad(String(r.queries), 9)}  ${pad(goal, 16)}${r.ok ? "ok" : "MISSED"}`,
  );
}
const jsonFile = option("--json", "");
if (jsonFile) fs.writeFileSync(jsonFile, JSON.stringify({ engine: db.engine, total, published, runs: RUNS, results }, null, 2));
await db.close();
process.exitCode = results.every((r) => r.ok) ? 0 : 1;
