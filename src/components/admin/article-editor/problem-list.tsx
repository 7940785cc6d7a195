"use client";

import type { PublishProblem } from "@/content/article/publish-checks";

/** The control of the first label inside `root` whose text passes `match`. */
function controlByLabel(root: ParentNode, match: (text: string) => boolean): HTMLElement | null {
  for (const label of root.querySelectorAll("label")) {
    if (match(label.textContent?.trim() ?? "") && label.control) return label.control as HTMLElement;
  }
  return null;
}

const FOCUSABLE = "input, textarea, select, button, [tabindex]:not([tabindex='-1'])";

/** Labels of a block's fields, by the field a problem names (see publish-checks.ts). */
const BLOCK_FIELD_LABELS: Record<string, RegExp> = {
  alt: /^Mô tả ảnh \(alt\)/,
  text: /^(Đoạn văn|Tiêu đề phụ|Trích dẫn|Câu hỏi|Câu trả lời) \d+$/,
  label: /^Nhãn \d+$/,
  articleIds: /^Tìm bài liên quan/,
};

/** The form control a problem is about, found by its visible label (what the writer reads). */
export function problemControl(field: string, doc: Document = document): HTMLElement | null {
  const form = doc.querySelector('form[aria-label="Soạn bài"]') ?? doc;
  const [key, index, part] = field.split(".");
  switch (key) {
    case "title":
      return controlByLabel(form, (t) => t === "Tiêu đề");
    case "sapo":
      return controlByLabel(form, (t) => t === "Sapo");
    case "categoryId":
      return controlByLabel(form, (t) => t === "Chuyên mục");
    case "bylines":
      return controlByLabel(form, (t) => /^Tên tác giả \d+$/.test(t)) ?? [...form.querySelectorAll("button")].find((b) => b.textContent?.includes("Thêm tác giả")) ?? null;
    case "coverMediaId":
      return [...form.querySelectorAll("fieldset")].find((f) => f.querySelector("legend")?.textContent?.trim() === "Ảnh đại diện")?.querySelector<HTMLElement>(FOCUSABLE) ?? null;
    case "body": {
      const blocks = form.querySelectorAll("li[data-block-type]");
      const block = index === undefined ? blocks[0] : blocks[Number(index)];
      if (!block) return form.querySelector<HTMLElement>('[aria-label="Thêm khối nội dung"] button');
      const byLabel = part && BLOCK_FIELD_LABELS[part] ? controlByLabel(block, (t) => BLOCK_FIELD_LABELS[part].test(t)) : null;
      const inFieldset = part === "mediaId" ? block.querySelector<HTMLElement>(`fieldset ${FOCUSABLE}`) : null;
      return byLabel ?? inFieldset ?? block.querySelector<HTMLElement>("textarea, input, select") ?? block.querySelector<HTMLElement>(FOCUSABLE);
    }
    default:
      return controlByLabel(form, (t) => t === field);
  }
}

export function focusProblem(field: string): void {
  const control = problemControl(field);
  if (!control) return;
  const details = control.closest("details");
  if (details) details.open = true;
  control.scrollIntoView({ block: "center" });
  control.focus();
}

/** Every problem at once, each a button that takes the writer to its field or block. */
export function ProblemList({ problems }: { problems: PublishProblem[] }) {
  if (!problems.length) return null;
  return (
    <ul className="mt-2 list-disc space-y-1 pl-5" aria-label="Các vấn đề cần sửa">
      {problems.map((p, i) => (
        <li key={`${p.field}-${i}`}>
          <button type="button" onClick={() => focusProblem(p.field)} className="min-h-11 text-left underline underline-offset-2 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-red-800">
            {p.message}
          </button>
        </li>
      ))}
    </ul>
  );
}
