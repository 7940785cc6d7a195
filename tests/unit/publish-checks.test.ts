import { describe, expect, it } from "vitest";
import { countChars, countWords, lengthCount } from "@/content/article/lengths";
import { problemsOf, problemsState, publishProblems } from "@/content/article/publish-checks";
import { articleInputSchema } from "@/content/article/schema";
import { paragraph, parseBody } from "@/content/blocks/schema";

const complete = {
  title: "Công đoàn chăm lo Tết",
  sapo: "Công đoàn ngành dành nhiều nguồn lực chăm lo Tết.",
  categoryId: 2,
  bylines: [{ name: "Minh Anh" }],
  coverMediaId: null,
  body: parseBody([paragraph("Nội dung."), { type: "image", mediaId: 7, alt: "Trao quà" }]),
};

describe("draft-tolerant article schema", () => {
  it("saves a draft with an empty paragraph, a short sapo and title, no category or author, and an empty photo block", () => {
    const parsed = articleInputSchema.parse({
      title: "Tết",
      sapo: "Ngắn",
      kind: "NEWS",
      bylines: [],
      body: [paragraph(""), { type: "image", mediaId: 0 }],
    });
    expect(parsed.categoryId).toBeUndefined();
    expect(parsed.body).toEqual([{ type: "paragraph", content: [{ text: "" }] }, { type: "image", mediaId: 0 }]);
  });

  it("still refuses what protects the system: lengths, ids, control characters", () => {
    const issues = (input: object) =>
      articleInputSchema.safeParse({ title: "", sapo: "", kind: "NEWS", bylines: [], body: [], ...input }).error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    expect(issues({ title: "x".repeat(301) })).toEqual(["title: Tiêu đề quá dài (tối đa 300 ký tự)."]);
    expect(issues({ categoryId: 0 })).toEqual(["categoryId: Vui lòng chọn chuyên mục."]);
    expect(issues({ body: [{ type: "image", mediaId: -3 }] })).toEqual(["body.0.mediaId: Ảnh không hợp lệ."]);
    expect(issues({ sapo: "a\u0000b" })).toEqual(["sapo: Có ký tự không hợp lệ (ký tự điều khiển)."]);
  });
});

