/**
 * Reader pages as the page cache stores them: the HTML Next rendered, without what only
 * Next's client runtime uses. Reader pages never navigate on the client (every link is a
 * plain <a>, every form a GET) and have no React state: the only script they need is the
 * "Xem thêm" island (src/components/site/load-more.tsx), a few hundred bytes marked
 * `data-island`. Next nevertheless inlines the whole server tree again as React's flight
 * payload (`self.__next_f.push(…)`, 60–65% of a desktop page) and loads ~570 KB of
 * framework chunks to hydrate a page that has nothing to hydrate.
 *
 * Removed: every executable <script> that is not an island (Next's chunks, its bootstrap, the
 * flight payload), <link rel="preload" as="script"> / modulepreload hints, and the
 * per-request nonce attributes (a nonce shared by every reader of a cached page protects
 * nothing; the cached page's CSP lists script hashes instead, see script-hashes.ts).
 * Kept: everything the reader sees, <head> metadata, stylesheets, data blocks (JSON-LD).
 *
 * Next's error document (`<html id="__next_error__">`, what a page's notFound() is rendered
 * as) is left whole here: its visible content (the "Không tìm thấy trang" message) is drawn by
 * React on the client from the flight payload. The front server stores the app's own
 * not-found page in its place (front-server.ts), which is complete without JS.
 */
const SCRIPT = /<script\b([^>]*)>[\s\S]*?<\/script\s*>/gi;
const DATA_TYPE = /\btype\s*=\s*["']?(?!(?:text\/javascript|application\/javascript|module)["'\s>])[^"'\s>]+/i;
const SCRIPT_HINT = /<link\b[^>]*\brel="(?:preload|modulepreload)"[^>]*>/gi;
const NONCE = /(<(?:link|script|style)\b[^>]*?)\snonce="[^"]*"/gi;

const ERROR_DOCUMENT = /^\s*(?:<!DOCTYPE html>)?\s*<html\b[^>]*\bid="__next_error__"/i;

/** Next's error document: a shell whose content only React on the client draws. */
export function isErrorDocument(html: string): boolean {
  return ERROR_DOCUMENT.test(html);
}

export function withoutHydration(html: string): string {
  if (isErrorDocument(html)) return html;
  return html
    .replace(SCRIPT, (script, attributes: string) => (/\sdata-island\b/i.test(` ${attributes}`) || DATA_TYPE.test(attributes) ? script : ""))
    .replace(SCRIPT_HINT, (link) => (/\bas="script"|rel="modulepreload"/i.test(link) ? "" : link))
    .replace(NONCE, "$1");
}
