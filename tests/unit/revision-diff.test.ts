import { describe, expect, it } from "vitest";
import { compareBody, compareFields, diffText, snapshotInput, type Change } from "@/content/article/revision-diff";
import type { Block } from "@/content/blocks/schema";

const base = {
  title: "Tiêu đề ban đầu của bài",
  sapo: "Sapo ban đầu đủ dài để hợp lệ.",
  categoryId: 1,
  kind: "NEWS",
  tags: ["A"],
  bylines: [{ name: "Phạm Diệp", role: "Bài" }],
  body: [{ type: "paragraph", content: [{ text: "Một" }] }],
};
const input = (over: Record<string, unknown> = {}) => snapshotInput({ ...base, ...over })!;
/** label → the change as "same[+added][-removed]" text, easy to read in a failure. */
const shown = (changes: Change[]) => changes.map((c) => [c.label, c.parts.map((p) => (p.kind === "added" ? `[+${p.text}]` : p.kind === "removed" ? `[-${p.text}]` : p.text)).join("")]);

const photo = (caption?: string, extra: Partial<Extract<Block, { type: "image" }>> = {}): Block => ({ type: "image", mediaId: 107, caption, ...extra });
const para = (text: string): Block => ({ type: "paragraph", content: [{ text }] });
const turn = (speaker: "reporter" | "guest", label: string, text: string): Block => ({ type: "interview-turn", speaker, label, text });

describe("word-level text diff", () => {
  it("marks inserted and deleted Vietnamese words, spaces kept", () => {
    expect(diffText("Ảnh: Hà Nội", "Ảnh: Hà Nội mùa thu")).toEqual([
      { kind: "same", text: "Ảnh: Hà Nội " },
      { kind: "added", text: "mùa thu" },
    ]);
    expect(diffText("Đường phố đông đúc", "Đường phố vắng vẻ")).toEqual([
      { kind: "same", text: "Đường phố " },
      { kind: "removed", text: "đông đúc" },
      { kind: "added", text: "vắng vẻ" },
    ]);
    expect(diffText("", "")).toEqual([]);
  });
});

describe("revision comparison of the article's fields", () => {
  it("lists every field that changed, in the editor's order, with names for ids", () => {
    const a = input({ coverMediaId: 5, relatedIds: [3] });
    const b = input({
      title: "Tiêu đề đã sửa của bài",
      slug: "tieu-de-da-sua",
      sapo: "Sapo đã sửa đủ dài để hợp lệ.",
      categoryId: 2,
      kind: "INTERVIEW",
      tags: ["A", "B"],
      bylines: [{ name: "Phạm Diệp", role: "Bài" }, { name: "Lê Bình", role: "Ảnh" }],
      coverMediaId: 6,
      coverCaption: "Cầu Long Biên",
      seoTitle: "SEO mới",
      seoDescription: "Mô tả mới",
      relatedIds: [3, 4],
    });
    const names = { categories: new Map([[1, "Thời sự"], [2, "Công đoàn"]]), articles: new Map([[3, "Bài ba"]]) };
    expect(shown(compareFields(a, b, names))).toEqual([
      ["Tiêu đề", "Tiêu đề [-ban đầu][+đã sửa] của bài"],
      ["Đường dẫn", "[+tieu-de-da-sua]"],
      ["Sapo", "Sapo [-ban đầu][+đã sửa] đủ dài để hợp lệ."],
      ["Chuyên mục", "[-Thời sự][+Công đoàn]"],
      ["Loại bài", "[-Tin tức][+Phỏng vấn]"],
      ["Chủ đề", "A[+, B]"],
      ["Tác giả", "Bài: Phạm Diệp[+; Ảnh: Lê Bình]"],
      ["Ảnh đại diện", "Ảnh #[-5][+6]"],
      ["Chú thích ảnh đại diện", "[+Cầu Long Biên]"],
      ["Tiêu đề SEO", "[+SEO mới]"],
      ["Mô tả SEO", "[+Mô tả mới]"],
      ["Tin liên quan", "Bài ba[+; #4]"],
    ]);
    expect(compareFields(a, b, names)[0]).toMatchObject({ key: "title", status: "changed", before: "Tiêu đề ban đầu của bài", after: "Tiêu đề đã sửa của bài" });
  });

  it("is empty for identical revisions", () => {
    expect(compareFields(input(), input())).toEqual([]);
    expect(compareBody(input().body, input().body)).toEqual([]);
  });

  it("refuses snapshots that no longer fit the schema", () => {
    expect(snapshotInput({ title: "x" })).toBeNull();
  });
});

