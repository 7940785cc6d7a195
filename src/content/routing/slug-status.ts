import { readerPrisma } from "@/db/client";
import { rememberedAnswers } from "./remembered-answers";

/**
 * What an article URL is: current, moved (old slug → 301), gone (unpublished → 410) or
 * missing (→ the page's own 404). Checked by the proxy before rendering, because a page
 * can answer 404 itself but not 301 or 410. Answers are kept in memory for a few
 * seconds; writes call forgetSlugStatus(), which with REDIS_URL set also tells every other
 * instance (the purge bus of src/platform/shared-cache/, which deletes from this same
 * globalThis.__slugStatus map, and clears it whole after a lost connection to Redis).
 */
export type SlugStatus =
  | { status: "ok" }
  | { status: "moved"; slug: string }
  | { status: "gone" }
  | { status: "missing" };

/** 15 s, 20,000 answers; on globalThis.__slugStatus, where the purge bus deletes from too. */
const answers = rememberedAnswers<SlugStatus>("__slugStatus", { ttlMs: 15_000, maxEntries: 20_000 });
const memory = globalThis as unknown as {
  /** Set by src/platform/shared-cache/instance.mjs when REDIS_URL is set. */
  __sharedCacheBus?: { publish(purge: { slugs: string[] | "*" }): Promise<boolean> };
};

async function lookup(slug: string): Promise<SlugStatus> {
  const db = readerPrisma();
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

export async function articleSlugStatus(slug: string): Promise<SlugStatus> {
  if (!/^[a-z0-9-]{1,200}$/.test(slug)) return { status: "missing" };
  return answers.get(slug, lookup);
}

/**
 * Called by writes that publish, unpublish or rename an article: this slug's answer (all
 * answers without one) is forgotten here and, with REDIS_URL set, on every other instance.
 */
export function forgetSlugStatus(slug?: string): void {
  answers.forget(slug);
  void memory.__sharedCacheBus?.publish({ slugs: slug ? [slug] : "*" });
}
