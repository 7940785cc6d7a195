// Next's 'use cache' store (next.config.ts, cacheHandlers.default), plus one thing: whenever
// Next applies a tag invalidation (updateTag / revalidateTag / revalidatePath, at the end of
// the server action or route that called it, before its response is sent), the page cache
// drops the finished pages with those tags (the listeners of purge.ts). So data and pages are
// invalidated together, by every code path, with no page re-rendered from the old data.
//
// Which store is decided once, when Next loads this file, from process.env.REDIS_URL:
//  - unset: Next's own in-memory handler; this process is the only one to know.
//  - set: the store shared by every instance in Redis (src/platform/shared-cache/): entries and
//    tag invalidations live in Redis, and updateTags also publishes the tags on the purge bus,
//    so every other instance drops its pages with those tags (and reads the new data: their
//    reads check the tags in Redis).
// Plain JavaScript: Next loads this file with a dynamic import at run time, in the build
// (which always gets the in-memory store) as well as in the server.
import defaultHandlers from "next/dist/server/lib/cache-handlers/default.js";
import { purgePages } from "./purge-pages.mjs";

const shared = process.env.REDIS_URL
  ? (await import("../shared-cache/instance.mjs")).sharedCacheOfThisProcess()
  : null;

/** Which store this process uses: "redis" (shared by the instances) or "memory". */
export const store = shared ? "redis" : "memory";

/** @type {import("next/dist/server/lib/cache-handlers/types").CacheHandler} */
const inner = shared ? shared.handler : defaultHandlers.createDefaultCacheHandler(50 * 1024 * 1024);

/** @type {import("next/dist/server/lib/cache-handlers/types").CacheHandler} */
const handler = {
  get: (cacheKey, softTags) => inner.get(cacheKey, softTags),
  set: (cacheKey, pendingEntry) => inner.set(cacheKey, pendingEntry),
  refreshTags: () => inner.refreshTags(),
  getExpiration: (tags) => inner.getExpiration(tags),
  async updateTags(tags, durations) {
    await inner.updateTags(tags, durations);
    purgePages(tags);
  },
};

export default handler;
