// Counts the SQL queries of one uncached article page (article + rails), on the
// configured engine (DATABASE_URL or the embedded database; stop `npm start` first).
// Usage: npx tsx scripts/bench/queries.ts [slug]
import { useDatabase } from "@/db/client";
import { openDatabase } from "@/db/connection";

const slug = process.argv[2] || "dot-thi-dua-cao-diem-chao-mung-dai-hoi-cong-doan-cac-cap-trach-nhiem-tri-tue-tao-da-thanh-cong";
const db = openDatabase({ ...(await import("@/db/connection")).configFromEnv(), logQueries: true });
useDatabase(db);
let queries = 0;
(db.prisma as unknown as { $on(e: "query", cb: () => void): void }).$on("query", () => queries++);
// Outside Next, 'use cache' is inert: every call below reaches the database.
const { getPublishedArticle } = await import("@/content/article/queries");
const { getArticleRails } = await import("@/content/rails/queries");
const started = performance.now();
const article = await getPublishedArticle(slug);
if (!article) throw new Error(`no published article ${slug}`);
const articleQueries = queries;
await getArticleRails(article);
console.log(
  `${db.engine}: article ${articleQueries} queries, rails ${queries - articleQueries} queries, ` +
    `${queries} in all for an uncached article page (${(performance.now() - started).toFixed(0)} ms)`,
);
await db.close();
