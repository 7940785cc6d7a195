import { describe, expect, it } from "vitest";
import { rowDate } from "@/components/admin/article-row";
import { formatDateTime } from "@/content/vietnamese/dates";
import { articleLinks } from "@/newsroom/articles/links";

/**
 * The links a newsroom row offers, per role, written out by hand (the editor and preview
 * pages refuse the same cases on the server): editors and admins open every article's
 * editor and preview; a writer opens the editor only of their own draft or article in
 * review, the preview only of their own articles; the live page only for a published one.
 */
const WRITER = { id: 7, role: "WRITER" as const };
const EDITOR = { id: 8, role: "EDITOR" as const };
const ADMIN = { id: 9, role: "ADMIN" as const };
const article = (status: "DRAFT" | "IN_REVIEW" | "SCHEDULED" | "PUBLISHED" | "UNPUBLISHED", createdById: number | null) => ({ id: 42, slug: "bai-so-42", status, createdById });
const EDIT = "/admin/bai-viet/42";
const PREVIEW = "/admin/bai-viet/42/xem-truoc";
const LIVE = "/bai-viet/bai-so-42";

describe("links of a newsroom row", () => {
  it.each([
    ["own draft", article("DRAFT", 7), { edit: EDIT, preview: PREVIEW }],
    ["own article in review", article("IN_REVIEW", 7), { edit: EDIT, preview: PREVIEW }],
    ["own scheduled article", article("SCHEDULED", 7), { preview: PREVIEW }],
    ["own published article", article("PUBLISHED", 7), { preview: PREVIEW, live: LIVE }],
    ["own unpublished article", article("UNPUBLISHED", 7), { preview: PREVIEW }],
    ["another writer's draft", article("DRAFT", 3), {}],
    ["another writer's published article", article("PUBLISHED", 3), { live: LIVE }],
    ["an article whose creator was removed", article("DRAFT", null), {}],
  ])("a writer, %s", (_, a, expected) => {
    const links = articleLinks(WRITER, a);
    expect(Object.fromEntries(Object.entries(links).filter(([, v]) => v !== undefined))).toEqual(expected);
  });

  it.each([
    ["DRAFT", { edit: EDIT, preview: PREVIEW }],
    ["IN_REVIEW", { edit: EDIT, preview: PREVIEW }],
    ["SCHEDULED", { edit: EDIT, preview: PREVIEW }],
    ["PUBLISHED", { edit: EDIT, preview: PREVIEW, live: LIVE }],
    ["UNPUBLISHED", { edit: EDIT, preview: PREVIEW }],
  ] as const)("editors and admins, someone else's %s article", (status, expected) => {
    for (const viewer of [EDITOR, ADMIN]) {
      const links = articleLinks(viewer, article(status, 3));
      expect(Object.fromEntries(Object.entries(links).filter(([, v]) => v !== undefined))).toEqual(expected);
    }
  });
});

describe("the date a newsroom row shows", () => {
  const dates = { publishedAt: new Date("2026-11-20T01:05:00Z"), scheduledAt: new Date("2026-11-30T03:00:00Z"), updatedAt: new Date("2026-11-23T07:05:00Z") };
  it.each([
    ["PUBLISHED", dates, "Xuất bản: Thứ Sáu, 20/11/2026 08:05"],
    ["SCHEDULED", dates, "Hẹn giờ: Thứ Hai, 30/11/2026 10:00"],
    ["DRAFT", dates, "Cập nhật: Thứ Hai, 23/11/2026 14:05"],
    ["IN_REVIEW", dates, "Cập nhật: Thứ Hai, 23/11/2026 14:05"],
    ["UNPUBLISHED", dates, "Cập nhật: Thứ Hai, 23/11/2026 14:05"],
    ["PUBLISHED", { ...dates, publishedAt: null }, "Cập nhật: Thứ Hai, 23/11/2026 14:05"],
  ] as const)("%s", (status, when, expected) => {
    const { label, date } = rowDate({ status, ...when });
    expect(`${label}: ${formatDateTime(date)}`).toBe(expected);
  });
});
