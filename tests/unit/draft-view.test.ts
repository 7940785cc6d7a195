import { describe, expect, it } from "vitest";
import { draftView } from "@/components/admin/live-preview/draft-view";
import type { EditorArticle, MediaOption } from "@/components/admin/article-editor/types";

const NOW = new Date("2026-11-26T07:30:00Z");
const MEDIA: MediaOption[] = [
  { id: 7, fileKey: "uploads/2026/11/han.jpg", alt: "Thợ hàn", caption: "Hội thi thợ giỏi", credit: "Hải Nguyễn", variants: [320, 768] },
  { id: 9, fileKey: "uploads/2026/11/bia.jpg", alt: "Ảnh bìa", caption: null, credit: null, variants: [320] },
];
const DRAFT: EditorArticle = {
  id: null,
  version: null,
  status: "DRAFT",
  title: "Hội thi thợ giỏi",
  slug: "hoi-thi-tho-gioi",
  sapo: "Sapo đang viết.",
  categoryId: 3,
  kind: "INTERVIEW",
  tags: ["Công đoàn", " ", "Thi đua "],
  bylines: [{ name: "Phạm Diệp", role: "Thực hiện" }, { name: "  ", role: "Ảnh" }],
  coverMediaId: 9,
  coverCaption: "",
  seoTitle: "",
  seoDescription: "",
  related: [],
  body: [
    { type: "paragraph", content: [{ text: "" }] },
    { type: "paragraph", content: [{ text: "Mở đầu." }] },
    { type: "image", mediaId: 0 },
    { type: "image", mediaId: 7, caption: "Chú thích riêng" },
    { type: "interview-turn", speaker: "guest", label: "Ông Thành", text: "" },
    { type: "interview-turn", speaker: "reporter", label: "Phóng viên", text: "Hỏi?" },
  ],
};

describe("the live preview's view of an unsaved draft", () => {
  const view = draftView(DRAFT, MEDIA, [{ id: 2, name: "Thời sự" }, { id: 3, name: "Công đoàn" }], NOW);

  it("shows the blocks readers would get, without the placeholders still being written", () => {
    expect(view.blocks).toEqual([
      { type: "paragraph", content: [{ text: "Mở đầu." }] },
      { type: "image", mediaId: 7, caption: "Chú thích riêng" },
      { type: "interview-turn", speaker: "reporter", label: "Phóng viên", text: "Hỏi?" },
    ]);
    expect(Object.keys(view.media)).toEqual(["7"]);
    expect(view.media[7]).toMatchObject({ fileKey: "uploads/2026/11/han.jpg", alt: "Thợ hàn", caption: "Hội thi thợ giỏi", variants: [320, 768] });
  });

  it("names the category, the authors and the topics as the article page does, dated now", () => {
    expect(view.category).toEqual({ name: "Công đoàn", slug: "cong-doan" });
    expect(view.breadcrumb).toEqual([{ name: "Công đoàn", slug: "cong-doan" }]);
    expect(view.bylines).toEqual([{ name: "Phạm Diệp", slug: "pham-diep", role: "Thực hiện" }]);
    expect(view.tags).toEqual([
      { name: "Công đoàn", slug: "cong-doan" },
      { name: "Thi đua", slug: "thi-dua" },
    ]);
    expect(view.cover?.id).toBe(9);
    expect(view.coverCaption).toBeNull();
    expect(view.publishedAt).toEqual(NOW);
  });

  it("has no category before one is chosen", () => {
    const none = draftView({ ...DRAFT, categoryId: "", coverMediaId: null }, MEDIA, [{ id: 3, name: "Công đoàn" }], NOW);
    expect(none.breadcrumb).toEqual([]);
    expect(none.category.name).toBe("");
    expect(none.cover).toBeNull();
  });
});
