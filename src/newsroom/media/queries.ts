import { prisma } from "@/db/client";
import { removeDiacritics } from "@/content/vietnamese/slugify";

/** The media library, newest first, searchable by caption, alt text or credit (no diacritics needed). */
export async function listMedia(q: string, take = 60) {
  const needle = removeDiacritics(q).toLowerCase().replace(/[%_\\]/g, "").trim().slice(0, 100);
  const ids = needle
    ? (
        await prisma().$queryRaw<{ id: number }[]>`
          SELECT id FROM media
          WHERE lower(f_unaccent(coalesce(caption, '') || ' ' || alt || ' ' || coalesce(credit, ''))) LIKE ${`%${needle}%`}
          ORDER BY created_at DESC LIMIT ${take}`
      ).map((r) => Number(r.id))
    : undefined;
  return prisma().media.findMany({
    where: ids ? { id: { in: ids } } : {},
    orderBy: { createdAt: "desc" },
    take,
    select: { id: true, fileKey: true, alt: true, caption: true, credit: true, width: true, height: true, variants: true, focalX: true, focalY: true, createdAt: true, _count: { select: { covers: true } } },
  });
}
