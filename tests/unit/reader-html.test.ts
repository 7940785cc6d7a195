import { describe, expect, it } from "vitest";
import { LOAD_MORE_SCRIPT } from "@/components/site/load-more";
import { withoutHydration } from "@/platform/page-cache/reader-html";
import { inlineScriptHashes, readerContentSecurityPolicy } from "@/platform/page-cache/script-hashes";

// The shape of a reader page as Next 16 renders it (abridged from a real article page).
const NONCE = 'nonce="NWZiNTY4ZWItZjkwZi00NDhj"';
const page = [
  `<!DOCTYPE html><html lang="vi"><head><meta charSet="utf-8"/>`,
  `<link rel="preload" href="/luot-xem/bai-a" as="image"/>`,
  `<link rel="stylesheet" href="/_next/static/chunks/a.css" ${NONCE} data-precedence="next"/>`,
  `<link rel="preload" as="script" fetchPriority="low" ${NONCE} href="/_next/static/chunks/b.js"/>`,
  `<link rel="modulepreload" href="/_next/static/chunks/m.js"/>`,
  `<script src="/_next/static/chunks/c.js" async="" ${NONCE}></script>`,
  `<style>.article-body { color: #1f2937; }</style>`,
  `<title>Bài A | Lao động Thủ đô</title><link rel="canonical" href="http://localhost/bai-viet/bai-a"/>`,
  `<script src="/_next/static/chunks/d.js" noModule="" ${NONCE}></script></head>`,
  `<body><main><script type="application/ld+json">{"@type":"NewsArticle","headline":"Bài \\"A\\" nonce=\\"x\\""}</script>`,
  `<h1>Bài A</h1><p>Nội dung có chữ nonce=&quot;x&quot; và &lt;script&gt;.</p>`,
  `<div data-load-more="tin-khac-list"><p><a href="/chuyen-muc/x?truoc=a.1" data-list="tin-khac-list">Xem thêm</a>`,
  `<script data-island="load-more" ${NONCE}>${LOAD_MORE_SCRIPT}</script></p></div></main>`,
  `<script ${NONCE} id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":[]});</script>`,
  `<script src="/_next/static/chunks/e.js" ${NONCE}></script>`,
  `<script ${NONCE}>(self.__next_f=self.__next_f||[]).push([0])</script>`,
  `<script ${NONCE}>self.__next_f.push([1,"0:{\\"c\\":[\\"\\",\\"bai-viet\\"]}\\n"])</script>`,
  `<script type="module">import("/x.js")</script></body></html>`,
].join("");

describe("reader HTML without Next's client runtime", () => {
  const html = withoutHydration(page);

  it("drops the flight payload, Next's chunks, bootstrap and script preloads", () => {
    expect(html).not.toContain("__next_f");
    expect(html).not.toContain("TURBOPACK");
    expect(html).not.toMatch(/<script[^>]*\ssrc=/);
    expect(html).not.toContain('as="script"');
    expect(html).not.toContain("modulepreload");
    expect(html).not.toContain('import("/x.js")');
  });

  it("keeps what the reader sees, the head, styles, JSON-LD and the islands", () => {
    expect(html).toContain('<link rel="preload" href="/luot-xem/bai-a" as="image"/>');
    expect(html).toContain('<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>');
    expect(html).toContain("<style>.article-body { color: #1f2937; }</style>");
    expect(html).toContain('<link rel="canonical" href="http://localhost/bai-viet/bai-a"/>');
    expect(html).toContain('<script type="application/ld+json">{"@type":"NewsArticle","headline":"Bài \\"A\\" nonce=\\"x\\""}</script>');
    expect(html).toContain("<p>Nội dung có chữ nonce=&quot;x&quot; và &lt;script&gt;.</p>");
    expect(html).toContain(`<script data-island="load-more">${LOAD_MORE_SCRIPT}</script>`);
    expect(html).not.toContain("NWZiNTY4ZWItZjkwZi00NDhj"); // no shared nonce left in cached HTML
  });

  it("leaves the CSP only the islands' hashes", () => {
    expect(inlineScriptHashes(html)).toHaveLength(1);
    expect(readerContentSecurityPolicy(html)).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/]{43}=';/);
    expect(readerContentSecurityPolicy(withoutHydration("<html><body><h1>Trang chủ</h1><script>self.__next_f.push([0])</script></body></html>"))).toContain(
      "script-src 'none'",
    );
  });

  it("leaves Next's error document whole: its message is drawn on the client (notFound())", () => {
    const notFound = `<!DOCTYPE html><html id="__next_error__"><head><title>Lao động Thủ đô</title></head><body><div hidden=""><!--$--><!--/$--></div><script ${NONCE}>(self.__next_f=self.__next_f||[]).push([0])</script><script src="/_next/static/chunks/c.js" async=""></script></body></html>`;
    expect(withoutHydration(notFound)).toBe(notFound);
  });

  it("changes nothing in a page that has no scripts (mobile edition)", () => {
    const mobile = `<!DOCTYPE html><html lang="vi"><head><style>body{margin:0}</style></head><body><a href="/m">Trang chủ</a></body></html>`;
    expect(withoutHydration(mobile)).toBe(mobile);
  });
});
