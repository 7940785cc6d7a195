import { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/db/client";
import { removeDiacritics } from "@/content/vietnamese/slugify";

/**
 * The media library, newest first. A search finds a photo by its library caption, alt,
 * credit and file name, and by the caption, alt and credit typed where an article uses it
 * (drafts included: the "media_uses" rows the database derives from every article); every
 * word must appear in one of them, diacritics ignored ("ha noi" finds "Hà Nội"). The two
 * expressions are the ones the trigram indexes of migration 20261126180000_media_uses cover.
 */
const MEDIA_TEXT = Prisma.sql`lower(f_unaccent(coalesce("caption", '') || ' ' || "alt" || ' ' || coalesce("credit", '') || ' ' || coalesce("file_name", '') || ' ' || "file_key"))`;
const USE_TEXT = Prisma.sql`lower(f_unaccent(coalesce("caption", '') || ' ' || coalesce("alt", '') || ' ' || coalesce("credit", '')))`;

/** Words of a library search, without diacritics or LIKE wildcards; at most 8 words of 100 characters in all. */
export function mediaSearchWords(q: string): string[] {
  return removeDiacritics(q).toLowerCase().replace(/[%_\\]/g, " ").slice(0, 100).split(/\s+/).filter(Boolean).slice(0, 8);
}

const MEDIA_COLUMNS = { id: true, fileKey: true, fileName: true, alt: true, caption: true, credit: true, width: true, height: true, variants: true, focalX: true, focalY: true, createdAt: true } as const;

/** How many uses of each photo are listed with it (the rest are counted). */
const USES_SHOWN = 5;

export interface MediaUseSummary {
  articleId: number;
  title: string;
  status: string;
  /** 0: the cover; n: body block n. */
  position: number;
  caption: string | null;
}

/** The photos matching a search (all for an empty one), newest first. */
export async function searchMedia(q: string, take = 60) {
  const words = mediaSearchWords(q);
  const where = (text: Prisma.Sql) => Prisma.join(words.map((w) => Prisma.sql`${text} LIKE ${`%${w}%`}`), " AND ");
  const ids = words.length
    ? (
        await prisma().$queryRaw<{ id: number }[]>`
          SELECT m.id FROM media m
          WHERE m.id IN (SELECT id FROM media WHERE ${where(MEDIA_TEXT)} UNION SELECT media_id FROM media_uses WHERE ${where(USE_TEXT)})
          ORDER BY m.created_at DESC, m.id DESC LIMIT ${take}`
      ).map((r) => Number(r.id))
    : undefined;
  return prisma().media.findMany({ where: ids ? { id: { in: ids } } : {}, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take, select: MEDIA_COLUMNS });
}

/** The library page: the photos of a search with, for each, the articles using it. */
export async function listMedia(q: string, take = 60) {
  const items = await searchMedia(q, take);
  const uses = await usesOf(items.map((m) => m.id));
  return items.map((m) => ({ ...m, uses: uses.get(m.id) ?? { shown: [], total: 0 } }));
}

/** Where each photo is used, most recently edited article first: the first few, and how many in all. */
async function usesOf(mediaIds: number[]): Promise<Map<number, { shown: MediaUseSummary[]; total: number }>> {
  const out = new Map<number, { shown: MediaUseSummary[]; total: number }>();
  if (mediaIds.length === 0) return out;
  const rows = await prisma().$queryRaw<(MediaUseSummary & { mediaId: number; total: bigint | number })[]>`
    SELECT "mediaId", "articleId", title, status, position, caption, total FROM (
      SELECT u.media_id AS "mediaId", a.id AS "articleId", a.title, a.status::text AS status, u.position, u.caption,
             row_number() OVER (PARTITION BY u.media_id ORDER BY a.updated_at DESC, a.id DESC, u.position) AS n,
             count(*) OVER (PARTITION BY u.media_id) AS total
      FROM media_uses u JOIN articles a ON a.id = u.article_id
      WHERE u.media_id IN (${Prisma.join(mediaIds)})
    ) x WHERE n <= ${USES_SHOWN} ORDER BY "mediaId", n`;
  for (const { mediaId, total, ...use } of rows) {
    const entry = out.get(Number(mediaId)) ?? { shown: [], total: Number(total) };
    entry.shown.push({ ...use, articleId: Number(use.articleId), position: Number(use.position) });
    out.set(Number(mediaId), entry);
  }
  return out;
}
