import type { PrismaClient } from "@/generated/prisma/client";
import { paragraph, parseBody, type BlockInput } from "@/content/blocks/schema";
import { mediaStore, storeImage } from "@/content/media/storage";
import { slugify } from "@/content/vietnamese/slugify";
import { referenceArticle, REFERENCE_GUEST, REFERENCE_MUST_SEE, type ReferenceItem } from "./reference-article";
import { seedBulkArticles } from "./bulk";
import { generateSeedImage } from "./seed-images";
import { stories as mainStories, type SeedStory } from "./stories";
import { moreStories } from "./stories-more";

const stories = [...mainStories, ...moreStories];

/**
 * Idempotent seed: categories, people, tags, images, the reference interview and
 * the stories its rails name, plus enough other stories to fill every page.
 * Re-running adds only what is missing and never touches edited content.
 */
export const CATEGORIES: { slug: string; name: string; parent?: string; description: string }[] = [
  { slug: "thoi-su", name: "Thời sự", description: "Tin tức thời sự trong nước và Thủ đô." },
  { slug: "cong-doan", name: "Công đoàn", description: "Hoạt động Công đoàn và phong trào công nhân, viên chức, lao động Thủ đô." },
  { slug: "kinh-te", name: "Kinh tế", description: "Kinh tế, doanh nghiệp, thị trường." },
  { slug: "tai-chinh", name: "Tài chính", parent: "kinh-te", description: "Thuế, phí, ngân hàng, chứng khoán." },
  { slug: "xa-hoi", name: "Xã hội", description: "Đời sống, đô thị, y tế, an sinh." },
  { slug: "moi-truong", name: "Môi trường", parent: "xa-hoi", description: "Môi trường và phát triển bền vững." },
  { slug: "van-hoa", name: "Văn hóa", description: "Văn hóa, nghệ thuật, du lịch." },
  { slug: "giao-duc", name: "Giáo dục", description: "Giáo dục, thi cử, tuyển sinh." },
  { slug: "the-thao", name: "Thể thao", description: "Thể thao trong nước và quốc tế." },
  { slug: "bong-da", name: "Bóng đá", parent: "the-thao", description: "Bóng đá Việt Nam và thế giới." },
  { slug: "phap-luat", name: "Pháp luật", description: "Pháp luật, bạn đọc, an ninh trật tự." },
];

export const OLD_REFERENCE_SLUG = "dot-thi-dua-cao-diem-chao-mung-dai-hoi-cong-doan";
export const WITHDRAWN_SLUG = "thong-bao-lich-tiep-cong-dan-thang-6";

export interface SeedReport {
  categories: number;
  articlesCreated: number;
  articlesTotal: number;
  images: number;
}

async function ensureImage(
  prisma: PrismaClient,
  name: string,
  defaults: { alt: string; caption?: string; credit?: string },
): Promise<number> {
  const key = `seed/${name}.jpg`;
  const existing = await prisma.media.findUnique({ where: { fileKey: key }, select: { id: true } });
  // Through the media store (disk or S3): the original is written last, so it stands for the set.
  if (existing && (await mediaStore().exists(key))) return existing.id;
  const stored = await storeImage(await generateSeedImage(name), key);
  const data = {
    mime: stored.mime,
    width: stored.width,
    height: stored.height,
    sizeBytes: stored.sizeBytes,
    variants: stored.variants,
  };
  const media = await prisma.media.upsert({
    where: { fileKey: key },
    create: { fileKey: key, ...data, ...defaults },
    update: data,
  });
  return media.id;
}

function storyBody(story: SeedStory): BlockInput[] {
  return story.paragraphs.map((text): BlockInput => {
    if (text.startsWith("## ")) return { type: "heading", level: 2, text: text.slice(3) };
    if (text.startsWith("> ")) return { type: "quote", text: text.slice(2) };
    return paragraph(text);
  });
}

/** Deterministic pseudo view counts so "Đọc nhiều" has a stable order. */
function views(title: string): number {
  let h = 0;
  for (const ch of title) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return 200 + (h % 9_800);
}

/** SEED_ARTICLES=100000: the generated archive of bulk.ts fills the database up to that many articles. */
export function bulkTargetFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const value = env.SEED_ARTICLES?.replace(/[_,]/g, "");
  if (!value) return 0;
  const target = Number(value);
  if (!Number.isSafeInteger(target) || target < 0 || target > 10_000_000) throw new Error(`SEED_ARTICLES must be a whole number up to 10,000,000, not "${env.SEED_ARTICLES}"`);
  return target;
}

