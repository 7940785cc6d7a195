import { describe, expect, it } from "vitest";
import { etagMatches, corsHeaders } from "@/api/v1/http";
import { rateLimitSettings, TokenBuckets } from "@/api/v1/rate-limit";

describe("read API token buckets", () => {
  it("allows a burst, then refills at the per-minute rate, per address", () => {
    const buckets = new TokenBuckets({ perMinute: 60, burst: 3 });
    const t = 1_000_000;
    expect([1, 2, 3].map(() => buckets.take("a", t).ok)).toEqual([true, true, true]);
    const refused = buckets.take("a", t);
    expect(refused).toEqual({ ok: false, limit: 3, remaining: 0, retryAfterSeconds: 1 });
    expect(buckets.take("b", t).ok).toBe(true); // another address has its own bucket
    expect(buckets.take("a", t + 500).ok).toBe(false); // half a token
    expect(buckets.take("a", t + 1_000).ok).toBe(true); // one token a second
    expect(buckets.take("a", t + 1_000).ok).toBe(false);
    expect(buckets.take("a", t + 60_000)).toMatchObject({ ok: true, remaining: 2 }); // never more than the burst
  });

  it("is off with API_RATE_LIMIT_PER_MINUTE=0 and refuses nonsense settings", () => {
    const off = new TokenBuckets(rateLimitSettings({ API_RATE_LIMIT_PER_MINUTE: "0" }));
    for (let i = 0; i < 1000; i++) expect(off.take("a").ok).toBe(true);
    expect(rateLimitSettings({})).toEqual({ perMinute: 300, burst: 60 });
    expect(() => rateLimitSettings({ API_RATE_LIMIT_BURST: "-1" })).toThrow(/API_RATE_LIMIT_BURST/);
    expect(() => rateLimitSettings({ API_RATE_LIMIT_PER_MINUTE: "lots" })).toThrow(/API_RATE_LIMIT_PER_MINUTE/);
  });

  it("keeps at most 50,000 addresses", () => {
    const buckets = new TokenBuckets({ perMinute: 60, burst: 3 });
    for (let i = 0; i < 50_010; i++) buckets.take(`10.0.${i >> 8}.${i & 255}`, 0);
    expect(buckets.size).toBe(50_000);
  });
});

describe("read API HTTP helpers", () => {
  it("compares ETags weakly, as for GET", () => {
    expect(etagMatches('"abc"', '"abc"')).toBe(true);
    expect(etagMatches('W/"abc"', '"abc"')).toBe(true);
    expect(etagMatches('"x", "abc"', '"abc"')).toBe(true);
    expect(etagMatches("*", '"abc"')).toBe(true);
    expect(etagMatches('"abcd"', '"abc"')).toBe(false);
    expect(etagMatches(null, '"abc"')).toBe(false);
  });

  it("sends CORS headers per API_CORS_ORIGINS", () => {
    const from = (origin: string | null) => new Request("http://x/api/v1/categories", { headers: origin ? { origin } : {} });
    expect(corsHeaders(from("https://a.vn"), {})["Access-Control-Allow-Origin"]).toBe("*");
    const list = { API_CORS_ORIGINS: "https://a.vn, https://b.vn/" };
    expect(corsHeaders(from("https://b.vn"), list)["Access-Control-Allow-Origin"]).toBe("https://b.vn");
    expect(corsHeaders(from("https://c.vn"), list)["Access-Control-Allow-Origin"]).toBeUndefined();
    expect(corsHeaders(from(null), list).Vary).toBe("Origin");
    expect(corsHeaders(from("https://a.vn"), { API_CORS_ORIGINS: "none" })).toEqual({});
  });
});
