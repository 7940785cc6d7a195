import { Parser } from "htmlparser2";
import type { Inline } from "@/content/blocks/schema";
import { linkKind } from "@/content/routing/links";

/**
 * WordPress post HTML → body blocks of the one schema (src/content/blocks/schema.ts).
 * Pure: no database, no files. Images come out as drafts naming their source (URL and/or
 * attachment id); the importer turns them into media ids or drops them (reported).
 *
 *  - paragraphs with bold, italic and links; h1–h2 → heading level 2, h3–h6 → level 3;
 *    blockquote → quote (with its <cite>/<footer> as attribution);
 *  - <img>, <figure><figcaption>, `[caption]…[/caption]` and `[gallery ids=…]` → images with
 *    caption and credit ("… Ảnh: Tên" at the end of a caption is the credit);
 *  - classic-editor text without <p> (WordPress adds them when it shows a post: "wpautop"):
 *    blank lines separate paragraphs, a single newline is a line break;
 *  - anything else is kept as readable text — lists as "• item" paragraphs, tables one row per
 *    paragraph, embeds and iframes as a link, unknown shortcodes dropped — never as HTML.
 * Every change that loses something is returned as a warning line (in Vietnamese).
 */

export interface ImageDraft {
  type: "image";
  src: string;
  attachmentId?: number;
  caption?: string;
  credit?: string;
  alt?: string;
}
export type DraftBlock =
  | { type: "paragraph"; content: Inline[] }
  | { type: "heading"; level: 2 | 3; text: string }
  | { type: "quote"; text: string; attribution?: string }
  | ImageDraft;

export interface ConvertOptions {
  /** Origins of the old site ("https://baocu.vn"): links to them become site paths ("/2015/03/ten-bai"), which legacy paths redirect. */
  siteOrigins?: string[];
}

export interface ConvertResult {
  blocks: DraftBlock[];
  warnings: string[];
}

const MAX_BLOCKS = 500;
const MAX_PARAGRAPH_CHARS = 20_000;
const MAX_SPANS = 500;
const MAX_HEADING = 300;
const MAX_QUOTE = 2000;
const MAX_CAPTION = 1000;
const MAX_CREDIT = 200;
const MAX_ALT = 500;

// ---------------------------------------------------------------- a small tree
interface El {
  tag: string;
  attrs: Record<string, string>;
  children: Node[];
}
type Node = El | string;

const MAX_DEPTH = 200;
const VOID = new Set(["br", "img", "hr", "input", "meta", "link", "source", "embed", "wbr", "area", "col", "param", "track"]);

