/**
 * Which user-provided URLs may become a link or a redirect. The one rule, used by the
 * body schema (paragraph links), the link renderer and the redirect routes:
 *
 *  - "local":    a path on this site. It starts with exactly one "/" (not "//" nor "/\",
 *                which browsers read as another host) and, resolved with the WHATWG URL
 *                parser against a dummy origin, stays on that origin;
 *  - "external": an absolute http(s) URL with a host and no user:password@ part;
 *  - null:       anything else — javascript:, data:, "\\host", "http:/\host", relative
 *                paths without a leading "/", URLs with spaces, tabs, newlines or other
 *                control characters (browsers drop tabs/newlines anywhere in a URL, so
 *                "/<TAB>/evil.example" would become "//evil.example"), or a backslash
 *                (browsers treat it as "/" in http(s) URLs).
 *
 * Percent-encoded forms ("/%2F%2Fevil", "/%5Cevil") are plain path characters to the URL
 * parser and stay on this site; the check goes through `URL` so that the browser's own
 * reading decides, not a hand-written pattern.
 */
export type LinkKind = "local" | "external";

const DUMMY_ORIGIN = "https://local.invalid";
export const MAX_LINK_LENGTH = 2000;

/** C0/C1 controls, space, backslash, and Unicode spaces / invisible separators. */
const FORBIDDEN = /[\u0000-\u0020\u007f-\u00a0\u00ad\\\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\ufeff]/;

function parse(href: string): URL | null {
  try {
    return new URL(href, DUMMY_ORIGIN);
  } catch {
    return null;
  }
}

/** "local", "external" or null (not acceptable as a link). The input is taken as is: trim first. */
export function linkKind(href: unknown): LinkKind | null {
  if (typeof href !== "string" || href.length === 0 || href.length > MAX_LINK_LENGTH || FORBIDDEN.test(href)) return null;
  const url = parse(href);
  if (!url) return null;
  if (href.startsWith("/")) {
    if (href[1] === "/") return null;
    return url.origin === DUMMY_ORIGIN ? "local" : null;
  }
  if (!/^https?:\/\/[^/]/i.test(href)) return null;
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  if (!url.hostname || url.username || url.password) return null;
  return "external";
}

/**
 * A same-site path to redirect to, from user input (a `tiep=` parameter, a Referer path):
 * the normalised, percent-encoded pathname + search of a "local" link, or null.
 */
export function localPath(value: unknown): { pathname: string; search: string } | null {
  if (linkKind(value) !== "local") return null;
  const url = parse(value as string)!;
  return { pathname: url.pathname, search: url.search };
}
