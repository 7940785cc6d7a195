"use client";

import type { Editor, NodeViewRenderer } from "@tiptap/core";
import type { Node as PMNode } from "@tiptap/pm/model";
import { lastLabels } from "./schema";

/**
 * Views of the blocks one types into besides paragraphs and headings: interview turns and pull
 * quotes. Plain DOM, built synchronously: a React view mounts a moment later, and text typed
 * right after Enter created the block would land in the previous one. The editable text is the
 * view's contentDOM; the speaker switch, the label and the attribution around it are controls
 * the document does not see (stopEvent/ignoreMutation) and that write the node's attributes.
 */

let ids = 0;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, attrs: Record<string, string> = {}) {
  const el = Object.assign(document.createElement(tag), props);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  return el;
}

/** A labelled text input bound to one attribute; it keeps its own text while it has focus. */
function attributeInput(label: string, placeholder: string) {
  const id = `body-attr-${++ids}`;
  const labelEl = document.createElement("label");
  labelEl.htmlFor = id;
  labelEl.className = "sr-only";
  labelEl.textContent = label;
  const input = document.createElement("input");
  input.id = id;
  input.type = "text";
  input.placeholder = placeholder;
  input.autocomplete = "off";
  const show = (value: string) => {
    if (document.activeElement !== input) input.value = value;
  };
  return { labelEl, input, show, setLabel: (text: string) => void (labelEl.textContent = text) };
}

/** What a view shares: the block's number (problems name blocks by it), attribute writes, cleanup. */
function viewBase(editor: Editor, getPos: () => number | undefined, onNumber: (n: number) => void) {
  let last = -1;
  const renumber = () => {
    const pos = getPos();
    const n = typeof pos === "number" && pos <= editor.state.doc.content.size ? editor.state.doc.resolve(pos).index(0) + 1 : 0;
    if (n !== last) onNumber((last = n));
  };
  editor.on("update", renumber);
  return {
    renumber,
    write(node: PMNode, attrs: Record<string, unknown>) {
      const pos = getPos();
      if (typeof pos === "number") editor.view.dispatch(editor.state.tr.setNodeMarkup(pos, undefined, { ...node.attrs, ...attrs }));
    },
    destroy: () => editor.off("update", renumber),
  };
}

/** "Phóng viên: question" (bold) or "- Label: answer", as printed, typed in place. */
export const interviewTurnView: NodeViewRenderer = ({ node: initial, editor, getPos }) => {
  let node = initial;
  let n = 0;
  const dom = element("div", { className: "my-3 flex items-baseline gap-1 rounded border-l-4 border-gray-300 pl-2" }, { "data-block-type": "interview-turn" });
  const head = element("span", { className: "flex shrink-0 items-baseline gap-1", contentEditable: "false" });
  const toggle = element("button", { type: "button", title: "Đổi người nói", className: "min-h-11 min-w-11 rounded border border-gray-300 bg-gray-50 px-1 text-xs font-semibold text-gray-700" });
  const dash = element("span", { textContent: "-" }, { "aria-hidden": "true" });
  const label = attributeInput("Nhãn", "");
  const colon = element("span", { textContent: ":", className: "font-bold" }, { "aria-hidden": "true" });
  const contentDOM = element("div", {}, { "data-turn-text": "" });
  head.append(toggle, dash, label.labelEl, label.input, colon);
  dom.append(head, contentDOM);

  const render = () => {
    const reporter = node.attrs.speaker !== "guest";
    dom.dataset.speaker = reporter ? "reporter" : "guest";
    toggle.textContent = reporter ? "Hỏi" : "Đáp";
    toggle.setAttribute("aria-label", `Khối ${n}: ${reporter ? "câu hỏi của phóng viên, đổi thành câu trả lời" : "câu trả lời của khách mời, đổi thành câu hỏi"}`);
    dash.hidden = reporter;
    label.setLabel(`Nhãn ${n}`);
    label.input.placeholder = reporter ? "Phóng viên" : "Tên khách mời";
    label.show(String(node.attrs.label ?? ""));
    label.input.size = Math.max(8, [...label.input.value].length + 1);
    contentDOM.className = `min-w-0 flex-1 ${reporter ? "font-bold" : ""}`;
  };
  const base = viewBase(editor, getPos as () => number | undefined, (number) => {
    n = number;
    render();
  });
  label.input.addEventListener("input", () => base.write(node, { label: label.input.value }));
  label.input.addEventListener("blur", render);
  toggle.addEventListener("click", () => {
    const labels = lastLabels(editor.state.doc);
    base.write(node, node.attrs.speaker === "guest" ? { speaker: "reporter", label: labels.reporter } : { speaker: "guest", label: labels.guest || "Khách mời" });
  });
  queueMicrotask(base.renumber); // (the position is known once the view is in place)
  render();
  return {
    dom,
    contentDOM,
    update: (next) => {
      if (next.type !== node.type) return false;
      node = next;
      render();
      return true;
    },
    stopEvent: (event) => head.contains(event.target as Node),
    // The controls' own changes are not the document's. Everything else is read: on Chrome for
    // Android, Enter is seen only as the block the browser adds beside the text.
    ignoreMutation: (mutation) => mutation.type === "attributes" || head.contains(mutation.target),
    destroy: base.destroy,
  };
};

/** A pull quote, with who is quoted under it. */
export const pullQuoteView: NodeViewRenderer = ({ node: initial, editor, getPos }) => {
  let node = initial;
  let n = 0;
  const dom = element("div", { className: "my-4 border-l-4 border-brand pl-4" }, { "data-block-type": "quote" });
  const contentDOM = element("div", { className: "text-lg italic" }, { "data-quote-text": "" });
  const foot = element("div", { className: "mt-1 flex items-center gap-1 text-sm", contentEditable: "false" });
  const attribution = attributeInput("Người được trích dẫn", "Người được trích dẫn");
  attribution.input.className = "flex-1";
  foot.append(element("span", { textContent: "—" }, { "aria-hidden": "true" }), attribution.labelEl, attribution.input);
  dom.append(contentDOM, foot);
  const render = () => {
    attribution.setLabel(`Người được trích dẫn ${n}`);
    attribution.show(String(node.attrs.attribution ?? ""));
  };
  const base = viewBase(editor, getPos as () => number | undefined, (number) => {
    n = number;
    render();
  });
  attribution.input.addEventListener("input", () => base.write(node, { attribution: attribution.input.value }));
  attribution.input.addEventListener("blur", render);
  queueMicrotask(base.renumber); // (the position is known once the view is in place)
  render();
  return {
    dom,
    contentDOM,
    update: (next) => {
      if (next.type !== node.type) return false;
      node = next;
      render();
      return true;
    },
    stopEvent: (event) => foot.contains(event.target as Node),
    // the controls' own changes are not the document's; the text inside contentDOM is
    ignoreMutation: (mutation) => mutation.type === "attributes" || foot.contains(mutation.target),
    destroy: base.destroy,
  };
};
