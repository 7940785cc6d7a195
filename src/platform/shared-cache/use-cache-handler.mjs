// Next's 'use cache' store in Redis, shared by every instance (cacheHandlers.default when
// REDIS_URL is set: src/platform/page-cache/next-cache-handler.mjs). Same semantics as Next's
// default in-memory handler (node_modules/next/dist/server/lib/cache-handlers/default.js),
// with both halves of its state moved to Redis:
//  - entries: `<prefix>entry:<cacheKey>`, a string holding the entry's metadata and bytes,
//    with a TTL of the entry's `revalidate` (what the default handler keeps it for: past it, an
//    entry is a miss), at most ENTRY_MAX_TTL_S;
//  - tag invalidations: `<prefix>tag:<tag>`, a hash { stale, expired } of timestamps (ms), as in
//    Next's tags manifest, kept TAG_RETENTION_MS past the last invalidation — longer than any
//    entry can live, so no entry older than an invalidation outlives its record.
// Every read checks the entry's tags against Redis (get) and getExpiration reads the soft tags
// there, so an invalidation made by any instance holds on all of them as soon as updateTags
// has returned. updateTags then publishes the tags (the purge bus, purge-bus.mjs) so every
// instance also drops the finished pages carrying them.
// Timestamps of different instances are compared, so their clocks must agree (NTP);
// CLOCK_SKEW_MS of disagreement is absorbed by treating entries made up to that long after
// an invalidation as made before it (they are simply made again).
// Redis unreachable: reads are misses (rendered from the database), writes are dropped, and
// an invalidation that could not be recorded is recorded again (with a fresh time) and
// published when the connection is back.
import constants from "next/dist/server/use-cache/constants.js";

export const ENTRY_MAX_TTL_S = 24 * 3600;
export const TAG_RETENTION_MS = (ENTRY_MAX_TTL_S + 3600) * 1000;
export const CLOCK_SKEW_MS = 1_000;

const now = () => performance.timeOrigin + performance.now();

/**
 * @param {{
 *   redis: ReturnType<typeof import("./redis.mjs").connectRedis>,
 *   prefix: string,
 *   publish: (tags: string[]) => Promise<boolean>,
 * }} options
 * @returns {import("next/dist/server/lib/cache-handlers/types").CacheHandler}
 */
