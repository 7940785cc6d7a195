// Next's own in-memory 'use cache' handler, plus one thing: whenever Next applies a tag
// invalidation (updateTag / revalidateTag, at the end of the server action or route that
// called it, before its response is sent), the page cache drops the finished pages with those
// tags (the listeners of src/platform/page-cache/purge.ts). So data and pages are invalidated
// together, by every code path, with no page re-rendered from the old data.
// Plain JavaScript: Next loads this file with a dynamic import at run time (next.config.ts,
// cacheHandlers.default), in the build as well as in the server.
import defaultHandlers from "next/dist/server/lib/cache-handlers/default.js";

const inner = defaultHandlers.createDefaultCacheHandler(50 * 1024 * 1024);

/** @type {import("next/dist/server/lib/cache-handlers/types").CacheHandler} */
const handler = {
  get: (cacheKey, softTags) => inner.get(cacheKey, softTags),
  set: (cacheKey, pendingEntry) => inner.set(cacheKey, pendingEntry),
  refreshTags: () => inner.refreshTags(),
  getExpiration: (tags) => inner.getExpiration(tags),
  async updateTags(tags, durations) {
    await inner.updateTags(tags, durations);
    for (const listener of globalThis.__pagePurgeListeners ?? []) listener(tags);
  },
};

export default handler;
