import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import net from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createClient } from "redis";
import type { CacheEntry } from "next/dist/server/lib/cache-handlers/types";
import { createSharedCache, purgeThisProcess, stopSharedCacheOfThisProcess, type Purge, type SharedCache } from "@/platform/shared-cache/instance.mjs";
import { onPagePurge } from "@/platform/page-cache/purge";
import { PageStore } from "@/platform/page-cache/page-store";
import { forgetSlugStatus } from "@/content/routing/slug-status";

/**
 * The caches shared through Redis (src/platform/shared-cache/), as two instances A and B
 * would use them: two separate sets of connections to one Redis server of this file's own
 * (redis-server on a free port, no persistence), which the tests also kill and restart.
 */

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function redisServer(port: number) {
  let child: ChildProcess | null = null;
  return {
    url: `redis://127.0.0.1:${port}`,
    get running() {
      return child !== null && child.exitCode === null;
    },
    async start() {
      if (this.running) return;
      child = spawn("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], { stdio: "ignore" });
      for (let i = 0; i < 100; i++) {
        const up = await new Promise<boolean>((resolve) => {
          const socket = net.connect(port, "127.0.0.1", () => (socket.end(), resolve(true)));
          socket.on("error", () => resolve(false));
        });
        if (up) return;
        await sleep(50);
      }
      throw new Error("redis-server did not start (is Debian's redis-server installed?)");
    },
    async stop() {
      const running = child;
      child = null;
      if (!running || running.exitCode !== null) return;
      const exited = new Promise((resolve) => running.once("exit", resolve));
      running.kill("SIGKILL");
      await exited;
    },
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `check` until it holds, for at most `ms`; returns how long it took. */
async function within(ms: number, check: () => boolean | Promise<boolean>, what: string): Promise<number> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > ms) throw new Error(`not within ${ms} ms: ${what}`);
    await sleep(10);
  }
  return Date.now() - started;
}

function entry(text: string, tags: string[], over: Partial<CacheEntry> = {}): CacheEntry {
  return {
    value: new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(text));
        controller.close();
      },
    }),
    tags,
    stale: 300,
    // Made well before the invalidations of the test (instances' clocks are compared with a margin).
    timestamp: Date.now() - 5_000,
    expire: 3600,
    revalidate: 60,
    ...over,
  };
}

const text = (found: CacheEntry | undefined) => (found ? new Response(found.value).text() : Promise.resolve(undefined));

interface Instance {
  cache: SharedCache;
  received: Purge[];
  log: { warn: ReturnType<typeof vi.fn>; info: ReturnType<typeof vi.fn> };
}

