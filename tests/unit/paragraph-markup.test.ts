import { describe, expect, it } from "vitest";
import { markupToSpans, spansToMarkup } from "@/content/blocks/paragraph-markup";

describe("paragraph marks notation", () => {
  it("parses bold, italic and links", () => {
    expect(markupToSpans("Theo **LĐLĐ** thành phố, *đợt thi đua* [xem tại đây](/bai-viet/abc).")).toEqual([
      { text: "Theo " },
      { text: "LĐLĐ", bold: true },
      { text: " thành phố, " },
      { text: "đợt thi đua", italic: true },
      { text: " " },
      { text: "xem tại đây", href: "/bai-viet/abc" },
      { text: "." },
    ]);
  });

  it("nests marks inside links and keeps escaped stars literal", () => {
    expect(markupToSpans("[**Đậm trong liên kết**](https://laodongthudo.vn) 5\\*")).toEqual([
      { text: "Đậm trong liên kết", bold: true, href: "https://laodongthudo.vn" },
      { text: " 5*" },
    ]);
  });

  it("merges neighbouring spans that carry the same marks", () => {
    expect(markupToSpans("**đậm****liền**")).toEqual([{ text: "đậmliền", bold: true }]);
    expect(markupToSpans("[một](/a)[hai](/a) [ba](/b)")).toEqual([{ text: "mộthai", href: "/a" }, { text: " " }, { text: "ba", href: "/b" }]);
  });

  it("a single star inside bold stays a star", () => {
    expect(markupToSpans("**5*3 = 15**")).toEqual([{ text: "5*3 = 15", bold: true }]);
  });

  it("a lone backslash at the end stays as typed", () => {
    expect(markupToSpans("C:\\")).toEqual([{ text: "C:\\" }]);
  });

  it("writes a closing parenthesis inside a link address as %29, so the link still parses", () => {
    const spans = [{ text: "Hà Nội", href: "https://vi.wikipedia.org/wiki/H%C3%A0_N%E1%BB%99i_(th%C3%A0nh_ph%E1%BB%91)" }];
    expect(spansToMarkup(spans)).toBe("[Hà Nội](https://vi.wikipedia.org/wiki/H%C3%A0_N%E1%BB%99i_(th%C3%A0nh_ph%E1%BB%91%29)");
    expect(markupToSpans(spansToMarkup(spans))).toEqual([{ text: "Hà Nội", href: "https://vi.wikipedia.org/wiki/H%C3%A0_N%E1%BB%99i_(th%C3%A0nh_ph%E1%BB%91%29" }]);
  });

  it("leaves unmatched markers as text", () => {
    expect(markupToSpans("Giá xăng *tăng")).toEqual([{ text: "Giá xăng *tăng" }]);
  });

  it("round-trips spans", () => {
    const spans = [{ text: "A*b " }, { text: "đậm", bold: true }, { text: " và ", italic: true }, { text: "liên kết", href: "https://a.vn/x" }];
    expect(markupToSpans(spansToMarkup(spans))).toEqual(spans);
  });
});
