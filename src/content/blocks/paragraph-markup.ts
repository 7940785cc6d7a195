import type { Inline } from "./schema";

/**
 * The editor's plain-text notation for a paragraph's marks, so editors type marks without
 * any HTML: **đậm**, *nghiêng*, [chữ liên kết](https://…) — and \* for a literal star.
 * markupToSpans(spansToMarkup(x)) gives x back.
 */
const escape = (text: string) => text.replace(/([\\*[\]])/g, "\\$1");

export function spansToMarkup(spans: Inline[]): string {
  return spans
    .map((span) => {
      let text = escape(span.text);
      if (span.italic) text = `*${text}*`;
      if (span.bold) text = `**${text}**`;
      if (span.href) text = `[${text}](${span.href.replace(/\)/g, "%29")})`;
      return text;
    })
    .join("");
}

export function markupToSpans(markup: string): Inline[] {
  const spans: Inline[] = [];
  const push = (text: string, marks: Omit<Inline, "text">) => {
    if (!text) return;
    const last = spans[spans.length - 1];
    if (last && last.bold === marks.bold && last.italic === marks.italic && last.href === marks.href) last.text += text;
    else spans.push({ text, ...marks });
  };
  const parse = (input: string, marks: Omit<Inline, "text">) => {
    let buffer = "";
    let i = 0;
    const flush = () => {
      push(buffer, marks);
      buffer = "";
    };
    while (i < input.length) {
      const rest = input.slice(i);
      if (rest[0] === "\\" && rest.length > 1) {
        buffer += rest[1];
        i += 2;
        continue;
      }
      const link = !marks.href && rest.match(/^\[((?:\\.|[^\]\\])+)\]\(([^)\s]+)\)/);
      if (link) {
        flush();
        parse(link[1], { ...marks, href: link[2] });
        i += link[0].length;
        continue;
      }
      const bold = !marks.bold && rest.match(/^\*\*((?:\\.|[^*\\]|\*(?!\*))+?)\*\*/);
      if (bold) {
        flush();
        parse(bold[1], { ...marks, bold: true });
        i += bold[0].length;
        continue;
      }
      const italic = !marks.italic && rest.match(/^\*((?:\\.|[^*\\])+?)\*/);
      if (italic) {
        flush();
        parse(italic[1], { ...marks, italic: true });
        i += italic[0].length;
        continue;
      }
      buffer += rest[0];
      i++;
    }
    flush();
  };
  parse(markup, {});
  return spans.map((s) => Object.fromEntries(Object.entries(s).filter(([, v]) => v !== undefined && v !== false)) as Inline);
}
