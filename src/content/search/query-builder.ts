import { removeDiacritics } from "@/content/vietnamese/slugify";

/**
 * Turns what a reader typed into a safe full-text query. Diacritics and case are
 * ignored ("cong doan" finds "Công đoàn", "DANG" finds "Đảng"); anything that is not
 * a letter or digit separates words, so odd input can never break the SQL.
 */
export const MAX_QUERY_LENGTH = 200;
const MAX_TERMS = 12;

export interface SearchQuery {
  /** The text as it will be shown back to the reader (trimmed, length-limited). */
  display: string;
  /** Normalised words: lowercase ASCII letters and digits. */
  terms: string[];
  /** Input for PostgreSQL `to_tsquery('simple', …)`; the last word also matches as a prefix. */
  tsquery: string;
}

export function normalizeForSearch(text: string): string {
  return removeDiacritics(text.normalize("NFC")).toLowerCase();
}

export function buildSearchQuery(input: unknown): SearchQuery {
  const display = (typeof input === "string" ? input : "").replace(/\s+/g, " ").trim().slice(0, MAX_QUERY_LENGTH);
  const terms = [...new Set(normalizeForSearch(display).split(/[^a-z0-9]+/).filter(Boolean))].slice(0, MAX_TERMS);
  const tsquery = terms.map((term, i) => (i === terms.length - 1 && term.length >= 2 ? `${term}:*` : term)).join(" & ");
  return { display, terms, tsquery };
}

export interface HighlightPart {
  text: string;
  match: boolean;
}

/**
 * Splits `text` into parts, marking whole-word (or word-prefix) matches of the terms,
 * comparing without diacritics but returning the original characters.
 */
export function highlight(text: string, terms: string[]): HighlightPart[] {
  if (terms.length === 0 || !text) return [{ text, match: false }];
  const original = [...text.normalize("NFC")];
  // One normalised character per original character keeps positions aligned.
  const folded = original.map((ch) => normalizeForSearch(ch).charAt(0) || ch);
  const flat = folded.join("");
  const isWordChar = (ch: string | undefined) => !!ch && /[a-z0-9]/.test(ch);
  const marks = new Array<boolean>(original.length).fill(false);
  for (const term of terms) {
    let from = 0;
    for (;;) {
      const at = flat.indexOf(term, from);
      if (at < 0) break;
      if (!isWordChar(folded[at - 1])) for (let i = at; i < at + term.length; i++) marks[i] = true;
      from = at + 1;
    }
  }
  const parts: HighlightPart[] = [];
  original.forEach((ch, i) => {
    const last = parts[parts.length - 1];
    if (last && last.match === marks[i]) last.text += ch;
    else parts.push({ text: ch, match: marks[i] });
  });
  return parts;
}

/** "12 bài viết", or "hơn 500 bài viết" when the search stopped counting. */
export function resultCountText(total: number, more: boolean): string {
  return `${more ? "hơn " : ""}${total.toLocaleString("vi-VN")} bài viết`;
}