describe("caches shared by two instances through Redis", () => {
  const prefix = `test-${randomBytes(4).toString("hex")}:`;
  let redis: ReturnType<typeof redisServer>;
  let a: Instance;
  let b: Instance;

  const instance = (): Instance => {
    const received: Purge[] = [];
    const log = { warn: vi.fn(), info: vi.fn() };
    return { cache: createSharedCache({ url: redis.url, prefix, deliver: (purge) => received.push(purge), log }), received, log };
  };
  const everything = (i: Instance) => i.received.filter((p) => p.everything).length;

  beforeAll(async () => {
    redis = redisServer(await freePort());
    await redis.start();
    a = instance();
    b = instance();
    // Both subscribed (each delivers one full purge when its subscription starts).
    await within(5_000, () => everything(a) === 1 && everything(b) === 1, "both instances subscribed");
  });

  afterAll(async () => {
    await Promise.all([a?.cache.close(), b?.cache.close()]);
    await redis?.stop();
  });

  it("an entry stored through A is read through B, with its metadata, as a new stream on every read", async () => {
    await a.cache.handler.set("reads:home", Promise.resolve(entry("Trang chủ", ["home"])));
    const first = await b.cache.handler.get("reads:home", []);
    expect(first).toMatchObject({ tags: ["home"], stale: 300, expire: 3600, revalidate: 60 });
    expect(await text(first)).toBe("Trang chủ");
    expect(await text(await b.cache.handler.get("reads:home", []))).toBe("Trang chủ");
    expect(await b.cache.handler.get("reads:nothing", [])).toBeUndefined();
  });

  it("as Next's default store: no entry with expire 0, and an entry past its revalidate time is a miss", async () => {
    await a.cache.handler.set("reads:dynamic", Promise.resolve(entry("động", [], { expire: 0 })));
    expect(await b.cache.handler.get("reads:dynamic", [])).toBeUndefined();
    await a.cache.handler.set("reads:old", Promise.resolve(entry("cũ", [], { timestamp: Date.now() - 61_000, revalidate: 60 })));
    expect(await b.cache.handler.get("reads:old", [])).toBeUndefined();
  });

  it("a read of a key whose store is under way waits for it", async () => {
    let finish!: (value: CacheEntry) => void;
    const pending = a.cache.handler.set("reads:pending", new Promise<CacheEntry>((resolve) => (finish = resolve)));
    const read = a.cache.handler.get("reads:pending", []);
    finish(entry("đang ghi", []));
    await pending;
    expect(await text(await read)).toBe("đang ghi");
  });

  it("an updateTag on A: B's next read of an entry with that tag is a miss, and B's getExpiration shows the time", async () => {
    await b.cache.handler.set("reads:article", Promise.resolve(entry("Bài cũ", ["article:bai-a", "rails"])));
    await b.cache.handler.set("reads:other", Promise.resolve(entry("Bài khác", ["article:bai-b"])));
    await b.cache.handler.refreshTags();
    expect(await text(await b.cache.handler.get("reads:article", []))).toBe("Bài cũ");
    expect(await b.cache.handler.getExpiration(["article:bai-a"])).toBe(0);

    const before = Date.now();
    await a.cache.handler.updateTags(["article:bai-a"]);
    await b.cache.handler.refreshTags();
    expect(await b.cache.handler.get("reads:article", [])).toBeUndefined();
    expect(await b.cache.handler.getExpiration(["article:bai-a", "home"])).toBeGreaterThanOrEqual(before);
    expect(await text(await b.cache.handler.get("reads:other", []))).toBe("Bài khác");
    expect(await b.cache.handler.getExpiration(["article:bai-b"])).toBe(0);
  });

  it("revalidateTag with a profile on A: B serves the entry once more as stale; with expire 0, not at all", async () => {
    await b.cache.handler.set("reads:list", Promise.resolve(entry("Danh sách", ["category:thoi-su"])));
    await b.cache.handler.set("reads:feed", Promise.resolve(entry("RSS", ["feeds"])));
    await a.cache.handler.updateTags(["category:thoi-su"], {});
    await a.cache.handler.updateTags(["feeds"], { expire: 0 });
    await b.cache.handler.refreshTags();
    const stale = await b.cache.handler.get("reads:list", []);
    expect(stale?.revalidate).toBe(-1);
    expect(await text(stale)).toBe("Danh sách");
    expect(await b.cache.handler.get("reads:feed", [])).toBeUndefined();
  });

  it("A's invalidation reaches B's purge listeners within 1 s (and is not delivered back to A)", async () => {
    const count = a.received.length;
    await a.cache.handler.updateTags(["article:bai-c", "home"]);
    const took = await within(1_000, () => b.received.some((p) => p.tags?.includes("article:bai-c")), "B hears of article:bai-c");
    expect(b.received.find((p) => p.tags?.includes("article:bai-c"))).toEqual({ tags: ["article:bai-c", "home"] });
    expect(took).toBeLessThan(1_000);
    await sleep(50);
    expect(a.received.slice(count)).toEqual([]);
  });

  it("a page cached on B is dropped when A invalidates one of its tags (B's process wiring)", async () => {
    // B as in production: the bus delivers to this process's page store and slug answers.
    let subscribed = false;
    const deliver = (purge: Purge) => {
      if (purge.everything) subscribed = true;
      purgeThisProcess(purge);
    };
    const wired = createSharedCache({ url: redis.url, prefix, deliver, log: { warn: vi.fn(), info: vi.fn() } });
    const store = new PageStore();
    const stop = onPagePurge((tags) => (tags ? store.purge(tags) : store.clear()));
    try {
      await within(5_000, () => subscribed, "B's subscription started");
      const page = { status: 200, headers: { "content-type": "text/html" }, body: Buffer.from("<p>Bài D</p>") };
      await store.fill("/bai-viet/bai-d", ["article:bai-d"], async () => page);
      await store.fill("/chuyen-muc/khac", ["category:khac"], async () => page);
      expect(store.size).toBe(2);
      await a.cache.handler.updateTags(["article:bai-d"]);
      await within(1_000, () => store.lookup("/bai-viet/bai-d") === null, "B's page store drops /bai-viet/bai-d");
      expect(store.lookup("/chuyen-muc/khac")).not.toBeNull();
    } finally {
      stop();
      await wired.close();
    }
  });

  it("forgetSlugStatus on A reaches B within 1 s, and B forgets exactly those answers", async () => {
    const globals = globalThis as unknown as { __sharedCacheBus?: unknown; __slugStatus?: Map<string, unknown> };
    globals.__sharedCacheBus = a.cache.bus; // A as in production
    try {
      forgetSlugStatus("bai-e");
      await within(1_000, () => b.received.some((p) => Array.isArray(p.slugs) && p.slugs.includes("bai-e")), "B hears of bai-e");
      forgetSlugStatus();
      await within(1_000, () => b.received.some((p) => p.slugs === "*"), "B hears of every slug");
    } finally {
      delete globals.__sharedCacheBus;
    }
    // What B's process does with them.
    globals.__slugStatus = new Map([
      ["bai-e", { at: Date.now(), value: { status: "missing" } }],
      ["bai-f", { at: Date.now(), value: { status: "ok" } }],
    ]);
    purgeThisProcess({ slugs: ["bai-e"] });
    expect([...globals.__slugStatus.keys()]).toEqual(["bai-f"]);
    purgeThisProcess({ slugs: "*" });
    expect(globals.__slugStatus.size).toBe(0);
  });

  it("after B's subscription is cut and restored, B drops everything: pages and slug answers", async () => {
    const before = everything(b);
    const admin = createClient({ url: redis.url });
    await admin.connect();
    try {
      await admin.sendCommand(["CLIENT", "KILL", "TYPE", "pubsub"]); // this file's own Redis
    } finally {
      admin.destroy();
    }
    await within(5_000, () => everything(b) > before, "B's full purge after reconnecting");
    // And messages flow again.
    await a.cache.handler.updateTags(["article:bai-g"]);
    await within(1_000, () => b.received.some((p) => p.tags?.includes("article:bai-g")), "B hears of article:bai-g");

    // What a full purge does in B's process.
    const store = new PageStore();
    const stop = onPagePurge((tags) => (tags ? store.purge(tags) : store.clear()));
    const slugs = new Map([["bai-h", { at: Date.now(), value: { status: "ok" } }]]);
    (globalThis as unknown as { __slugStatus?: Map<string, unknown> }).__slugStatus = slugs;
    try {
      await store.fill("/", ["home"], async () => ({ status: 200, headers: {}, body: Buffer.from("trang chủ") }));
      purgeThisProcess({ everything: true });
      expect(store.size).toBe(0);
      expect(slugs.size).toBe(0);
    } finally {
      stop();
    }
  });

  describe("with Redis down", () => {
    afterEach(async () => {
      await redis.start(); // after a failure half-way
    });

    it("reads are misses, stores are dropped, nothing throws, one log line; an invalidation made meanwhile is recorded and published when Redis is back", async () => {
      await a.cache.handler.set("down:home", Promise.resolve(entry("Trang chủ", ["home"])));
      const aFull = everything(a);
      const bFull = everything(b);
      await redis.stop();
      await within(2_000, async () => (await b.cache.handler.get("down:home", [])) === undefined, "B misses");
      const started = Date.now();
      for (let i = 0; i < 5; i++) expect(await b.cache.handler.get("down:home", [])).toBeUndefined();
      expect(Date.now() - started).toBeLessThan(500); // at once, not after timeouts
      expect(await b.cache.handler.getExpiration(["home"])).toBeGreaterThan(started - 1); // unknown: as if just invalidated
      await b.cache.handler.set("down:new", Promise.resolve(entry("mới", [])));
      await a.cache.handler.updateTags(["article:bai-k"]); // a write during the outage
      const cacheLines = b.log.warn.mock.calls.filter(([line]) => String(line).includes("(cache)"));
      expect(cacheLines).toHaveLength(1);
      expect(String(cacheLines[0][0])).toMatch(/^\[shared-cache\] Redis unreachable \(cache\)/);

      await redis.start(); // empty: no persistence
      // B may have missed messages: it drops all its pages and slug answers.
      await within(5_000, () => everything(a) > aFull && everything(b) > bFull, "both instances purge everything after reconnecting");
      // A records the invalidation it could not record during the outage, for every instance.
      const admin = createClient({ url: redis.url });
      await admin.connect();
      try {
        await within(3_000, async () => (await admin.hGet(`${prefix}tag:article:bai-k`, "expired")) !== null, "the write made during the outage is recorded");
      } finally {
        admin.destroy();
      }
      await within(3_000, () => b.log.info.mock.calls.some(([line]) => String(line).includes("Redis reachable again (cache)")), "B logs the end of the outage");
      expect(await b.cache.handler.getExpiration(["article:bai-k"])).toBeGreaterThan(started);
    });
  });
});

