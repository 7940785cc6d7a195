import type { BlockType } from "./schema";

/** The Vietnamese name of each block type: the editor's block headings and the revision comparison. */
export const BLOCK_TYPE_LABELS: Record<BlockType, string> = {
  paragraph: "Đoạn văn",
  heading: "Tiêu đề phụ",
  "interview-turn": "Lượt phỏng vấn",
  image: "Ảnh",
  quote: "Trích dẫn",
  "related-links": "Hộp tin liên quan",
};
