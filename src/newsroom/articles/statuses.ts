/** Article workflow states and their Vietnamese labels (pure: used by server pages and the client editor). */
export const ARTICLE_STATUSES = ["DRAFT", "IN_REVIEW", "SCHEDULED", "PUBLISHED", "UNPUBLISHED"] as const;
export type ArticleStatus = (typeof ARTICLE_STATUSES)[number];
export const STATUS_LABELS: Record<ArticleStatus, string> = {
  DRAFT: "Bản nháp",
  IN_REVIEW: "Chờ duyệt",
  SCHEDULED: "Hẹn giờ",
  PUBLISHED: "Đã xuất bản",
  UNPUBLISHED: "Đã gỡ",
};
