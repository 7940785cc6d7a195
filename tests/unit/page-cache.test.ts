import { createHash } from "node:crypto";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { pageRule } from "@/platform/page-cache/page-rules";
import { PageStore, type RenderedPage } from "@/platform/page-cache/page-store";
import { inlineScriptHashes, readerContentSecurityPolicy } from "@/platform/page-cache/script-hashes";

const html = (text: string): RenderedPage => ({ status: 200, headers: { "content-type": "text/html; charset=utf-8" }, body: Buffer.from(`<p>${text}</p>`.repeat(200)) });

/** A render the test finishes when it wants, counting how often it was called. */
function controlledRender(text: string) {
  let calls = 0;
  let finish!: () => void;
  const render = () => {
    calls++;
    return new Promise<RenderedPage>((resolve) => (finish = () => resolve(html(text))));
  };
  return { render, finish: () => finish(), get calls() { return calls; } };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe("page rules", () => {
  const rule = (url: string) => {
    const u = new URL(url, "http://x");
    return pageRule(u.pathname, u.searchParams);
  };

  it("articles are cached under their slug's tag and the rails, and count views", () => {
    expect(rule("/bai-viet/cau-ngoc-ha")).toEqual({ key: "/bai-viet/cau-ngoc-ha", tags: ["article:cau-ngoc-ha", "rails", "most-read", "navigation"], viewOf: "cau-ngoc-ha" });
    expect(rule("/m/bai-viet/cau-ngoc-ha")).toEqual({ key: "/m/bai-viet/cau-ngoc-ha", tags: ["article:cau-ngoc-ha", "rails", "most-read", "navigation"], viewOf: "cau-ngoc-ha" });
  });

  it("lists keep only the parameters they read, so noise maps to one entry", () => {
    expect(rule("/chuyen-muc/cong-doan?utm_source=fb&truoc=abc.1")).toEqual({ key: "/chuyen-muc/cong-doan?truoc=abc.1", tags: ["category:cong-doan", "most-read", "navigation"] });
    expect(rule("/chu-de/tet?x=1")?.key).toBe("/chu-de/tet");
    expect(rule("/tac-gia/pham-diep")?.tags).toEqual(["author:pham-diep", "navigation"]);
    expect(rule("/tim-kiem?trang=2&q=cong%20doan")?.key).toBe("/tim-kiem?q=cong+doan&trang=2");
    expect(rule("/")?.tags).toEqual(["home", "most-read", "navigation"]);
    expect(rule("/m")?.key).toBe("/m");
    expect(rule("/rss/cong-doan.xml")?.tags).toEqual(["feeds", "category:cong-doan", "navigation"]);
    expect(rule("/sitemaps/bai-viet-1.xml")?.tags).toEqual(["feeds", "navigation"]);
  });

  it("never caches the newsroom, media, assets, odd slugs, repeated or huge parameters, or client-navigation payloads", () => {
    for (const url of [
      "/admin",
      "/admin/bai-viet/1",
      "/media/a.webp",
      "/_next/static/chunks/x.js",
      "/phien-ban?chon=day-du",
      "/bai-viet/C%C3%B4ng",
      "/bai-viet/a/b",
      "/chuyen-muc/cong-doan?truoc=a&truoc=b",
      `/tim-kiem?q=${"a".repeat(201)}`,
      "/bai-viet/cau-ngoc-ha?_rsc=1x2",
    ]) {
      expect(rule(url), url).toBeNull();
    }
  });
});

describe("page store", () => {
  it("50 readers arriving together on a missing page cause one render, and all get it", async () => {
    const store = new PageStore();
    const slow = controlledRender("bản mới");
    const readers = Array.from({ length: 50 }, () => store.fill("/bai-viet/a", ["article:a"], slow.render));
    await settle();
    slow.finish();
    const answers = await Promise.all(readers);
    expect(slow.calls).toBe(1);
    expect(answers.filter((a) => !a.coalesced)).toHaveLength(1);
    expect(new Set(answers.map((a) => a.page.body.toString()))).toEqual(new Set([html("bản mới").body.toString()]));
    expect(store.lookup("/bai-viet/a")?.state).toBe("fresh");
  });

  it("a purge drops exactly the entries with the purged tags", async () => {
    const store = new PageStore();
    await store.fill("/bai-viet/a", ["article:a", "rails"], async () => html("a"));
    await store.fill("/chu-de/tet", ["tag:tet"], async () => html("tết"));
    await store.fill("/", ["home"], async () => html("trang chủ"));
    expect(store.purge(["rails", "home"])).toBe(2);
    expect(store.lookup("/bai-viet/a")).toBeNull();
    expect(store.lookup("/")).toBeNull();
    expect(store.lookup("/chu-de/tet")?.page.body.toString()).toBe(html("tết").body.toString());
  });

  it("a render that began before a purge is not stored, and readers after the purge do not join it", async () => {
    const store = new PageStore();
    const old = controlledRender("bản cũ");
    const early = store.fill("/bai-viet/a", ["article:a"], old.render);
    await settle();
    store.purge(["article:a"]); // a write lands while the old render is under way
    const fresh = controlledRender("bản mới");
    const late = store.fill("/bai-viet/a", ["article:a"], fresh.render);
    await settle();
    expect(fresh.calls).toBe(1); // not coalesced into the pre-write render
    old.finish();
    fresh.finish();
    expect((await early).page.body.toString()).toContain("bản cũ");
    expect((await late).page.body.toString()).toContain("bản mới");
    expect(store.lookup("/bai-viet/a")?.page.body.toString()).toContain("bản mới");
  });

  it("clear() drops every page, and a render under way is not stored (messages may have been missed)", async () => {
    const store = new PageStore();
    await store.fill("/", ["home"], async () => html("trang chủ"));
    const old = controlledRender("bản cũ");
    const early = store.fill("/bai-viet/b", ["article:b"], old.render);
    await settle();
    store.clear();
    expect(store.size).toBe(0);
    old.finish();
    await early;
    expect(store.lookup("/bai-viet/b")).toBeNull();
    await store.fill("/bai-viet/b", ["article:b"], async () => html("bản mới"));
    expect(store.lookup("/bai-viet/b")?.page.body.toString()).toContain("bản mới");
  });

  it("serves a page fresh for 60 s, then stale (to be re-rendered in the background), and drops it after an hour", async () => {
    let now = 1_000_000;
    const store = new PageStore({ now: () => now });
    await store.fill("/", ["home"], async () => html("x"));
    now += 59_999;
    expect(store.lookup("/")?.state).toBe("fresh");
    now += 1;
    expect(store.lookup("/")?.state).toBe("stale");
    now += 3_600_000;
    expect(store.lookup("/")).toBeNull();
  });

  it("keeps 200, 301, 404 and 410 answers but not errors or answers that set cookies", async () => {
    const store = new PageStore();
    for (const status of [200, 301, 404, 410, 500, 503]) await store.fill(`/p${status}`, ["t"], async () => ({ status, headers: {}, body: Buffer.from("x") }));
    expect([200, 301, 404, 410, 500, 503].filter((s) => store.lookup(`/p${s}`))).toEqual([200, 301, 404, 410]);
    await store.fill("/c", ["t"], async () => ({ status: 200, headers: { "set-cookie": "a=1" }, body: Buffer.from("x") }));
    expect(store.lookup("/c")).toBeNull();
  });

  it("evicts the least recently used pages beyond its byte budget", async () => {
    const page = (n: number): RenderedPage => ({ status: 200, headers: { "content-type": "image/webp" }, body: Buffer.alloc(10_000, n) });
    const store = new PageStore({ maxBytes: 35_000 });
    await store.fill("/1", ["t"], async () => page(1));
    await store.fill("/2", ["t"], async () => page(2));
    await store.fill("/3", ["t"], async () => page(3));
    store.lookup("/1"); // used: /2 is now the oldest
    await store.fill("/4", ["t"], async () => page(4));
    expect(["/1", "/2", "/3", "/4"].filter((k) => store.lookup(k))).toEqual(["/1", "/3", "/4"]);
  });

  it("makes a strong ETag from the bytes and a gzip copy of text", async () => {
    const store = new PageStore();
    const { page } = await store.fill("/", ["home"], async () => html("Tin tức"));
    expect(page.etag).toBe(`"${createHash("sha256").update(html("Tin tức").body).digest("base64url").slice(0, 27)}"`);
    expect(gunzipSync(page.gzip!).toString()).toBe(html("Tin tức").body.toString());
  });
});

describe("CSP for cached HTML", () => {
  it("lists the hash of each inline script, skipping external scripts and JSON-LD", () => {
    const page = `<script src="/_next/static/a.js" async></script><script>self.__next_f.push([1,"x"])</script><script type="application/ld+json">{"@type":"NewsArticle"}</script><script nonce="n">alert(1)</script>`;
    const sha = (s: string) => `'sha256-${createHash("sha256").update(s).digest("base64")}'`;
    expect(inlineScriptHashes(page)).toEqual([sha('self.__next_f.push([1,"x"])'), sha("alert(1)")]);
    const csp = readerContentSecurityPolicy(page);
    expect(csp).toContain(`script-src 'self' ${sha('self.__next_f.push([1,"x"])')} ${sha("alert(1)")};`);
    expect(csp.split("; ").find((d) => d.startsWith("script-src"))).not.toContain("unsafe-inline");
    expect(csp).toContain("frame-ancestors 'none'");
  });

  it("a page without scripts (mobile edition) allows none", () => {
    expect(readerContentSecurityPolicy("<html><body><p>Tin</p></body></html>")).toContain("script-src 'none'");
  });
});
