import fs from "node:fs";
import { Parser } from "htmlparser2";
import { ExportTextDecoder } from "./text-decoder";

/**
 * Streaming reader of a WordPress eXtended RSS export (WXR 1.0–1.2): the file is read in
 * chunks and handed to htmlparser2 in XML mode (forgiving: a stray "&" or an unclosed tag
 * does not stop it), and each author, term and item is yielded as soon as its closing tag
 * is read. Memory holds one item at a time (its content capped at MAX_CONTENT_CHARS), never
 * the file: a 500 MB export reads in constant memory.
 */

export interface WxrSite {
  title: string;
  link: string;
  baseSiteUrl: string;
  baseBlogUrl: string;
  wxrVersion: string;
}

export interface WxrAuthor {
  login: string;
  email: string;
  displayName: string;
}

export interface WxrTerm {
  kind: "category" | "tag";
  termId: string;
  slug: string;
  name: string;
  /** Slug of the parent category ("" for none). */
  parent: string;
  description: string;
}

export interface WxrItem {
  title: string;
  link: string;
  pubDate: string;
  creator: string;
  guid: string;
  content: string;
  excerpt: string;
  postId: string;
  postDate: string;
  postDateGmt: string;
  postModifiedGmt: string;
  postName: string;
  status: string;
  postParent: string;
  postType: string;
  attachmentUrl: string;
  terms: { domain: string; nicename: string; name: string }[];
  meta: Record<string, string>;
  /** Problems met while reading this item (bytes that were not UTF-8, truncation…). */
  problems: string[];
}

export type WxrRecord =
  | { type: "site"; site: WxrSite }
  | { type: "author"; author: WxrAuthor }
  | { type: "term"; term: WxrTerm }
  | { type: "item"; item: WxrItem }
  /** Trouble outside any item (or a broken file): reported, never thrown. */
  | { type: "problem"; message: string };

/** Content of one post kept at most (characters): beyond it the post is cut and reported. */
export const MAX_CONTENT_CHARS = 2_000_000;
const MAX_FIELD_CHARS = 100_000;

export interface ReadOptions {
  /** Do not keep post content and excerpts (the first pass needs only ids and attachments). */
  skipContent?: boolean;
  chunkBytes?: number;
}

const ITEM_FIELDS: Record<string, keyof WxrItem> = {
  title: "title",
  link: "link",
  pubDate: "pubDate",
  "dc:creator": "creator",
  guid: "guid",
  "content:encoded": "content",
  "excerpt:encoded": "excerpt",
  "wp:post_id": "postId",
  "wp:post_date": "postDate",
  "wp:post_date_gmt": "postDateGmt",
  "wp:post_modified_gmt": "postModifiedGmt",
  "wp:post_name": "postName",
  "wp:status": "status",
  "wp:post_parent": "postParent",
  "wp:post_type": "postType",
  "wp:attachment_url": "attachmentUrl",
};

const AUTHOR_FIELDS: Record<string, keyof WxrAuthor> = {
  "wp:author_login": "login",
  "wp:author_email": "email",
  "wp:author_display_name": "displayName",
};

const TERM_FIELDS: Record<string, keyof WxrTerm> = {
  "wp:term_id": "termId",
  "wp:category_nicename": "slug",
  "wp:tag_slug": "slug",
  "wp:term_slug": "slug",
  "wp:cat_name": "name",
  "wp:tag_name": "name",
  "wp:term_name": "name",
  "wp:category_parent": "parent",
  "wp:term_parent": "parent",
  "wp:category_description": "description",
  "wp:tag_description": "description",
  "wp:term_description": "description",
};

const SITE_FIELDS: Record<string, keyof WxrSite> = {
  title: "title",
  link: "link",
  "wp:base_site_url": "baseSiteUrl",
  "wp:base_blog_url": "baseBlogUrl",
  "wp:wxr_version": "wxrVersion",
};

const emptyItem = (): WxrItem => ({
  title: "",
  link: "",
  pubDate: "",
  creator: "",
  guid: "",
  content: "",
  excerpt: "",
  postId: "",
  postDate: "",
  postDateGmt: "",
  postModifiedGmt: "",
  postName: "",
  status: "",
  postParent: "",
  postType: "",
  attachmentUrl: "",
  terms: [],
  meta: {},
  problems: [],
});