describe("next-cache-handler.mjs with REDIS_URL set", () => {
  const prefix = `test-${randomBytes(4).toString("hex")}:`;
  let redis: ReturnType<typeof redisServer>;
  let other: SharedCache;
  const received: Purge[] = [];

  beforeAll(async () => {
    redis = redisServer(await freePort());
    await redis.start();
    other = createSharedCache({ url: redis.url, prefix, deliver: (purge) => received.push(purge), log: { warn: vi.fn(), info: vi.fn() } });
  });

  afterAll(async () => {
    vi.unstubAllEnvs();
    await stopSharedCacheOfThisProcess();
    await other?.close();
    await redis?.stop();
  });

  it("uses the shared store: what it stores another instance reads, and its invalidations purge here and there", async () => {
    vi.stubEnv("REDIS_URL", redis.url);
    vi.stubEnv("REDIS_KEY_PREFIX", prefix);
    vi.resetModules();
    const { default: handler, store } = await import("@/platform/page-cache/next-cache-handler.mjs");
    expect(store).toBe("redis");
    await handler.set("next:home", Promise.resolve(entry("Trang chủ", ["home"])));
    expect(await text(await other.handler.get("next:home", []))).toBe("Trang chủ");

    const local: (string[] | null)[] = [];
    const stop = onPagePurge((tags) => local.push(tags));
    try {
      await handler.updateTags(["home"]);
      expect(local).toEqual([["home"]]);
      await within(1_000, () => received.some((p) => p.tags?.includes("home")), "the other instance hears of home");
      expect(await other.handler.get("next:home", [])).toBeUndefined();
    } finally {
      stop();
    }
  });
});
