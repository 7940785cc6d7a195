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

  it("leaves unmatched markers as text", () => {
    expect(markupToSpans("Giá xăng *tăng")).toEqual([{ text: "Giá xăng *tăng" }]);
  });

  it("round-trips spans", () => {
    const spans = [{ text: "A*b " }, { text: "đậm", bold: true }, { text: " và ", italic: true }, { text: "liên kết", href: "https://a.vn/x" }];
    expect(markupToSpans(spansToMarkup(spans))).toEqual(spans);
  });
});
