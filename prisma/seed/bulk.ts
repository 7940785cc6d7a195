import type { PrismaClient } from "@/generated/prisma/client";
import type { BlockInput } from "@/content/blocks/schema";
import { slugify } from "@/content/vietnamese/slugify";
import {
  CATEGORY_WORDS, CONNECTORS, FAMILY_NAMES, GENERAL_TAGS, GIVEN_NAMES, HEADINGS, MIDDLE_NAMES, PLACES, RARE_PHRASE,
  SENTENCES, TIME_PHRASES,
} from "./bulk-words";

/**
 * A generated archive for testing at scale: `SEED_ARTICLES=100000 npm run db:seed` fills the
 * database up to that many articles (all statuses counted) with stories spread over about five
 * years, in every category and sub-category, each with 2–4 of ~220 tags, 1–2 of 200 reporters,
 * a view count and (mostly) one of the seed photos as its cover. No image file is made.
 *
 * Article n (1, 2, 3 …) is a pure function of n and of the ids of categories, tags, people and
 * photos: its slug ends in "-d<n>", so a re-run counts what exists and adds only the missing
 * numbers. Rows go in with one INSERT … SELECT FROM jsonb_to_recordset per batch (articles, their
 * tags and bylines in one statement), each batch in its own transaction.
 */

export const BULK_SLUG_SUFFIX = /-d(\d+)$/;
/** About five years between article 1 (the newest) and article 100,000. */
const SPACING_SECONDS = 1_577;
const BATCH = 2_000;

export interface BulkReport {
  target: number;
  before: number;
  created: number;
  tags: number;
  bylines: number;
  ms: number;
}

export interface BulkContext {
  now: Date;
  /** Category slug → id. */
  categories: Map<string, number>;
  /** Tag name → id. */
  tags: Map<string, number>;
  people: number[];
  photos: number[];
}

export interface BulkArticle {
  title: string;
  slug: string;
  sapo: string;
  body: BlockInput[];
  kind: "NEWS" | "PHOTO_STORY";
  status: "PUBLISHED" | "DRAFT" | "UNPUBLISHED";
  published_at: string | null;
  created_at: string;
  updated_at: string;
  category_id: number;
  cover_media_id: number | null;
  view_count: number;
  tag_ids: number[];
  person_ids: number[];
  roles: string[];
}

/** Deterministic generator (mulberry32) seeded by the article number. */
function rng(seed: number) {
  let a = (seed * 2_654_435_761) >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  return {
    next,
    int: (max: number) => Math.floor(next() * max),
    /** Skewed towards the start of the list (a few items are used a lot). */
    skewed: <T>(items: T[]) => items[Math.floor(items.length * next() * next())],
    pick: <T>(items: T[]) => items[Math.floor(next() * items.length)],
    /** k distinct items in random order. */
    sample: <T>(items: T[], k: number) => {
      const copy = [...items];
      for (let i = copy.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [copy[i], copy[j]] = [copy[j], copy[i]];
      }
      return copy.slice(0, k);
    },
  };
}

const CATEGORY_SLUGS = Object.keys(CATEGORY_WORDS);
const WEIGHT_TOTAL = CATEGORY_SLUGS.reduce((sum, slug) => sum + CATEGORY_WORDS[slug].weight, 0);

