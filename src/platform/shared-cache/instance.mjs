// The shared caches of one instance when REDIS_URL is set: one Redis connection for commands
// (the 'use cache' entries and tag invalidations, use-cache-handler.mjs, and publishing to the
// purge bus) and one subscribed to the purge bus (purge-bus.mjs).
//
// sharedCacheOfThisProcess() is the process's own, started once (on globalThis: Next imports
// its cache handler in its own module graph) by scripts/server.mjs at start-up — so the
// subscription exists before the first request — and by the cache handler
// (src/platform/page-cache/next-cache-handler.mjs) for servers started otherwise. What arrives
// on the bus is applied to this process's memory:
//   - page tags → the page-cache purge listeners (src/platform/page-cache/purge-pages.mjs;
//     `null` = drop every page);
//   - slugs → the article-slug answers of src/content/routing/slug-status.ts
//     (globalThis.__slugStatus), which publishes its forgets through globalThis.__sharedCacheBus.
// Plain JavaScript, loaded by Next at run time and by scripts/server.mjs without a compile step.
import { purgePages } from "../page-cache/purge-pages.mjs";
import { createPurgeBus } from "./purge-bus.mjs";
import { connectRedis } from "./redis.mjs";
import { createSharedCacheHandler } from "./use-cache-handler.mjs";

/** Keys and the bus channel start with this (REDIS_KEY_PREFIX), so instances of other sites can share a Redis. */
const DEFAULT_KEY_PREFIX = "newsroom:";

/**
 * @param {{ url: string, prefix: string, deliver: (purge: import("./purge-bus.mjs").Purge) => void, log?: Console }} options
 */
export function createSharedCache({ url, prefix, deliver, log = console }) {
  const commands = connectRedis(url, "cache", "cached reads go to the database until it is back", log);
  const bus = createPurgeBus({ url, prefix, publisher: commands, deliver, log });
  const handler = createSharedCacheHandler({ redis: commands, prefix, publish: (tags) => bus.publish({ tags }) });
  return {
    handler,
    bus,
    async close() {
      await Promise.all([bus.close(), commands.close()]);
    },
  };
}

/** Applies a purge from another instance (or a full one after a reconnection) to this process. */
export function purgeThisProcess(purge) {
  const slugStatus = /** @type {any} */ (globalThis).__slugStatus;
  if (purge.everything) {
    purgePages(null);
    slugStatus?.clear();
    return;
  }
  if (purge.tags?.length) purgePages(purge.tags);
  if (purge.slugs === "*") slugStatus?.clear();
  else for (const slug of purge.slugs ?? []) slugStatus?.delete(slug);
}

/**
 * This process's shared caches, started on first call; null when REDIS_URL is unset (each
 * process then keeps its own caches) or during `next build` (which reads no data).
 */
export function sharedCacheOfThisProcess(env = process.env) {
  if (!env.REDIS_URL || env.NEXT_PHASE === "phase-production-build") return null;
  const globals = /** @type {any} */ (globalThis);
  if (!globals.__sharedCache) {
    const shared = createSharedCache({ url: env.REDIS_URL, prefix: env.REDIS_KEY_PREFIX || DEFAULT_KEY_PREFIX, deliver: purgeThisProcess });
    globals.__sharedCache = shared;
    globals.__sharedCacheBus = shared.bus;
  }
  return globals.__sharedCache;
}

/** Stops this process's shared caches (tests; a server just exits). */
export async function stopSharedCacheOfThisProcess() {
  const globals = /** @type {any} */ (globalThis);
  const shared = globals.__sharedCache;
  delete globals.__sharedCache;
  delete globals.__sharedCacheBus;
  await shared?.close();
}