describe("publishProblems", () => {
  it("finds nothing in a complete article", () => {
    expect(publishProblems(complete)).toEqual([]);
  });

  it("lists every problem at once, in form order, each naming its field or block", () => {
    const problems = publishProblems(
      {
        title: "Tết",
        sapo: "Ngắn",
        categoryId: undefined,
        bylines: [{ name: "  " }],
        coverMediaId: 9,
        body: parseBody([
          paragraph(""),
          { type: "image", mediaId: 0 },
          { type: "image", mediaId: 5 },
          { type: "heading", text: "" },
          { type: "interview-turn", speaker: "reporter", label: "", text: "" },
          { type: "related-links", articleIds: [] },
        ]),
      },
      (id) => (id === 9 ? "" : undefined),
    );
    expect(problems).toEqual([
      { field: "title", message: "Tiêu đề: cần ít nhất 5 ký tự." },
      { field: "sapo", message: "Sapo: cần ít nhất 10 ký tự." },
      { field: "categoryId", message: "Chuyên mục: chưa chọn chuyên mục." },
      { field: "bylines", message: "Tác giả: cần ít nhất một tác giả." },
      { field: "coverMediaId", message: "Ảnh đại diện: ảnh chưa có mô tả (alt) trong thư viện ảnh." },
      { field: "body.1.mediaId", message: "Khối 2 (Ảnh): chưa chọn ảnh." },
      { field: "body.2.alt", message: "Khối 3 (Ảnh): thiếu mô tả ảnh (alt)." },
      { field: "body.3.text", message: "Khối 4 (Tiêu đề phụ): chưa có chữ." },
      { field: "body.4.label", message: "Khối 5 (Lượt phỏng vấn): chưa có nhãn người nói." },
      { field: "body.4.text", message: "Khối 5 (Lượt phỏng vấn): chưa có câu hỏi." },
      { field: "body.5.articleIds", message: "Khối 6 (Hộp tin liên quan): chưa chọn bài nào." },
    ]);
  });

  it("says an empty title and sapo are missing; a photo's library alt stands in for its own", () => {
    const problems = publishProblems({ ...complete, title: "   ", sapo: "", body: parseBody([{ type: "image", mediaId: 5 }]) }, (id) => (id === 5 ? "Ảnh thư viện" : undefined));
    expect(problems).toEqual([
      { field: "title", message: "Tiêu đề: chưa có tiêu đề." },
      { field: "sapo", message: "Sapo: chưa có sapo." },
    ]);
  });

  it("needs a body with something readers can see: empty paragraphs and placeholders do not count", () => {
    const body = parseBody([paragraph("  "), { type: "image", mediaId: 0 }]);
    expect(publishProblems({ ...complete, body })).toEqual([
      { field: "body", message: "Nội dung: bài chưa có nội dung." },
      { field: "body.1.mediaId", message: "Khối 2 (Ảnh): chưa chọn ảnh." },
    ]);
    expect(publishProblems({ ...complete, body: [] })).toEqual([{ field: "body", message: "Nội dung: bài chưa có nội dung." }]);
  });

  it("counts a Vietnamese title by letters, not bytes: 5 letters pass", () => {
    expect(publishProblems({ ...complete, title: "Đường" })).toEqual([]);
    expect(publishProblems({ ...complete, title: "Điều" }).map((p) => p.field)).toEqual(["title"]);
  });

  it("round-trips a problem list through the form answer", () => {
    const problems = [{ field: "sapo", message: "Sapo: chưa có sapo." }, { field: "sapo", message: "khác" }];
    const state = problemsState("Chưa thể xuất bản: bài còn 2 vấn đề cần sửa.", problems);
    expect(state.fieldErrors).toEqual({ sapo: "Sapo: chưa có sapo." });
    expect(problemsOf(state)).toEqual(problems);
    expect(problemsOf({ result: { problems: "{not json" } })).toEqual([]);
    expect(problemsOf({})).toEqual([]);
  });
});

describe("length counters", () => {
  it("counts words by whitespace, ignoring lone punctuation", () => {
    expect(countWords("Công đoàn  chăm lo – Tết.")).toBe(5);
    expect(countWords("   ")).toBe(0);
    expect(countWords("a\nb\tc")).toBe(3);
  });

  it("counts characters as letters, trimmed, a decomposed Vietnamese letter once", () => {
    expect(countChars(" Tết ")).toBe(3);
    expect(countChars("Te\u0302\u0301t")).toBe(3);
  });

  it("labels each field with its recommendation and flags it outside", () => {
    expect(lengthCount("title", "Công đoàn chăm lo Tết")).toEqual({ words: 5, chars: 21, withinAdvice: true, label: "5 từ · 21/100 ký tự" });
    expect(lengthCount("title", "x".repeat(101)).withinAdvice).toBe(false);
    expect(lengthCount("title", "x".repeat(100)).withinAdvice).toBe(true);
    expect(lengthCount("seoTitle", "x".repeat(61))).toMatchObject({ withinAdvice: false, label: "1 từ · 61/60 ký tự" });
    expect(lengthCount("seoDescription", "x".repeat(160))).toMatchObject({ withinAdvice: true, label: "1 từ · 160/160 ký tự" });
    expect(lengthCount("sapo", "một hai ba")).toMatchObject({ words: 3, withinAdvice: false, label: "3 từ (nên 30–60 từ) · 10 ký tự" });
    expect(lengthCount("sapo", "chữ ".repeat(30)).withinAdvice).toBe(true);
    expect(lengthCount("sapo", "chữ ".repeat(60)).withinAdvice).toBe(true);
    expect(lengthCount("sapo", "chữ ".repeat(61)).withinAdvice).toBe(false);
    expect(lengthCount("body", "Một hai ba bốn")).toEqual({ words: 4, chars: 14, withinAdvice: true, label: "4 từ" });
  });

  it("does not flag an empty field", () => {
    expect(lengthCount("sapo", "")).toMatchObject({ words: 0, withinAdvice: true, label: "0 từ (nên 30–60 từ) · 0 ký tự" });
  });
});
