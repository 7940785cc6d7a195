import { NextRequest } from "next/server";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { GET as editionSwitch } from "@/app/phien-ban/route";
import { ParagraphBlock } from "@/content/blocks/paragraph";
import { parseBody, readBody } from "@/content/blocks/schema";
import { markupToSpans } from "@/content/blocks/paragraph-markup";
import { linkKind, localPath } from "@/content/routing/links";

/** Links that browsers send to another host, or run as script, or that are not URLs at all. */
const UNSAFE = [
  "//evil.example/phish",
  "/\\evil.example/phish",
  "\\\\evil.example/phish",
  "\\/evil.example",
  "/\t/evil.example",
  "/\n/evil.example",
  "/\r\n/evil.example",
  "/ /evil.example",
  "javascript:alert(1)",
  "JaVaScRiPt:alert(1)",
  " javascript:alert(1)",
  "\tjavascript:alert(1)",
  "java\tscript:alert(1)",
  "java\nscript:alert(1)",
  "javascript&colon;alert(1)",
  "data:text/html,<script>alert(1)</script>",
  "vbscript:msgbox(1)",
  "http:/\\evil.example",
  "https:\\\\evil.example",
  "http:evil.example",
  "https:/evil.example",
  "http:///evil.example",
  "https://user:pass@evil.example/",
  "https://laodongthudo.vn@evil.example/",
  "ftp://evil.example/file",
  "evil.example/phish",
  "bai-viet/abc",
  "%2F%2Fevil.example",
  "\u00a0//evil.example",
  "/\u200b/evil.example",
  "",
];

const SAFE: [string, "local" | "external"][] = [
  ["/bai-viet/abc", "local"],
  ["/", "local"],
  ["/tim-kiem?q=c%C3%B4ng+%C4%91o%C3%A0n#ket-qua", "local"],
  ["/chuyen-muc/thoi-su?trang=2", "local"],
  ["/bài-viết/tiếng-việt", "local"],
  ["/%2F%2Fevil.example", "local"], // an encoded slash is a path character: it stays here
  ["/%5Cevil.example", "local"],
  ["/%09/evil.example", "local"],
  ["https://laodongthudo.vn", "external"],
  ["https://laodongthudo.vn/bai-viet/abc?x=1#y", "external"],
  ["HTTP://EXAMPLE.COM/A", "external"],
  ["http://localhost:8080/x", "external"],
  ["https://xn--hanoi-7ra.vn/", "external"],
];

describe("link rule", () => {
  it.each(UNSAFE)("refuses %j", (href) => {
    expect(linkKind(href)).toBeNull();
  });

  it.each(SAFE)("accepts %j as %s", (href, kind) => {
    expect(linkKind(href)).toBe(kind);
  });

  it("gives the redirect path of a local link only, percent-encoded", () => {
    expect(localPath("/bài-viết/a?q=x y")).toBeNull(); // raw space
    expect(localPath("/bài-viết/a?q=x")).toEqual({ pathname: "/b%C3%A0i-vi%E1%BA%BFt/a", search: "?q=x" });
    expect(localPath("/\\evil.example")).toBeNull();
    expect(localPath("//evil.example")).toBeNull();
    expect(localPath("https://laodongthudo.vn/")).toBeNull();
  });
});

describe("paragraph links in the body schema", () => {
  const body = (href: string) => [{ type: "paragraph", content: [{ text: "xem", href }] }];

  it.each(UNSAFE.filter((href) => href.trim() !== ""))("refuses %j with a Vietnamese message", (href) => {
    expect(() => parseBody(body(href))).toThrow(/Liên kết phải bắt đầu bằng http:\/\/, https:\/\/ hoặc/);
  });

  it("accepts site paths and http(s) links, trimmed", () => {
    expect(parseBody(body("  /bai-viet/abc ")).at(0)).toEqual({ type: "paragraph", content: [{ text: "xem", href: "/bai-viet/abc" }] });
    expect(parseBody(body("https://laodongthudo.vn/x")).at(0)).toEqual({ type: "paragraph", content: [{ text: "xem", href: "https://laodongthudo.vn/x" }] });
  });

  it("an editor typing [chữ](/\\evil.example) gets an error, not a link", () => {
    const spans = markupToSpans("Xem [tại đây](/\\evil.example/phish)");
    expect(() => parseBody([{ type: "paragraph", content: spans }])).toThrow(/Liên kết phải bắt đầu bằng/);
  });

  it("a stored paragraph with an unsafe link keeps its text and loses the link", () => {
    const stored = [{ type: "paragraph", content: [{ text: "Xem " }, { text: "tại đây", href: "/\\evil.example/phish" }] }];
    expect(readBody(stored)).toEqual({ blocks: [{ type: "paragraph", content: [{ text: "Xem " }, { text: "tại đây" }] }], dropped: 0 });
  });

  it("renders local links without rel, external ones with rel, and unsafe ones as text", () => {
    const html = renderToStaticMarkup(
      ParagraphBlock({
        block: {
          type: "paragraph",
          content: [
            { text: "a", href: "/bai-viet/abc" },
            { text: "b", href: "https://laodongthudo.vn/" },
            { text: "c", href: "/\\evil.example/phish" },
          ],
        },
      }),
    );
    expect(html).toBe('<p><a href="/bai-viet/abc">a</a><a href="https://laodongthudo.vn/" rel="noopener nofollow">b</a>c</p>');
  });
});

describe("edition switch redirect (/phien-ban?tiep=…)", () => {
  const location = (query: string, referer?: string) =>
    editionSwitch(
      new NextRequest(`http://localhost:3000/phien-ban?${query}`, { headers: { host: "localhost:3000", ...(referer ? { referer } : {}) } }),
    ).headers.get("location");

  it("stays on this site whatever `tiep` says", () => {
    expect(location(`chon=day-du&tiep=${encodeURIComponent("/\\evil.example/phish")}`)).toBe("/");
    expect(location(`chon=day-du&tiep=${encodeURIComponent("//evil.example")}`)).toBe("/");
    expect(location(`chon=day-du&tiep=${encodeURIComponent("/\t/evil.example")}`)).toBe("/");
    expect(location(`chon=day-du&tiep=${encodeURIComponent("/m//evil.example")}`)).toBe("/");
    expect(location(`chon=day-du&tiep=${encodeURIComponent("/m/\\evil.example")}`)).toBe("/");
    expect(location(`chon=di-dong&tiep=${encodeURIComponent("https://evil.example/")}`)).toBe("/m");
  });

  it("goes to the same page in the chosen edition", () => {
    expect(location(`chon=day-du&tiep=${encodeURIComponent("/m/bai-viet/abc?x=1")}`)).toBe("/bai-viet/abc?x=1");
    expect(location(`chon=di-dong&tiep=${encodeURIComponent("/chuyen-muc/thoi-su")}`)).toBe("/m/chuyen-muc/thoi-su");
    expect(location("chon=day-du", "http://localhost:3000/m/bai-viet/abc")).toBe("/bai-viet/abc");
  });
});
