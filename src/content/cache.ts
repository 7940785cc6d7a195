import { cacheLife, cacheTag } from "next/cache";

/**
 * Declares how long a `'use cache'` read may be kept and which tags invalidate it.
 * Every cached read calls this; tag names come from article/cache-tags.ts.
 * Outside the Next server (scripts, tests, benchmarks) 'use cache' is inert and the
 * Next cache API is unavailable, so this does nothing there.
 *
 * The shape of a cached read: an exported plain function bounds its arguments
 * (src/content/read-input.ts) and calls a private `'use cache'` function. Next compiles
 * every `'use cache'` function into a server reference callable by POST, exported or not;
 * src/proxy.ts keeps all of them unreachable (src/newsroom/auth/action-allowlist.ts).
 */
export function cachedFor(profile: "minutes" | "hours", ...tags: string[]): void {
  if (!process.env.NEXT_RUNTIME) return;
  cacheLife(profile);
  if (tags.length) cacheTag(...tags);
}

/** Adds tags discovered while reading (e.g. an article's category and tags). */
export function alsoTagged(...tags: string[]): void {
  if (!process.env.NEXT_RUNTIME || tags.length === 0) return;
  cacheTag(...tags);
}
