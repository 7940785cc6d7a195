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

/** Labels of a block's own fields, by the field a problem names (see publish-checks.ts). */
const BLOCK_FIELD_LABELS: Record<string, RegExp> = {
  alt: /^Mô tả ảnh \(alt\)/,
  label: /^Nhãn \d+$/,
  articleIds: /^Tìm bài liên quan/,
  mediaId: /^Chọn từ thư viện ảnh$/,
};

/** The control of a block's field: a labelled input, or a button named by its text. */
function blockField(block: Element, part: string | undefined): HTMLElement | null {
  const match = part ? BLOCK_FIELD_LABELS[part] : undefined;
  if (!match) return null;
  const byLabel = controlByLabel(block, (t) => match.test(t));
  if (byLabel) return byLabel;
  return [...block.querySelectorAll<HTMLElement>("button")].find((b) => match.test(b.textContent?.trim() ?? "")) ?? null;
}

/** The elements of the body document's top-level blocks, in order (not the editor's own widgets, e.g. its gap cursor). */
const blockElements = (body: Element) => [...body.children].filter((c) => !c.classList.contains("ProseMirror-widget"));

/** The form control a problem is about, found by its visible label (what the writer reads). */
export function problemControl(field: string, root: ParentNode = document): HTMLElement | null {
  const form = root instanceof Element && root.matches('form[aria-label="Soạn bài"]') ? root : (root.querySelector('form[aria-label="Soạn bài"]') ?? root);
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
      // One top-level node of the body document per block, in order (body-editor/document.ts).
      const body = form.querySelector<HTMLElement>(".ProseMirror");
      if (!body) return null;
      const block = blockElements(body)[index === undefined ? 0 : Number(index)] as HTMLElement | undefined;
      if (!block) return body;
      return blockField(block, part) ?? block;
    }
    default:
      return controlByLabel(form, (t) => t === field);
  }
}

/** Takes the writer to a problem's field, in the editor the problem was listed in. */
export function focusProblem(field: string, from?: Element): void {
  const control = problemControl(field, from?.closest('form[aria-label="Soạn bài"]') ?? undefined);
  if (!control) return;
  const details = control.closest("details");
  if (details) details.open = true;
  control.scrollIntoView({ block: "center" });
  const body = control.closest(".ProseMirror");
  if (body && !control.matches("input, textarea, select, button")) {
    // Text typed in the body document: the editor puts its cursor in that block.
    const index = control === body ? 0 : blockElements(body).indexOf(control);
    control.dispatchEvent(new CustomEvent("focus-block", { bubbles: true, detail: { index: Math.max(0, index) } }));
  } else control.focus();
}

/** Every problem at once, each a button that takes the writer to its field or block. */
export function ProblemList({ problems }: { problems: PublishProblem[] }) {
  if (!problems.length) return null;
  return (
    <ul className="mt-2 list-disc space-y-1 pl-5" aria-label="Các vấn đề cần sửa">
      {problems.map((p, i) => (
        <li key={`${p.field}-${i}`}>
          <button type="button" onClick={(e) => focusProblem(p.field, e.currentTarget)} className="min-h-11 text-left underline underline-offset-2 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-red-800">
            {p.message}
          </button>
        </li>
      ))}
    </ul>
  );
}