export function createSharedCacheHandler({ redis, prefix, publish }) {
  const entryKey = (cacheKey) => `${prefix}entry:${cacheKey}`;
  const tagKey = (tag) => `${prefix}tag:${tag}`;
  /** @type {Map<string, Promise<void>>} sets under way in this process: a get of the key waits for them */
  const pendingSets = new Map();
  /** @type {Map<string, { expire?: number } | undefined>} invalidations Redis has not recorded yet */
  const unrecorded = new Map();

  /** The { stale, expired } of each tag, or null when Redis cannot tell. */
  async function tagStates(tags) {
    return redis.attempt(
      (client) =>
        Promise.all(
          tags.map(async (tag) => {
            const [stale, expired] = await client.hmGet(tagKey(tag), ["stale", "expired"]);
            return { stale: stale === null ? 0 : Number(stale), expired: expired === null ? undefined : Number(expired) };
          }),
        ),
      null,
    );
  }

  // As Next's areTagsExpired/areTagsStale, with the clock-skew margin.
  const isExpired = (states, timestamp) => {
    const time = now();
    return states.some(({ expired }) => typeof expired === "number" && expired <= time && expired + CLOCK_SKEW_MS > timestamp);
  };
  const isStale = (states, timestamp) => states.some(({ stale }) => stale > 0 && stale + CLOCK_SKEW_MS > timestamp);

  const handler = {
    async get(cacheKey) {
      const pending = pendingSets.get(cacheKey);
      if (pending) await pending;
      const raw = await redis.attempt((client) => client.get(entryKey(cacheKey)), null);
      const stored = raw === null ? null : decode(raw);
      if (!stored) return undefined;
      // A negative expire is the eviction sentinel of Next's tiered dev handler.
      if (stored.expire < 0) return undefined;
      const maxAgeSeconds = process.env.__NEXT_DEV_SERVER ? Math.max(stored.expire, constants.MIN_PRERENDERABLE_EXPIRE) : stored.revalidate;
      if (now() > stored.timestamp + maxAgeSeconds * 1000) return undefined;
      let revalidate = stored.revalidate;
      if (stored.tags.length) {
        const states = await tagStates(stored.tags);
        if (!states || isExpired(states, stored.timestamp)) return undefined;
        if (isStale(states, stored.timestamp)) revalidate = -1; // served once more, then made again
      }
      return { ...stored.entry, revalidate, value: streamOf(stored.value) };
    },

    async set(cacheKey, pendingEntry) {
      let done = () => {};
      pendingSets.set(cacheKey, new Promise((resolve) => (done = resolve)));
      try {
        const entry = await pendingEntry;
        // As the default handler: in production an `expire: 0` entry is regenerated on every read.
        if (!process.env.__NEXT_DEV_SERVER && entry.expire === 0) return;
        const value = await bytesOf(entry.value);
        const keepSeconds = process.env.__NEXT_DEV_SERVER ? Math.max(entry.expire, constants.MIN_PRERENDERABLE_EXPIRE) : entry.revalidate;
        const ttl = Math.min(ENTRY_MAX_TTL_S, Math.max(1, Math.ceil(Number.isFinite(keepSeconds) ? keepSeconds : ENTRY_MAX_TTL_S)));
        await redis.attempt((client) => client.set(entryKey(cacheKey), encode(entry, value), { expiration: { type: "EX", value: ttl } }), null);
      } catch {
        // the entry's stream failed: nothing is stored, the next read makes it again
      } finally {
        done();
        pendingSets.delete(cacheKey);
      }
    },

    // Tag state is read from Redis by every get and getExpiration: nothing to refresh.
    async refreshTags() {},

    async getExpiration(tags) {
      if (tags.length === 0) return 0;
      const states = await tagStates(tags);
      // Unknown (Redis unreachable): as if just invalidated, so the entry is made again.
      if (!states) return now();
      const latest = Math.max(0, ...states.map(({ expired }) => expired || 0));
      return latest === 0 ? 0 : latest + CLOCK_SKEW_MS;
    },

    async updateTags(tags, durations) {
      if (tags.length === 0) return;
      const time = Math.round(now());
      /** @type {Record<string, string>} */
      const fields = {};
      if (durations) {
        fields.stale = String(time); // stale now, expired when the profile says
        if (durations.expire !== undefined) fields.expired = String(time + durations.expire * 1000);
      } else {
        fields.expired = String(time);
      }
      const keepUntil = Math.max(time, Number(fields.expired ?? 0)) + TAG_RETENTION_MS;
      const recorded = await redis.attempt(async (client) => {
        const multi = client.multi();
        for (const tag of tags) multi.hSet(tagKey(tag), fields).pExpireAt(tagKey(tag), keepUntil);
        await multi.exec();
        return true;
      }, false);
      const published = recorded && (await publish(tags));
      if (!published) for (const tag of tags) unrecorded.set(tag, durations);
    },
  };

  // Back from an outage: record (now) and publish what could not be recorded then.
  redis.client.on("ready", () => {
    const byDurations = new Map();
    for (const [tag, durations] of unrecorded) {
      const key = JSON.stringify(durations ?? null);
      if (!byDurations.has(key)) byDurations.set(key, { durations, tags: [] });
      byDurations.get(key).tags.push(tag);
    }
    unrecorded.clear();
    for (const { durations, tags } of byDurations.values()) void handler.updateTags(tags, durations);
  });

  return handler;
}

// Stored form: JSON metadata (numbers as strings, so Infinity survives) and the bytes in base64.
function encode(entry, value) {
  return JSON.stringify({
    tags: entry.tags,
    stale: String(entry.stale),
    timestamp: entry.timestamp,
    expire: String(entry.expire),
    revalidate: String(entry.revalidate),
    value: Buffer.from(value).toString("base64"),
  });
}

function decode(raw) {
  try {
    const data = JSON.parse(raw);
    const entry = { tags: data.tags, stale: Number(data.stale), timestamp: data.timestamp, expire: Number(data.expire), revalidate: Number(data.revalidate) };
    return { entry, ...entry, value: Buffer.from(data.value, "base64") };
  } catch {
    return null;
  }
}

async function bytesOf(stream) {
  const chunks = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}

/** A new stream over the stored bytes (each get returns its own). */
function streamOf(bytes) {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(new Uint8Array(bytes));
      controller.close();
    },
  });
}
