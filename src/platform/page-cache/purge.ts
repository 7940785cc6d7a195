/**
 * How the page cache hears of invalidations. Writes call Next's updateTag/revalidateTag;
 * Next applies them through its 'use cache' handler (next-cache-handler.mjs), which calls
 * these listeners with the tags; the page cache (front-server.ts, same process) listens.
 * With REDIS_URL set, the purge bus (src/platform/shared-cache/) also calls them with the tags
 * other instances invalidated, and with `null` — drop every page — whenever its subscription
 * (re)starts, since messages may have been missed while it was down.
 * They meet on globalThis because Next's bundled server code and the front server are
 * separate module graphs; both callers go through purgePages() of purge-pages.mjs (plain
 * JavaScript, which they can load). With no front server (e.g. `next dev`) nothing listens.
 */
export type PurgeListener = (tags: string[] | null) => void;
const bus = globalThis as unknown as { __pagePurgeListeners?: Set<PurgeListener> };

export function onPagePurge(listener: PurgeListener): () => void {
  bus.__pagePurgeListeners ??= new Set();
  bus.__pagePurgeListeners.add(listener);
  return () => bus.__pagePurgeListeners?.delete(listener);
}