function parseTree(html: string): El {
  const root: El = { tag: "#root", attrs: {}, children: [] };
  const stack: El[] = [root];
  const parser = new Parser(
    {
      onopentag(tag, attrs) {
        // Past MAX_DEPTH (unclosed <span>s by the thousand…) tags only pass their content on.
        if (stack.length > MAX_DEPTH && !VOID.has(tag)) return;
        const el: El = { tag, attrs, children: [] };
        stack[stack.length - 1].children.push(el);
        if (!VOID.has(tag)) stack.push(el);
      },
      ontext(text) {
        const top = stack[stack.length - 1].children;
        if (typeof top[top.length - 1] === "string") top[top.length - 1] += text;
        else top.push(text);
      },
      onclosetag(tag) {
        if (VOID.has(tag)) return;
        // htmlparser2 closes implied tags itself; pop up to the matching element.
        for (let i = stack.length - 1; i > 0; i--) {
          if (stack[i].tag === tag) {
            stack.length = i;
            return;
          }
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  return root;
}

// ---------------------------------------------------------------- shortcodes
const CLOSING_SHORTCODE = /\[\/([a-zA-Z][\w-]*)\]/g;
const SHORTCODE_TAG = /\[\/?([a-zA-Z][\w-]*)(\s[^\]]*)?\]/g;
/** Shortcodes whose bare tags are removed even without attributes. */
const KNOWN_SHORTCODES = /^(gallery|embed|video|audio|playlist|caption|wp_caption|contact-form-7|contact-form|youtube|vimeo|soundcloud|ads?|adsense|quads|toc|related|shortcode|su_\w+|vc_\w+|et_pb_\w+|fusion_\w+|av_\w+|tie_\w+|td_\w+|row|column|col|one_half|one_third|tab|tabs|button|box|alert|divider|spacer|dropcap|highlight)$/i;

function shortcodeAttrs(text: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const m of text.matchAll(/([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"']+))/g)) attrs[m[1].toLowerCase()] = m[2] ?? m[3] ?? m[4] ?? "";
  return attrs;
}

const escapeAttr = (v: string) => v.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

/** Shortcodes → HTML the converter understands, or their readable inner text. */
function expandShortcodes(html: string, warnings: string[]): string {
  if (!html.includes("[")) return html;
  let out = html;
  // Enclosing pairs, innermost first (a few rounds cover nesting such as [vc_row][vc_column]…);
  // only names that have a closing tag somewhere are searched (no scan per "[1]" footnote).
  const closed = [...new Set([...html.matchAll(CLOSING_SHORTCODE)].map((m) => m[1]))].filter((name) => name.length <= 60).slice(0, 50);
  const escaped = closed.map((name) => name.replace(/[-]/g, "\\-")).join("|");
  const ENCLOSING_SHORTCODE = new RegExp(`\\[(${escaped})((?:\\s[^\\]]*)?)\\]([\\s\\S]*?)\\[\\/\\1\\]`, "g");
  for (let round = 0; closed.length > 0 && round < 5; round++) {
    let changed = false;
    out = out.replace(ENCLOSING_SHORTCODE, (_all, rawName: string, rawAttrs: string, inner: string) => {
      changed = true;
      const name = rawName.toLowerCase();
      const attrs = shortcodeAttrs(rawAttrs);
      if (name === "caption" || name === "wp_caption") {
        const m = /^\s*((?:<a\b[^>]*>\s*)?<img\b[^>]*>(?:\s*<\/a>)?)([\s\S]*)$/i.exec(inner);
        const media = m ? m[1] : "";
        const caption = (m ? m[2] : inner).trim() || attrs.caption || "";
        return `<figure data-wp="caption">${media}<figcaption>${caption}</figcaption></figure>`;
      }
      if (name === "embed" || name === "video" || name === "audio" || name === "youtube" || name === "vimeo") {
        const url = inner.trim() || attrs.src || attrs.url || attrs.mp4 || attrs.mp3 || "";
        return `<iframe src="${escapeAttr(url)}"></iframe>`;
      }
      return inner;
    });
    if (!changed) break;
  }
  // Bare tags: [gallery ids="…"] becomes images; embeds a link; the rest is dropped.
  out = out.replace(SHORTCODE_TAG, (all: string, rawName: string, rawAttrs: string | undefined) => {
    const name = rawName.toLowerCase();
    const attrs = shortcodeAttrs(rawAttrs ?? "");
    if (name === "gallery" && !all.startsWith("[/")) {
      const ids = (attrs.ids ?? "").split(",").map((s) => s.trim()).filter((s) => /^\d+$/.test(s));
      if (ids.length) return `<wp-gallery ids="${ids.join(",")}"></wp-gallery>`;
      warnings.push("[gallery] không có danh sách ảnh (ids): đã bỏ");
      return "";
    }
    if ((name === "video" || name === "audio" || name === "embed" || name === "youtube") && !all.startsWith("[/")) {
      const url = attrs.src || attrs.url || attrs.mp4 || attrs.mp3 || attrs.id || "";
      if (url) return `<iframe src="${escapeAttr(url)}"></iframe>`;
    }
    if (rawAttrs?.includes("=") || KNOWN_SHORTCODES.test(name)) {
      if (!all.startsWith("[/")) warnings.push(`shortcode [${name}] không chuyển được: đã bỏ`);
      return "";
    }
    return all; // "[1]", "[Video]"… in the text: kept as written
  });
  return out;
}

// ---------------------------------------------------------------- text helpers
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff]/g;
const clean = (text: string) => text.replace(CONTROL, "").replace(/\u00a0/g, " ").normalize("NFC");
const collapse = (text: string) => clean(text).replace(/\s+/g, " ").trim();

/** Text of an element, whitespace collapsed (for headings, captions, quotes, alt). */
function textOf(node: Node): string {
  if (typeof node === "string") return node;
  if (node.tag === "br") return "\n";
  if (node.tag === "script" || node.tag === "style") return "";
  return node.children.map(textOf).join("");
}

function cut(text: string, max: number, label: string, warnings: string[]): string {
  if (text.length <= max) return text;
  warnings.push(`${label} dài ${text.length} ký tự: cắt còn ${max}`);
  const slice = text.slice(0, max - 1);
  const space = slice.lastIndexOf(" ");
  return `${space > max * 0.8 ? slice.slice(0, space) : slice}…`;
}

/** "Công nhân tại xưởng. Ảnh: Nguyễn Văn A" → caption + credit. */
export function splitCredit(caption: string): { caption: string; credit?: string } {
  const m = /^(.*?)[\s.,;–—-]*\(?\s*(?:Ảnh|Nguồn ảnh|Ảnh minh họa|Ảnh minh hoạ|Ảnh tư liệu|Photo|Nguồn)\s*:\s*([^()]{2,200}?)\s*\)?\s*\.?$/isu.exec(caption);
  if (!m) return { caption };
  const before = m[1].trim();
  return { caption: before && !/[.!?…]$/.test(before) ? `${before}.` : before, credit: m[2].trim() };
}

// ---------------------------------------------------------------- the converter
interface Marks {
  bold?: boolean;
  italic?: boolean;
  href?: string;
}

class Converter {
  readonly blocks: DraftBlock[] = [];
  private spans: Inline[] = [];
  private marks: Marks = {};
  private prefix = "";
  private inTable = 0;

  constructor(
    readonly warnings: string[],
    private readonly autop: boolean,
    private readonly origins: string[],
  ) {}

  // --- inline text
  private add(raw: string) {
    let text = clean(raw).replace(/\s+/g, " ");
    if (!text) return;
    if (this.spans.length === 0) {
      text = text.replace(/^ /, "");
      if (!text) return;
      if (this.prefix) {
        text = this.prefix + text;
        this.prefix = "";
      }
    } else {
      const last = this.spans[this.spans.length - 1];
      if (last.text.endsWith(" ") && text.startsWith(" ")) text = text.slice(1);
      if (!text) return;
    }
    const last = this.spans[this.spans.length - 1];
    const { bold, italic, href } = this.marks;
    if (last && !!last.bold === !!bold && !!last.italic === !!italic && last.href === href) {
      last.text += text;
      return;
    }
    this.spans.push({ text, ...(bold ? { bold } : {}), ...(italic ? { italic } : {}), ...(href ? { href } : {}) });
  }

  text(raw: string) {
    if (!this.autop || this.inTable > 0 || !raw.includes("\n")) return this.add(raw);
    // Newlines between tags are layout, unless they make a blank line.
    if (!raw.trim() && !/\n[^\S\n]*\n/.test(raw)) return this.add(" ");
    // Classic-editor text: every newline is a break (WordPress shows blank lines as new
    // paragraphs and single newlines as <br>).
    const lines = raw.split(/\r?\n/);
    lines.forEach((line, i) => {
      if (i > 0) this.flush();
      this.add(line);
    });
  }

  flush() {
    this.prefix = "";
    const spans = this.spans;
    this.spans = [];
    if (spans.length) {
      const last = spans[spans.length - 1];
      last.text = last.text.replace(/\s+$/, "");
      if (!last.text) spans.pop();
    }
    if (spans.length === 0) return;
    // Within the schema's limits: 500 spans and 20,000 characters per paragraph.
    let chunk: Inline[] = [];
    let length = 0;
    const emit = () => {
      if (chunk.length) this.blocks.push({ type: "paragraph", content: chunk });
      chunk = [];
      length = 0;
    };
    for (const span of spans) {
      let rest = span;
      while (rest.text.length > MAX_PARAGRAPH_CHARS - length) {
        const room = MAX_PARAGRAPH_CHARS - length;
        let at = rest.text.lastIndexOf(" ", room);
        if (at < room / 2) at = room;
        if (at > 0) chunk.push({ ...rest, text: rest.text.slice(0, at) });
        emit();
        rest = { ...rest, text: rest.text.slice(at).replace(/^ /, "") };
      }
      if (!rest.text) continue;
      if (chunk.length >= MAX_SPANS) emit();
      chunk.push(rest);
      length += rest.text.length;
    }
    emit();
  }

  block(block: DraftBlock) {
    this.flush();
    this.blocks.push(block);
  }

  // --- links
  private href(raw: string | undefined): string | undefined {
    const value = clean(raw ?? "").trim();
    if (!value || value.startsWith("#")) return undefined;
    let href = value;
    try {
      const url = new URL(value);
      if (this.origins.includes(url.origin.toLowerCase())) href = `${url.pathname}${url.search}` || "/";
    } catch {
      // relative or malformed: checked as it is below
    }
    // The body schema's own link rule (safeHref), so every kept link passes it.
    return linkKind(href) ? href : undefined;
  }

  // --- walking
  walk(node: Node) {
    if (typeof node === "string") return this.text(node);
    const tag = node.tag;
    switch (tag) {
      case "#root":
      case "span":
      case "font":
      case "u":
      case "ins":
      case "mark":
      case "small":
      case "big":
      case "sup":
      case "sub":
      case "abbr":
      case "time":
      case "label":
      case "s":
      case "del":
      case "strike":
      case "code":
      case "kbd":
      case "var":
      case "q":
      case "tt":
      case "nobr":
        return this.children(node);
      case "strong":
      case "b":
        return this.withMarks({ bold: true }, node);
      case "em":
      case "i":
      case "cite":
      case "dfn":
        return this.withMarks({ italic: true }, node);
      case "a": {
        const only = this.onlyImage(node);
        if (only) return this.image(only, undefined);
        return this.withMarks({ href: this.href(node.attrs.href) }, node);
      }
      case "br":
        return this.flush();
      case "hr":
        return this.flush();
      case "script":
      case "style":
      case "noscript":
      case "template":
      case "head":
      case "title":
      case "meta":
      case "link":
      case "button":
      case "input":
      case "select":
      case "textarea":
      case "svg":
      case "canvas":
      case "map":
        if (tag === "script") this.warnings.push("đã bỏ mã <script>");
        return;
      case "h1":
      case "h2":
      case "h3":
      case "h4":
      case "h5":
      case "h6":
        return this.heading(node, tag === "h1" || tag === "h2" ? 2 : 3);
      case "blockquote":
        return this.quote(node);
      case "ul":
      case "ol":
        return this.list(node, tag === "ol");
      case "table":
        return this.table(node);
      case "figure":
        return this.figure(node);
      case "img":
        return this.image(node, undefined);
      case "wp-gallery":
        this.flush();
        for (const id of (node.attrs.ids ?? "").split(",")) this.blocks.push({ type: "image", src: "", attachmentId: Number(id) });
        return;
      case "iframe":
      case "embed":
      case "object":
      case "video":
      case "audio":
        return this.embed(node);
      case "pre": {
        this.flush();
        for (const line of textOf(node).split(/\r?\n/)) {
          this.add(line);
          this.flush();
        }
        return;
      }
      default:
        // p, div, section, article, li outside lists, dl/dt/dd, center, address, form, unknown tags…
        if (BLOCK_LIKE.has(tag)) {
          this.flush();
          this.children(node);
          this.flush();
          return;
        }
        return this.children(node);
    }
  }

  private children(node: El) {
    for (const child of node.children) this.walk(child);
  }

  private withMarks(marks: Marks, node: El) {
    const saved = this.marks;
    this.marks = { ...saved, ...marks };
    this.children(node);
    this.marks = saved;
  }

  /** The <img> that an <a> holds alone (a link to the full-size file): shown as an image. */
  private onlyImage(node: El): El | null {
    const kids = node.children.filter((c) => typeof c !== "string" || c.trim() !== "");
    return kids.length === 1 && typeof kids[0] !== "string" && kids[0].tag === "img" ? kids[0] : null;
  }

  private heading(node: El, level: 2 | 3) {
    if (findAll(node, "img").length) {
      this.flush();
      this.children(node);
      return this.flush();
    }
    const text = collapse(textOf(node));
    if (!text) return;
    if (text.length > MAX_HEADING) {
      this.warnings.push(`tiêu đề phụ dài ${text.length} ký tự: giữ thành đoạn chữ đậm`);
      this.flush();
      this.withMarks({ bold: true }, node);
      return this.flush();
    }
    this.block({ type: "heading", level, text });
  }

  private quote(node: El) {
    const citeEl = node.children.find((c): c is El => typeof c !== "string" && (c.tag === "cite" || c.tag === "footer"));
    const rest: El = { ...node, children: node.children.filter((c) => c !== citeEl) };
    for (const img of findAll(rest, "img")) this.image(img, undefined);
    const text = collapse(textOf(rest).replace(/\n/g, " "));
    const attribution = citeEl ? collapse(textOf(citeEl)).replace(/^[—–-]\s*/, "") : "";
    if (!text) return;
    if (text.length > MAX_QUOTE) {
      this.warnings.push(`trích dẫn dài ${text.length} ký tự: giữ thành đoạn chữ nghiêng`);
      this.flush();
      this.withMarks({ italic: true }, rest);
      return this.flush();
    }
    this.block({ type: "quote", text, ...(attribution ? { attribution: attribution.slice(0, 200) } : {}) });
  }

  private list(node: El, ordered: boolean, depth = 0) {
    this.flush();
    let n = 0;
    for (const child of node.children) {
      if (typeof child === "string") {
        if (child.trim()) this.text(child);
        continue;
      }
      if (child.tag !== "li") {
        this.walk(child);
        continue;
      }
      n++;
      this.flush();
      this.prefix = `${"  ".repeat(depth)}${ordered ? `${n}.` : depth ? "–" : "•"} `;
      for (const part of child.children) {
        if (typeof part !== "string" && (part.tag === "ul" || part.tag === "ol")) this.list(part, part.tag === "ol", depth + 1);
        else this.walk(part);
      }
      this.flush();
    }
    this.flush();
  }

  private table(node: El) {
    this.flush();
    const rows = findAll(node, "tr");
    if (rows.length === 0) return this.children(node);
    this.warnings.push(`bảng ${rows.length} dòng: giữ thành các đoạn văn (mỗi dòng một đoạn)`);
    this.inTable++;
    for (const row of rows) {
      const cells = row.children.filter((c): c is El => typeof c !== "string" && (c.tag === "td" || c.tag === "th"));
      cells.forEach((cell, i) => {
        if (i > 0) this.add(" | ");
        if (cell.tag === "th") this.withMarks({ bold: true }, cell);
        else this.children(cell);
      });
      this.flush();
    }
    this.inTable--;
  }

  private figure(node: El) {
    const imgs = findAll(node, "img");
    const captionEl = findAll(node, "figcaption")[0];
    let caption = "";
    let credit: string | undefined;
    if (captionEl) {
      const creditEl = findFirst(captionEl, (el) => /credit|tac-gia|author|source/.test(el.attrs.class ?? "") || el.tag === "cite" || el.tag === "small");
      if (creditEl) credit = collapse(textOf(creditEl)).replace(/^(Ảnh|Photo|Nguồn)\s*:\s*/i, "");
      const rest: El = { ...captionEl, children: captionEl.children.filter((c) => c !== creditEl) };
      caption = collapse(textOf(rest));
    }
    if (imgs.length === 0) {
      // A figure around an embed, a table or a quote: its content, then the caption as text.
      this.flush();
      for (const child of node.children) if (child !== captionEl) this.walk(child);
      if (caption) {
        this.flush();
        this.withMarks({ italic: true }, captionEl!);
      }
      return this.flush();
    }
    imgs.forEach((img, i) => this.image(img, i === imgs.length - 1 ? { caption, credit } : undefined));
  }

  private image(img: El, meta: { caption?: string; credit?: string } | undefined) {
    const src = clean(img.attrs.src ?? img.attrs["data-src"] ?? img.attrs["data-lazy-src"] ?? "").trim();
    const idMatch = /(?:^|\s)wp-image-(\d+)(?:\s|$)/.exec(img.attrs.class ?? "");
    if (!src && !idMatch) return;
    let caption = meta?.caption ?? "";
    let credit = meta?.credit;
    if (caption && !credit) ({ caption, credit } = splitCredit(caption));
    const alt = collapse(img.attrs.alt ?? "");
    this.block({
      type: "image",
      src,
      ...(idMatch ? { attachmentId: Number(idMatch[1]) } : {}),
      ...(caption ? { caption: cut(caption, MAX_CAPTION, "chú thích ảnh", this.warnings) } : {}),
      ...(credit ? { credit: cut(credit, MAX_CREDIT, "tên tác giả ảnh", this.warnings) } : {}),
      ...(alt ? { alt: cut(alt, MAX_ALT, "mô tả ảnh (alt)", this.warnings) } : {}),
    });
  }

  private embed(node: El) {
    const src = node.attrs.src ?? node.attrs.data ?? findFirst(node, (el) => el.tag === "source" && !!el.attrs.src)?.attrs.src ?? "";
    const href = this.href(src.startsWith("//") ? `https:${src}` : src);
    this.flush();
    if (!href) {
      this.warnings.push(`đã bỏ khung nhúng <${node.tag}> không có địa chỉ hợp lệ`);
      return;
    }
    this.warnings.push(`khung nhúng <${node.tag}> chuyển thành liên kết: ${href}`);
    const label = node.tag === "audio" ? "Nghe" : /youtube|youtu\.be|vimeo|video|\.mp4/i.test(href) || node.tag === "video" ? "Xem video" : "Xem nội dung nhúng";
    this.blocks.push({ type: "paragraph", content: [{ text: `${label}: `, italic: true }, { text: href, href }] });
  }
}

const BLOCK_LIKE = new Set([
  "p", "div", "section", "article", "header", "footer", "main", "aside", "nav", "center", "address", "dl", "dt", "dd", "li",
  "form", "fieldset", "details", "summary", "figcaption", "body", "html", "tbody", "thead", "tr", "td", "th", "caption",
]);

function findAll(node: El, tag: string, out: El[] = []): El[] {
  for (const child of node.children) {
    if (typeof child === "string") continue;
    if (child.tag === tag) out.push(child);
    findAll(child, tag, out);
  }
  return out;
}

function findFirst(node: El, test: (el: El) => boolean): El | undefined {
  for (const child of node.children) {
    if (typeof child === "string") continue;
    if (test(child)) return child;
    const deeper = findFirst(child, test);
    if (deeper) return deeper;
  }
  return undefined;
}

export function htmlToBlocks(html: string, options: ConvertOptions = {}): ConvertResult {
  const warnings: string[] = [];
  const expanded = expandShortcodes(html.replace(/\r\n?/g, "\n"), warnings);
  // Classic-editor content is shown by WordPress through wpautop (blank line = paragraph,
  // newline = <br>), whether or not it also has some <p>; block-editor content is not.
  const autop = !/<!--\s*wp:/.test(expanded);
  const converter = new Converter(warnings, autop, (options.siteOrigins ?? []).map((o) => o.toLowerCase().replace(/\/+$/, "")));
  converter.walk(parseTree(expanded));
  converter.flush();
  let blocks = converter.blocks;
  if (blocks.length > MAX_BLOCKS) {
    warnings.push(`bài có ${blocks.length} khối nội dung, quá giới hạn ${MAX_BLOCKS}: bỏ ${blocks.length - MAX_BLOCKS} khối cuối`);
    blocks = blocks.slice(0, MAX_BLOCKS);
  }
  return { blocks, warnings: [...new Set(warnings)] };
}

/** Plain text of an HTML fragment (excerpts, titles): tags and shortcodes removed, whitespace collapsed. */
export function htmlToText(html: string): string {
  if (!/[<&[]/.test(html)) return collapse(html);
  const blocks = htmlToBlocks(html).blocks;
  return collapse(
    blocks
      .map((b) => (b.type === "paragraph" ? b.content.map((s) => s.text).join("") : b.type === "image" ? (b.caption ?? "") : b.text))
      .join(" "),
  );
}
