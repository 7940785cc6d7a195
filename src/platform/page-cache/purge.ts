/**
 * How the page cache hears of invalidations. Writes call Next's updateTag/revalidateTag;
 * Next applies them through its 'use cache' handler (next-cache-handler.mjs), which calls
 * these listeners with the tags; the page cache (front-server.ts, same process) listens.
 * They meet on globalThis because Next's bundled server code and the front server are
 * separate module graphs. With no front server (e.g. `next dev`) nothing listens.
 * The only caller of the listeners is that handler; scale-out plugs a cross-instance
 * transport in beside it.
 */
type PurgeListener = (tags: string[]) => void;
const bus = globalThis as unknown as { __pagePurgeListeners?: Set<PurgeListener> };

export function onPagePurge(listener: PurgeListener): () => void {
  bus.__pagePurgeListeners ??= new Set();
  bus.__pagePurgeListeners.add(listener);
  return () => bus.__pagePurgeListeners?.delete(listener);
}
