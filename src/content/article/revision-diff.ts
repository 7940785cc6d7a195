import { bodyText } from "@/content/blocks/schema";
import { articleInputSchema, type ArticleInput } from "./schema";

/** Field-by-field comparison of two revisions, and a line diff of the body text. */
export interface FieldChange {
  field: string;
  label: string;
  before: string;
  after: string;
}
export type DiffLine = { kind: "same" | "added" | "removed"; text: string };

const LABELS: Partial<Record<keyof ArticleInput, string>> = {
  title: "Tiêu đề",
  slug: "Đường dẫn",
  sapo: "Sapo",
  kind: "Loại bài",
  categoryId: "Chuyên mục",
  tags: "Chủ đề",
  bylines: "Tác giả",
  coverMediaId: "Ảnh đại diện",
  coverCaption: "Chú thích ảnh đại diện",
  seoTitle: "Tiêu đề SEO",
  seoDescription: "Mô tả SEO",
  relatedIds: "Tin liên quan",
};

/** A stored snapshot as editor input; null if it no longer fits the schema. */
export function snapshotInput(snapshot: unknown): ArticleInput | null {
  const parsed = articleInputSchema.safeParse(snapshot);
  return parsed.success ? parsed.data : null;
}

const show = (value: unknown): string =>
  value === undefined || value === null ? "" : Array.isArray(value) ? value.map((v) => (typeof v === "object" ? Object.values(v).join(" – ") : String(v))).join(", ") : String(value);

export function compareFields(a: ArticleInput, b: ArticleInput): FieldChange[] {
  return (Object.keys(LABELS) as (keyof ArticleInput)[])
    .map((field) => ({ field, label: LABELS[field]!, before: show(a[field]), after: show(b[field]) }))
    .filter((c) => c.before !== c.after);
}

/** Longest-common-subsequence diff of the body's lines of text. */
export function diffLines(before: string[], after: string[]): DiffLine[] {
  const n = before.length;
  const m = after.length;
  const lcs = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) lcs[i][j] = before[i] === after[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  const out: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (before[i] === after[j]) {
      out.push({ kind: "same", text: before[i] });
      i++;
      j++;
    } else if (lcs[i + 1][j] >= lcs[i][j + 1]) out.push({ kind: "removed", text: before[i++] });
    else out.push({ kind: "added", text: after[j++] });
  }
  while (i < n) out.push({ kind: "removed", text: before[i++] });
  while (j < m) out.push({ kind: "added", text: after[j++] });
  return out;
}

export function bodyLines(input: ArticleInput): string[] {
  return bodyText(input.body).split("\n").filter(Boolean);
}