export async function seed(prisma: PrismaClient, now = new Date(), options: { articles?: number } = { articles: bulkTargetFromEnv() }): Promise<SeedReport> {
  const categoryIds = new Map<string, number>();
  for (const [position, category] of CATEGORIES.entries()) {
    const parentId = category.parent ? categoryIds.get(category.parent) : null;
    const row = await prisma.category.upsert({
      where: { slug: category.slug },
      create: { slug: category.slug, name: category.name, description: category.description, position, parentId },
      update: {},
    });
    categoryIds.set(category.slug, row.id);
  }

  const personIds = new Map<string, number>();
  const person = async (name: string) => {
    if (!personIds.has(name)) {
      const slug = slugify(name);
      const row = await prisma.person.upsert({ where: { slug }, create: { name, slug }, update: {} });
      personIds.set(name, row.id);
    }
    return personIds.get(name)!;
  };
  const tagIds = new Map<string, number>();
  const tag = async (name: string) => {
    if (!tagIds.has(name)) {
      const slug = slugify(name);
      const row = await prisma.tag.upsert({ where: { slug }, create: { name, slug }, update: {} });
      tagIds.set(name, row.id);
    }
    return tagIds.get(name)!;
  };

  let created = 0;
  let images = 0;
  const articleIds = new Map<string, number>();
  const hours = (h: number) => new Date(now.getTime() - h * 3_600_000);

  for (const story of stories) {
    const slug = slugify(story.title);
    const existing = await prisma.article.findUnique({ where: { slug }, select: { id: true } });
    if (existing) {
      articleIds.set(story.title, existing.id);
      continue;
    }
    const coverId = await ensureImage(prisma, slug, { alt: story.title, caption: story.coverCaption });
    images++;
    const body = parseBody(storyBody(story));
    const row = await prisma.article.create({
      data: {
        title: story.title,
        slug,
        sapo: story.sapo,
        body,
        kind: story.kind ?? "NEWS",
        status: "PUBLISHED",
        publishedAt: hours(story.hoursAgo),
        categoryId: categoryIds.get(story.category)!,
        coverMediaId: coverId,
        coverCaption: story.coverCaption,
        viewCount: views(story.title),
        bylines: { create: [{ personId: await person(story.author), role: story.role ?? "Bài", position: 0 }] },
        tags: { create: await Promise.all(story.tags.map(async (name) => ({ tagId: await tag(name) }))) },
      },
    });
    articleIds.set(story.title, row.id);
    created++;
  }

  const ref = referenceArticle;
  const refSlug = slugify(ref.title);
  let refRow = await prisma.article.findUnique({ where: { slug: refSlug }, select: { id: true } });
  if (!refRow) {
    const photoIds = new Map<string, number>();
    for (const item of ref.body as readonly ReferenceItem[]) {
      if ("photo" in item) {
        photoIds.set(item.photo, await ensureImage(prisma, item.photo, { alt: ref.title, caption: item.caption }));
        images++;
      }
    }
    const relatedIds = (titles: readonly string[]) =>
      titles.map((title) => {
        const id = articleIds.get(title);
        if (!id) throw new Error(`Seed: related story "${title}" is missing from stories.ts`);
        return id;
      });
    const body = parseBody(
      (ref.body as readonly ReferenceItem[]).map((item): BlockInput => {
        if ("q" in item) return { type: "interview-turn", speaker: "reporter", label: "Phóng viên", text: item.q };
        if ("a" in item) return { type: "interview-turn", speaker: "guest", label: REFERENCE_GUEST, text: item.a };
        if ("photo" in item)
          return { type: "image", mediaId: photoIds.get(item.photo)!, caption: item.caption, alt: ref.title };
        if ("related" in item) return { type: "related-links", title: "Tin liên quan", articleIds: relatedIds(item.related) };
        return paragraph(item.p);
      }),
    );
    const related = (ref.body as readonly ReferenceItem[]).find((item) => "related" in item) as { related: string[] };
    refRow = await prisma.article.create({
      data: {
        title: ref.title,
        slug: refSlug,
        sapo: ref.sapo,
        body,
        kind: "INTERVIEW",
        status: "PUBLISHED",
        publishedAt: hours(ref.hoursAgo),
        categoryId: categoryIds.get(ref.category)!,
        coverMediaId: photoIds.get(ref.coverPhoto),
        coverCaption: (ref.body as readonly ReferenceItem[]).flatMap((item) =>
          "photo" in item && item.photo === ref.coverPhoto ? [item.caption] : [],
        )[0],
        viewCount: 12_500,
        bylines: { create: [{ personId: await person(ref.byline.person), role: ref.byline.role, position: 0 }] },
        tags: { create: await Promise.all(ref.tags.map(async (name) => ({ tagId: await tag(name) }))) },
        relatedLinks: { create: relatedIds(related.related).map((toId, position) => ({ toId, position })) },
      },
    });
    created++;
    // Editor picks: the reference article leads the home page; its "Nên xem" rail as printed.
    await prisma.editorPick.createMany({
      data: [
        { slot: "home-lead", position: 0, articleId: refRow.id },
        ...REFERENCE_MUST_SEE.map((title, position) => ({ slot: "must-see", position, articleId: articleIds.get(title)! })),
      ],
      skipDuplicates: true,
    });
  }

  // An old slug of the reference interview (renamed after publication) and a story that
  // was taken down: they exercise the 301 and 410 answers of the reader site.
  await prisma.slugRedirect.upsert({
    where: { oldSlug: OLD_REFERENCE_SLUG },
    create: { oldSlug: OLD_REFERENCE_SLUG, articleId: refRow.id },
    update: {},
  });
  if (!(await prisma.article.findUnique({ where: { slug: WITHDRAWN_SLUG }, select: { id: true } }))) {
    await prisma.article.create({
      data: {
        title: "Thông báo lịch tiếp công dân tháng 6 (đã gỡ)",
        slug: WITHDRAWN_SLUG,
        sapo: "Bài viết đã được gỡ theo yêu cầu của cơ quan phát hành thông báo.",
        body: parseBody([paragraph("Nội dung đã được gỡ.")]),
        status: "UNPUBLISHED",
        publishedAt: hours(400),
        categoryId: categoryIds.get("thoi-su")!,
      },
    });
  }

  if (options.articles) {
    const bulk = await seedBulkArticles(prisma, options.articles, now);
    created += bulk.created;
    console.log(
      `[seed] bulk: ${bulk.created.toLocaleString("en")} generated articles added (${bulk.before.toLocaleString("en")} before, target ` +
        `${bulk.target.toLocaleString("en")}), ${bulk.tags.toLocaleString("en")} article tags, ${bulk.bylines.toLocaleString("en")} bylines ` +
        `in ${(bulk.ms / 1000).toFixed(1)} s`,
    );
  }

  return {
    categories: CATEGORIES.length,
    articlesCreated: created,
    articlesTotal: await prisma.article.count(),
    images,
  };
}
