import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { CacheEntry } from "next/dist/server/lib/cache-handlers/types";
import { onPagePurge } from "@/platform/page-cache/purge";

// Any Redis connection attempt would show here.
const createClient = vi.hoisted(() => vi.fn());
vi.mock("redis", () => ({ createClient }));

const entry = (text: string, tags: string[]): CacheEntry => ({
  value: new ReadableStream({
    start(controller) {
      controller.enqueue(new TextEncoder().encode(text));
      controller.close();
    },
  }),
  tags,
  stale: 300,
  timestamp: Date.now() - 1_000,
  expire: 3600,
  revalidate: 60,
});

describe("next-cache-handler.mjs without REDIS_URL", () => {
  beforeAll(() => {
    vi.stubEnv("REDIS_URL", "");
    vi.resetModules();
  });
  afterAll(() => vi.unstubAllEnvs());

  it("is Next's in-memory store, opens no Redis connection, and purges this process's pages", async () => {
    const { default: handler, store } = await import("@/platform/page-cache/next-cache-handler.mjs");
    expect(store).toBe("memory");
    expect(createClient).not.toHaveBeenCalled();
    expect((globalThis as { __sharedCache?: unknown }).__sharedCache).toBeUndefined();

    await handler.set("home", Promise.resolve(entry("Trang chủ", ["home"])));
    const found = await handler.get("home", []);
    expect(await new Response(found!.value).text()).toBe("Trang chủ");

    const purged: (string[] | null)[] = [];
    const stop = onPagePurge((tags) => purged.push(tags));
    try {
      await handler.updateTags(["home"]);
    } finally {
      stop();
    }
    expect(purged).toEqual([["home"]]);
    expect(await handler.get("home", [])).toBeUndefined();
    expect(await handler.getExpiration(["home"])).toBeGreaterThan(0);
    expect(createClient).not.toHaveBeenCalled();
  });
});
