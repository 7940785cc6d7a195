import { prisma } from "@/db/client";

/**
 * Whether a reader URL exists, checked before rendering so the response can carry a
 * real 404, 410 or 301 (once a streamed page has started, its status is fixed at 200).
 * Answers are kept in memory for a few seconds; writes call forgetSlugStatus().
 */
export type SlugKind = "article" | "category" | "tag" | "author";
export type SlugStatus =
  | { status: "ok" }
  | { status: "moved"; slug: string }
  | { status: "gone" }
  | { status: "missing" };

const TTL_MS = 15_000;
const MAX_ENTRIES = 20_000;
const memory = globalThis as unknown as { __slugStatus?: Map<string, { at: number; value: SlugStatus }> };

async function lookup(kind: SlugKind, slug: string): Promise<SlugStatus> {
  const db = prisma();
  if (kind === "category") return (await db.category.count({ where: { slug } })) ? { status: "ok" } : { status: "missing" };
  if (kind === "tag") return (await db.tag.count({ where: { slug } })) ? { status: "ok" } : { status: "missing" };
  if (kind === "author") return (await db.person.count({ where: { slug } })) ? { status: "ok" } : { status: "missing" };
  const article = await db.article.findUnique({ where: { slug }, select: { status: true } });
  if (article) {
    if (article.status === "PUBLISHED") return { status: "ok" };
    return article.status === "UNPUBLISHED" ? { status: "gone" } : { status: "missing" };
  }
  const redirect = await db.slugRedirect.findUnique({
    where: { oldSlug: slug },
    select: { article: { select: { slug: true, status: true } } },
  });
  if (!redirect) return { status: "missing" };
  if (redirect.article.status === "PUBLISHED") return { status: "moved", slug: redirect.article.slug };
  return redirect.article.status === "UNPUBLISHED" ? { status: "gone" } : { status: "missing" };
}

export async function slugStatus(kind: SlugKind, slug: string): Promise<SlugStatus> {
  if (!/^[a-z0-9-]{1,200}$/.test(slug)) return { status: "missing" };
  memory.__slugStatus ??= new Map();
  const key = `${kind}:${slug}`;
  const hit = memory.__slugStatus.get(key);
  if (hit && Date.now() - hit.at < TTL_MS) return hit.value;
  const value = await lookup(kind, slug);
  if (memory.__slugStatus.size >= MAX_ENTRIES) memory.__slugStatus.clear();
  memory.__slugStatus.set(key, { at: Date.now(), value });
  return value;
}

/** Called by writes that publish, unpublish or rename. */
export function forgetSlugStatus(kind?: SlugKind, slug?: string): void {
  if (!memory.__slugStatus) return;
  if (kind && slug) memory.__slugStatus.delete(`${kind}:${slug}`);
  else memory.__slugStatus.clear();
}
