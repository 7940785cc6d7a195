import { describe, expect, it } from "vitest";
import { bodyReferences, bodyText, isShown, paragraph, parseBody, readBody } from "@/content/blocks/schema";

const validBody = [
  paragraph("Mở đầu bài viết."),
  { type: "heading", text: "Kết quả nổi bật" },
  { type: "interview-turn", speaker: "reporter", label: "Phóng viên", text: "Xin ông cho biết?" },
  { type: "interview-turn", speaker: "guest", label: "Đồng chí Lê Đình Hùng", text: "Kết quả rất tốt." },
  { type: "image", mediaId: 7, caption: "Thí sinh tranh tài", alt: "Ảnh hội thi" },
  { type: "quote", text: "Trách nhiệm, trí tuệ", attribution: "Lê Đình Hùng" },
  { type: "related-links", articleIds: [3, 4] },
  { type: "paragraph", content: [{ text: "Xem " }, { text: "tại đây", bold: true, href: "/bai-viet/abc" }] },
];

describe("block schema", () => {
  it("accepts every block type and fills defaults", () => {
    const body = parseBody(validBody);
    expect(body).toHaveLength(validBody.length);
    expect(body[1]).toEqual({ type: "heading", level: 2, text: "Kết quả nổi bật" });
    expect(body[6]).toMatchObject({ type: "related-links", title: "Tin liên quan" });
  });

  it("rejects unknown block types with a Vietnamese message", () => {
    expect(() => parseBody([{ type: "html", html: "<b>x</b>" }])).toThrow(/Loại khối nội dung không hợp lệ/);
  });

  it("rejects javascript: links", () => {
    const result = () => parseBody([{ type: "paragraph", content: [{ text: "x", href: "javascript:alert(1)" }] }]);
    expect(result).toThrow(/Liên kết phải bắt đầu bằng/);
  });

  it("rejects an interview turn without a valid speaker", () => {
    expect(() => parseBody([{ type: "interview-turn", speaker: "host", label: "A", text: "B" }])).toThrow(
      /phóng viên hoặc khách mời/,
    );
  });

  it("rejects an invalid media id, but keeps a draft's placeholders (empty turn, photo not chosen, empty box)", () => {
    expect(() => parseBody([{ type: "image", mediaId: -1 }])).toThrow(/Ảnh không hợp lệ/);
    expect(() => parseBody([{ type: "image", mediaId: 2 ** 31 }])).toThrow(/Ảnh không hợp lệ/);
    const draft = [
      { type: "interview-turn", speaker: "guest", label: "A", text: "   " },
      { type: "image", mediaId: 0 },
      { type: "related-links", articleIds: [] },
      { type: "paragraph", content: [{ text: "" }] },
      { type: "heading", text: "" },
    ];
    expect(parseBody(draft).map((b) => b.type)).toEqual(["interview-turn", "image", "related-links", "paragraph", "heading"]);
    expect(parseBody(draft).map(isShown)).toEqual([false, false, false, false, false]);
  });

  it("readers never receive placeholder blocks; the newsroom's editor does", () => {
    const stored = [{ type: "image", mediaId: 0 }, paragraph("Một"), { type: "paragraph", content: [{ text: "  " }] }, { type: "quote", text: "" }, { type: "related-links", articleIds: [] }];
    expect(readBody(stored)).toEqual({ blocks: [paragraph("Một")], dropped: 0 });
    expect(readBody(stored, { placeholders: true }).blocks.map((b) => b.type)).toEqual(["image", "paragraph", "paragraph", "quote", "related-links"]);
  });

  it("never throws on read: invalid blocks are dropped and counted", () => {
    expect(readBody([paragraph("Một"), { type: "bogus" }, null, paragraph("Hai")])).toEqual({
      blocks: [paragraph("Một"), paragraph("Hai")],
      dropped: 2,
    });
    expect(readBody("not a list")).toEqual({ blocks: [], dropped: 1 });
    expect(readBody(null)).toEqual({ blocks: [], dropped: 0 });
  });

  it("collects referenced media and articles, and plain text", () => {
    const body = parseBody(validBody);
    expect(bodyReferences(body)).toEqual({ mediaIds: [7], articleIds: [3, 4] });
    expect(bodyText(body)).toContain("Đồng chí Lê Đình Hùng: Kết quả rất tốt.");
  });
});
