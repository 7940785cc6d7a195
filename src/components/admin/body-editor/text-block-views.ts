"use client";

import type { Editor, NodeViewRenderer } from "@tiptap/core";
import type { Node as PMNode } from "@tiptap/pm/model";
import { blockNumber, turnAttrs } from "./schema";

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
function attributeInput(placeholder: string) {
  const id = `body-attr-${++ids}`;
  const labelEl = document.createElement("label");
  labelEl.htmlFor = id;
  labelEl.className = "sr-only";
  const input = document.createElement("input");
  input.id = id;
  input.type = "text";
  input.placeholder = placeholder;
  input.autocomplete = "off";
  const show = (label: string, value: string) => {
    labelEl.textContent = label;
    if (document.activeElement !== input) input.value = value;
  };
  return { labelEl, input, show };
}

/** The DOM of one text block's view, and how it shows a node as block number `n`. */
interface TextBlockParts {
  dom: HTMLElement;
  contentDOM: HTMLElement;
  /** The controls around the text (not part of the document). */
  controls: HTMLElement;
  render: (node: PMNode, n: number) => void;
}

/**
 * A text block's view: `build` makes its DOM, given how to read the current node and write its
 * attributes; the view keeps the node and the block's number (renumbered on every change of the
 * document) and redraws with `render`.
 */
function textBlockView(build: (current: () => PMNode, write: (attrs: Record<string, unknown>) => void, editor: Editor) => TextBlockParts): NodeViewRenderer {
  return ({ node: initial, editor, getPos }) => {
    let node = initial;
    let n = 0;
    const position = getPos as () => number | undefined;
    const parts = build(
      () => node,
      (attrs) => {
        const pos = position();
        if (typeof pos === "number") editor.view.dispatch(editor.state.tr.setNodeMarkup(pos, undefined, { ...node.attrs, ...attrs }));
      },
      editor,
    );
    const renumber = () => {
      const number = blockNumber(editor.state.doc, position());
      if (number === n) return;
      n = number;
      parts.render(node, n);
    };
    editor.on("update", renumber);
    parts.controls.addEventListener("focusout", () => parts.render(node, n));
    queueMicrotask(renumber); // (the position is known once the view is in place)
    parts.render(node, n);
    return {
      dom: parts.dom,
      contentDOM: parts.contentDOM,
      update: (next) => {
        if (next.type !== node.type) return false;
        node = next;
        parts.render(node, n);
        return true;
      },
      stopEvent: (event) => parts.controls.contains(event.target as Node),
      // The controls' own changes are not the document's. Everything else is read: on Chrome for
      // Android, Enter is seen only as the block the browser adds beside the text.
      ignoreMutation: (mutation) => mutation.type === "attributes" || parts.controls.contains(mutation.target),
      destroy: () => editor.off("update", renumber),
    };
  };
}

/** "Phóng viên: question" (bold) or "- Label: answer", as printed, typed in place. */
export const interviewTurnView = textBlockView((current, write, editor) => {
  const dom = element("div", { className: "my-3 flex items-baseline gap-1 rounded border-l-4 border-gray-300 pl-2" }, { "data-block-type": "interview-turn" });
  const controls = element("span", { className: "flex shrink-0 items-baseline gap-1", contentEditable: "false" });
  const toggle = element("button", { type: "button", title: "Đổi người nói", className: "min-h-11 min-w-11 rounded border border-gray-300 bg-gray-50 px-1 text-xs font-semibold text-gray-700" });
  const dash = element("span", { textContent: "-" }, { "aria-hidden": "true" });
  const label = attributeInput("");
  const colon = element("span", { textContent: ":", className: "font-bold" }, { "aria-hidden": "true" });
  const contentDOM = element("div", {}, { "data-turn-text": "" });
  controls.append(toggle, dash, label.labelEl, label.input, colon);
  dom.append(controls, contentDOM);
  label.input.addEventListener("input", () => write({ label: label.input.value }));
  toggle.addEventListener("click", () => write(turnAttrs(editor.state.doc, current().attrs.speaker === "guest" ? "reporter" : "guest")));
  return {
    dom,
    contentDOM,
    controls,
    render: (node, n) => {
      const reporter = node.attrs.speaker !== "guest";
      dom.dataset.speaker = reporter ? "reporter" : "guest";
      toggle.textContent = reporter ? "Hỏi" : "Đáp";
      toggle.setAttribute("aria-label", `Khối ${n}: ${reporter ? "câu hỏi của phóng viên, đổi thành câu trả lời" : "câu trả lời của khách mời, đổi thành câu hỏi"}`);
      dash.hidden = reporter;
      label.input.placeholder = reporter ? "Phóng viên" : "Tên khách mời";
      label.show(`Nhãn ${n}`, String(node.attrs.label ?? ""));
      label.input.size = Math.max(8, [...label.input.value].length + 1);
      contentDOM.className = `min-w-0 flex-1 ${reporter ? "font-bold" : ""}`;
    },
  };
});

/** A pull quote, with who is quoted under it. */
export const pullQuoteView = textBlockView((_current, write) => {
  const dom = element("div", { className: "my-4 border-l-4 border-brand pl-4" }, { "data-block-type": "quote" });
  const contentDOM = element("div", { className: "text-lg italic" }, { "data-quote-text": "" });
  const controls = element("div", { className: "mt-1 flex items-center gap-1 text-sm", contentEditable: "false" });
  const attribution = attributeInput("Người được trích dẫn");
  attribution.input.className = "flex-1";
  controls.append(element("span", { textContent: "—" }, { "aria-hidden": "true" }), attribution.labelEl, attribution.input);
  dom.append(contentDOM, controls);
  attribution.input.addEventListener("input", () => write({ attribution: attribution.input.value }));
  return { dom, contentDOM, controls, render: (node, n) => attribution.show(`Người được trích dẫn ${n}`, String(node.attrs.attribution ?? "")) };
});