/** Reads `file` and yields its records in document order. Never throws for bad content. */
export async function* readWxr(file: string, options: ReadOptions = {}): AsyncGenerator<WxrRecord> {
  const queue: WxrRecord[] = [];
  const stack: string[] = [];
  const site: WxrSite = { title: "", link: "", baseSiteUrl: "", baseBlogUrl: "", wxrVersion: "" };
  let siteSent = false;
  let item: WxrItem | null = null;
  let author: WxrAuthor | null = null;
  let term: (WxrTerm & { taxonomy?: string }) | null = null;
  let termAttrs: { domain: string; nicename: string } | null = null;
  let metaKey = "";
  let metaValue = "";
  let inComment = 0;
  // The text of the element being read: pieces joined at its end tag.
  let text: string[] = [];
  let textLength = 0;
  let textCap = MAX_FIELD_CHARS;
  let truncated = false;
  let encodingRepairs = 0;
  let controlRepairs = 0;
  let sawChannel = false;

  const collecting = () => textCap > 0;
  const takeText = () => {
    const value = text.length === 1 ? text[0] : text.join("");
    text = [];
    textLength = 0;
    return value;
  };
  const sendSite = () => {
    if (siteSent) return;
    siteSent = true;
    queue.push({ type: "site", site: { ...site } });
  };

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        stack.push(name);
        text = [];
        textLength = 0;
        truncated = false;
        textCap = MAX_FIELD_CHARS;
        if (name === "channel") sawChannel = true;
        if (inComment || name === "wp:comment") {
          inComment++;
          textCap = 0;
          return;
        }
        if (name === "item") {
          sendSite();
          item = emptyItem();
          encodingRepairs = 0;
          controlRepairs = 0;
        } else if (name === "wp:author" && !item) author = { login: "", email: "", displayName: "" };
        else if ((name === "wp:category" || name === "wp:tag" || name === "wp:term") && !item) {
          term = { kind: name === "wp:tag" ? "tag" : "category", termId: "", slug: "", name: "", parent: "", description: "" };
        } else if (name === "category" && item) termAttrs = { domain: attribs.domain ?? "", nicename: attribs.nicename ?? "" };
        else if (name === "content:encoded") textCap = options.skipContent ? 0 : MAX_CONTENT_CHARS;
      },
      ontext(data) {
        if (!collecting()) return;
        if (textLength + data.length > textCap) {
          data = data.slice(0, Math.max(0, textCap - textLength));
          truncated = true;
        }
        if (data) {
          text.push(data);
          textLength += data.length;
        }
      },
      onclosetag(name) {
        stack.pop();
        if (inComment) {
          inComment--;
          text = [];
          return;
        }
        const value = takeText();
        const current = item as WxrItem | null;
        if (current) {
          if (name === "item") {
            if (encodingRepairs) current.problems.push(`${encodingRepairs} byte không phải UTF-8 đã được đọc theo bảng mã Windows-1252 (kiểm tra chữ có dấu)`);
            if (controlRepairs) current.problems.push(`${controlRepairs} ký tự điều khiển không hợp lệ trong XML đã bị bỏ`);
            queue.push({ type: "item", item: current });
            item = null;
            return;
          }
          if (name === "category") {
            if (termAttrs) current.terms.push({ domain: termAttrs.domain, nicename: termAttrs.nicename, name: value.trim() });
            termAttrs = null;
            return;
          }
          if (name === "wp:meta_key") metaKey = value.trim();
          else if (name === "wp:meta_value") metaValue = value;
          else if (name === "wp:postmeta") {
            if (metaKey) current.meta[metaKey] = metaValue;
            metaKey = metaValue = "";
          } else if (ITEM_FIELDS[name] && stack[stack.length - 1] === "item") {
            const field = ITEM_FIELDS[name] as Exclude<keyof WxrItem, "terms" | "meta" | "problems">;
            current[field] = name === "content:encoded" || name === "excerpt:encoded" ? value : value.trim();
            if (truncated && name === "content:encoded") {
              current.problems.push(`bài quá lớn: chỉ giữ ${MAX_CONTENT_CHARS.toLocaleString("vi-VN")} ký tự đầu của nội dung`);
            }
          }
          return;
        }
        if (author) {
          if (name === "wp:author") {
            queue.push({ type: "author", author });
            author = null;
          } else if (AUTHOR_FIELDS[name]) author[AUTHOR_FIELDS[name]] = value.trim();
          return;
        }
        if (term) {
          if (name === "wp:category" || name === "wp:tag" || name === "wp:term") {
            const taxonomy = term.taxonomy;
            if (name !== "wp:term" || taxonomy === "category" || taxonomy === "post_tag") {
              if (taxonomy === "post_tag") term.kind = "tag";
              const { taxonomy: _unused, ...rest } = term;
              void _unused;
              queue.push({ type: "term", term: rest });
            }
            term = null;
          } else if (name === "wp:term_taxonomy") term.taxonomy = value.trim();
          else if (TERM_FIELDS[name]) term[TERM_FIELDS[name] as "slug"] = value.trim();
          return;
        }
        if (SITE_FIELDS[name] && stack[stack.length - 1] === "channel") site[SITE_FIELDS[name]] = value.trim();
      },
      onerror(error) {
        queue.push({ type: "problem", message: `lỗi đọc XML: ${error.message}` });
      },
    },
    { xmlMode: true, decodeEntities: true },
  );

  const decoder = new ExportTextDecoder();
  const feed = (pieces: ReturnType<ExportTextDecoder["push"]>) => {
    for (const piece of pieces) {
      if (typeof piece === "string") {
        parser.write(piece);
        continue;
      }
      if (item) {
        if (piece.repair === "encoding") encodingRepairs++;
        else controlRepairs++;
      } else if (piece.repair === "encoding") queue.push({ type: "problem", message: "byte không phải UTF-8 ngoài các bài (đọc theo Windows-1252)" });
      if (piece.text) parser.write(piece.text);
    }
  };

  const stream = fs.createReadStream(file, { highWaterMark: options.chunkBytes ?? 256 * 1024 });
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    feed(decoder.push(chunk));
    while (queue.length) yield queue.shift()!;
  }
  feed(decoder.end());
  const open = item as WxrItem | null;
  if (open) {
    const title = open.title || "(không tiêu đề)";
    queue.push({ type: "problem", message: `tệp kết thúc giữa chừng trong bài "${title}"${open.postId ? ` (#${open.postId})` : ""}: bài này bị bỏ qua (tệp xuất bị cắt?)` });
    item = null;
  }
  parser.end();
  if (!sawChannel) queue.push({ type: "problem", message: "không thấy thẻ <channel>: đây có phải tệp xuất WordPress (WXR) không?" });
  sendSite();
  while (queue.length) yield queue.shift()!;
}