describe("revision comparison of the body, block by block", () => {
  it("shows a photo caption change in block 3 with the inserted words", () => {
    const before = [para("Mở đầu"), para("Thân bài"), photo("Ảnh: Hà Nội")];
    const after = [para("Mở đầu"), para("Thân bài"), photo("Ảnh: Hà Nội mùa thu")];
    const changes = compareBody(before, after);
    expect(changes).toEqual([
      {
        key: "body.3.caption",
        label: "Khối 3 · Ảnh · Chú thích",
        status: "changed",
        before: "Ảnh: Hà Nội",
        after: "Ảnh: Hà Nội mùa thu",
        parts: [
          { kind: "same", text: "Ảnh: Hà Nội " },
          { kind: "added", text: "mùa thu" },
        ],
      },
    ]);
  });

  it("compares credit, alt and the photo itself", () => {
    expect(shown(compareBody([photo("Chú thích", { credit: "TTXVN", alt: "Cầu" })], [{ type: "image", mediaId: 108, caption: "Chú thích", credit: "Hải Nam", alt: "Cầu Long Biên" }]))).toEqual([
      ["Khối 1 · Ảnh · Ảnh", "Ảnh #[-107][+108]"],
      ["Khối 1 · Ảnh · Nguồn", "[-TTXVN][+Hải Nam]"],
      ["Khối 1 · Ảnh · Mô tả (alt)", "Cầu [+Long Biên]"],
    ]);
  });

  it("compares interview turns, headings, quotes, paragraph marks and related boxes field by field", () => {
    const before: Block[] = [
      turn("reporter", "Phóng viên", "Ông đánh giá thế nào?"),
      { type: "heading", level: 2, text: "Kết quả" },
      { type: "quote", text: "Làm thật", attribution: "Ông A" },
      para("Xem báo"),
      { type: "related-links", title: "Tin liên quan", articleIds: [3] },
    ];
    const after: Block[] = [
      turn("guest", "Ông Lê Đình Hùng", "Ông đánh giá thế nào ạ?"),
      { type: "heading", level: 3, text: "Kết quả nổi bật" },
      { type: "quote", text: "Làm thật, ăn thật", attribution: "Ông A" },
      { type: "paragraph", content: [{ text: "Xem " }, { text: "báo", bold: true }] },
      { type: "related-links", title: "Đọc thêm", articleIds: [3, 4] },
    ];
    expect(shown(compareBody(before, after, { articles: new Map([[3, "Bài ba"]]) }))).toEqual([
      ["Khối 1 · Lượt phỏng vấn · Người nói", "[-Phóng viên][+Khách mời] ([-hỏi][+đáp])"],
      ["Khối 1 · Lượt phỏng vấn · Nhãn", "[-Phóng viên][+Ông Lê Đình Hùng]"],
      ["Khối 1 · Lượt phỏng vấn · Nội dung", "Ông đánh giá thế nào [+ạ]?"],
      ["Khối 2 · Tiêu đề phụ · Cấp", "[-H2][+H3]"],
      ["Khối 2 · Tiêu đề phụ · Nội dung", "Kết quả [+nổi bật]"],
      ["Khối 3 · Trích dẫn · Nội dung", "Làm thật[+, ăn thật]"],
      ["Khối 4 · Đoạn văn · Nội dung", "Xem [+**]báo[+**]"],
      ["Khối 5 · Hộp tin liên quan · Tiêu đề hộp", "[-Tin liên quan][+Đọc thêm]"],
      ["Khối 5 · Hộp tin liên quan · Bài", "Bài ba[+; #4]"],
    ]);
  });

  it("numbers an inserted block as in the new revision and a removed one as in the old", () => {
    const before = [para("Một"), photo("Ảnh cũ", { credit: "TTXVN" }), para("Ba")];
    const after = [para("Một"), para("Ba"), { type: "quote", text: "Câu mới" } as Block];
    const changes = compareBody(before, after);
    expect(changes.map((c) => [c.label, c.status, c.before, c.after])).toEqual([
      ["Khối 2 (bản cũ) · Ảnh · Ảnh", "block-removed", "Ảnh #107", ""],
      ["Khối 2 (bản cũ) · Ảnh · Chú thích", "block-removed", "Ảnh cũ", ""],
      ["Khối 2 (bản cũ) · Ảnh · Nguồn", "block-removed", "TTXVN", ""],
      ["Khối 3 · Trích dẫn · Nội dung", "block-added", "", "Câu mới"],
    ]);
  });

  it("pairs blocks of different types as one removed and one added", () => {
    expect(compareBody([para("Một")], [{ type: "heading", level: 2, text: "Một" }]).map((c) => c.label)).toEqual([
      "Khối 1 (bản cũ) · Đoạn văn · Nội dung",
      "Khối 1 · Tiêu đề phụ · Cấp",
      "Khối 1 · Tiêu đề phụ · Nội dung",
    ]);
  });
});