function categoryFor(r: number): string {
  let left = r * WEIGHT_TOTAL;
  for (const slug of CATEGORY_SLUGS) {
    left -= CATEGORY_WORDS[slug].weight;
    if (left < 0) return slug;
  }
  return CATEGORY_SLUGS[CATEGORY_SLUGS.length - 1];
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The n-th generated article (n ≥ 1; 1 is the newest). */
export function bulkArticle(n: number, ctx: BulkContext): BulkArticle {
  const r = rng(n);
  const categorySlug = categoryFor(r.next());
  const words = CATEGORY_WORDS[categorySlug];
  const subject = r.pick(words.subjects);
  const action = r.pick(words.actions);
  const place = r.skewed(PLACES);
  const local = words.local !== false;
  const where = r.next() < (local ? 0.6 : 0.15) ? `${r.pick(CONNECTORS)} ${place}` : "";
  const title = [subject, action, where, local ? r.pick(TIME_PHRASES) : ""].filter(Boolean).join(" ");

  const categoryTags = [...new Set([r.skewed(words.tags), r.skewed(words.tags)])];
  const tagNames = [...new Set([
    ...categoryTags.slice(0, 1 + r.int(2)),
    ...(r.next() < 0.7 ? [place] : []),
    ...(r.next() < 0.5 ? [r.skewed(GENERAL_TAGS)] : []),
    ...(r.next() < 0.3 ? [r.skewed(words.tags)] : []),
  ])];
  while (tagNames.length < 2) tagNames.push(r.pick([...words.tags, ...GENERAL_TAGS].filter((t) => !tagNames.includes(t))));
  const tagIds = tagNames.slice(0, 4).map((name) => ctx.tags.get(name)!);

  const fill = (template: string) =>
    template
      .replaceAll("{s}", r.pick(words.subjects))
      .replaceAll("{a}", r.pick(words.actions))
      .replaceAll("{p}", r.skewed(PLACES))
      .replaceAll("{t}", r.pick(words.tags).toLowerCase())
      .replaceAll("{n}", String(2 + r.int(97)));
  const rare = n % 2_000 === 17 ? ` Sự kiện có màn trình diễn ${RARE_PHRASE} thu hút đông người xem.` : "";
  const [first, second] = r.sample(SENTENCES, 2);
  const sapo = `${capitalize(fill(first))} ${fill(second)}${rare}`;
  const body: BlockInput[] = [];
  const paragraphs = 3 + r.int(4);
  for (let i = 0; i < paragraphs; i++) {
    if (i === 2 && r.next() < 0.4) body.push({ type: "heading", level: 2, text: r.pick(HEADINGS) });
    if (i === 1 && ctx.photos.length && r.next() < 0.05) body.push({ type: "image", mediaId: r.pick(ctx.photos) });
    if (i === 3 && r.next() < 0.3) body.push({ type: "quote", text: fill(r.pick(SENTENCES)) });
    const text = r.sample(SENTENCES, 2 + r.int(3)).map(fill).join(" ");
    body.push({ type: "paragraph", content: [{ text }] });
  }

  const status = n % 97 === 0 ? "DRAFT" : n % 331 === 0 ? "UNPUBLISHED" : "PUBLISHED";
  const published = new Date(ctx.now.getTime() - 3_600_000 - (n * SPACING_SECONDS + r.int(1_200)) * 1_000);
  const photoStory = r.next() < 0.04;
  const authors = [r.skewed(ctx.people)];
  if (r.next() < 0.25) {
    const second = r.pick(ctx.people);
    if (second !== authors[0]) authors.push(second);
  }
  // Views: most stories a few hundred, a few tens of thousands.
  const views = Math.floor(80 + 40_000 * r.next() ** 6 + 900 * r.next());
  return {
    title,
    slug: `${slugify(title, 110)}-d${n}`,
    sapo,
    body,
    kind: photoStory ? "PHOTO_STORY" : "NEWS",
    status,
    published_at: status === "DRAFT" ? null : published.toISOString(),
    created_at: new Date(published.getTime() - (1 + r.int(48)) * 3_600_000).toISOString(),
    updated_at: new Date(published.getTime() + r.int(7_200) * 1_000).toISOString(),
    category_id: ctx.categories.get(categorySlug)!,
    cover_media_id: ctx.photos.length && r.next() < 0.85 ? r.pick(ctx.photos) : null,
    view_count: status === "DRAFT" ? 0 : views,
    tag_ids: tagIds,
    person_ids: authors,
    roles: authors.map((_, i) => (i === 0 ? (photoStory ? "Ảnh" : "Bài") : "Ảnh")),
  };
}

/** 200 reporters' names, distinct, in a fixed order. */
export function bulkPeople(count = 200): string[] {
  const names: string[] = [];
  for (let i = 0; names.length < count; i++) {
    const name = `${FAMILY_NAMES[i % FAMILY_NAMES.length]} ${MIDDLE_NAMES[(i * 7) % MIDDLE_NAMES.length]} ${GIVEN_NAMES[(i * 13) % GIVEN_NAMES.length]}`;
    if (!names.includes(name)) names.push(name);
  }
  return names;
}

export function bulkTagNames(): string[] {
  const bySlug = new Map<string, string>();
  for (const name of [...Object.values(CATEGORY_WORDS).flatMap((c) => c.tags), ...PLACES, ...GENERAL_TAGS]) {
    if (!bySlug.has(slugify(name))) bySlug.set(slugify(name), name);
  }
  return [...bySlug.values()];
}

const INSERT_BATCH = `
WITH rows AS (
  SELECT * FROM jsonb_to_recordset($1::jsonb) AS r(
    title text, slug text, sapo text, body jsonb, kind "ArticleKind", status "ArticleStatus",
    published_at timestamptz, created_at timestamptz, updated_at timestamptz, category_id int,
    cover_media_id int, view_count int, tag_ids int[], person_ids int[], roles text[])
), ins AS (
  INSERT INTO articles (title, slug, sapo, body, kind, status, published_at, created_at, updated_at, category_id, cover_media_id, view_count)
  SELECT title, slug, sapo, body, kind, status, published_at, created_at, updated_at, category_id, cover_media_id, view_count FROM rows
  ON CONFLICT (slug) DO NOTHING
  RETURNING id, slug
), tagged AS (
  INSERT INTO article_tags (article_id, tag_id)
  SELECT ins.id, t.tag_id FROM ins JOIN rows USING (slug) CROSS JOIN LATERAL unnest(rows.tag_ids) AS t(tag_id)
  RETURNING 1
), signed AS (
  INSERT INTO bylines (article_id, person_id, role, position)
  SELECT ins.id, b.person_id, b.role, b.ord - 1
  FROM ins JOIN rows USING (slug) CROSS JOIN LATERAL unnest(rows.person_ids, rows.roles) WITH ORDINALITY AS b(person_id, role, ord)
  RETURNING 1
)
SELECT (SELECT count(*) FROM ins)::int AS articles, (SELECT count(*) FROM tagged)::int AS tags, (SELECT count(*) FROM signed)::int AS bylines`;

/**
 * Adds generated articles until the database holds `target` articles in all. Needs the
 * categories of seed.ts and (for covers) its photos; creates the tags and people it uses.
 */
export async function seedBulkArticles(prisma: PrismaClient, target: number, now = new Date(), log = console.log): Promise<BulkReport> {
  const started = performance.now();
  const before = await prisma.article.count();
  const report: BulkReport = { target, before, created: 0, tags: 0, bylines: 0, ms: 0 };
  if (before >= target) return { ...report, ms: performance.now() - started };

  const categories = new Map((await prisma.category.findMany({ select: { id: true, slug: true } })).map((c) => [c.slug, c.id]));
  const missing = Object.keys(CATEGORY_WORDS).filter((slug) => !categories.has(slug));
  if (missing.length) throw new Error(`Bulk seed: categories ${missing.join(", ")} are missing (run the seed first)`);

  const tagNames = bulkTagNames();
  await prisma.tag.createMany({ data: tagNames.map((name) => ({ name, slug: slugify(name) })), skipDuplicates: true });
  const tagRows = await prisma.tag.findMany({ where: { slug: { in: tagNames.map((t) => slugify(t)) } }, select: { id: true, slug: true } });
  const tagBySlug = new Map(tagRows.map((t) => [t.slug, t.id]));
  const tags = new Map(tagNames.map((name) => [name, tagBySlug.get(slugify(name))!]));

  const peopleNames = bulkPeople();
  await prisma.person.createMany({ data: peopleNames.map((name) => ({ name, slug: slugify(name) })), skipDuplicates: true });
  const peopleRows = await prisma.person.findMany({ where: { slug: { in: peopleNames.map((p) => slugify(p)) } }, select: { id: true, slug: true } });
  const personBySlug = new Map(peopleRows.map((p) => [p.slug, p.id]));
  const people = peopleNames.map((name) => personBySlug.get(slugify(name))!);

  const photos = (await prisma.media.findMany({ where: { fileKey: { startsWith: "seed/" } }, orderBy: { id: "asc" }, select: { id: true } })).map((m) => m.id);

  // Numbers already used (a re-run continues after the highest one).
  const [{ last }] = await prisma.$queryRawUnsafe<{ last: number | null }[]>(
    `SELECT max((substring(slug from '-d([0-9]+)$'))::int) AS last FROM articles WHERE slug ~ '-d[0-9]+$'`,
  );
  const ctx: BulkContext = { now, categories, tags, people, photos };
  let n = (last ?? 0) + 1;
  let left = target - before;
  // Statistics of `articles` as it grows: the foreign-key checks of article_tags and bylines are
  // planned from them, and a plan made while the table looked empty (a sequential scan per row)
  // would make each batch slower than the last (PGlite runs no autovacuum to refresh them).
  let analyzedAt = Math.max(before, 1);
  while (left > 0) {
    if (before + report.created >= 2 * analyzedAt) {
      await prisma.$executeRawUnsafe(`ANALYZE "articles"`);
      analyzedAt = before + report.created;
    }
    const size = Math.min(BATCH, left);
    const rows = Array.from({ length: size }, (_, i) => bulkArticle(n + i, ctx));
    const [counts] = await prisma.$transaction((tx) =>
      tx.$queryRawUnsafe<{ articles: number; tags: number; bylines: number }[]>(INSERT_BATCH, JSON.stringify(rows)),
    { timeout: 120_000 });
    report.created += counts.articles;
    report.tags += counts.tags;
    report.bylines += counts.bylines;
    if (counts.articles === 0) throw new Error(`Bulk seed: articles ${n}…${n + size - 1} all exist already`);
    left -= counts.articles;
    n += size;
    if (report.created % 20_000 < BATCH) {
      log(`[seed] bulk: ${report.created.toLocaleString("en")} / ${(target - before).toLocaleString("en")} articles (${((performance.now() - started) / 1000).toFixed(1)} s)`);
    }
  }
  // PGlite runs no autovacuum: statistics and the visibility map come from here.
  for (const table of ["articles", "article_tags", "bylines", "tags", "people"]) {
    await prisma.$executeRawUnsafe(`VACUUM ANALYZE "${table}"`);
  }
  report.ms = performance.now() - started;
  return report;
}
