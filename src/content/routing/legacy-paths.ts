import { readerPrisma } from "@/db/client";
import { rememberedAnswers } from "./remembered-answers";

/**
 * Old addresses of imported articles (WordPress permalinks such as "/2015/03/12/ten-bai/",
 * "/tin-tuc/ten-bai.html" or "/?p=123"), kept in the legacy_paths table by the importer
 * (src/archive/wordpress/) and answered by src/proxy.ts with a 301 to the article's URL.
 *
 * Cheap for normal requests: paths of this site's own sections are never looked up, and
 * answers are kept in memory for a while (a legacy path only changes when an import runs).
 */

/** First path segments of this site's own routes: never an old address. */
const SITE_SECTIONS = new Set([
  "bai-viet",
  "chuyen-muc",
  "chu-de",
  "tac-gia",
  "tim-kiem",
  "khong-tim-thay",
  "m",
  "admin",
  "api",
  "media",
  "luot-xem",
  "phien-ban",
  "rss",
  "rss.xml",
  "sitemap.xml",
  "sitemaps",
  "robots.txt",
  "e2e",
  "_next",
  "favicon.ico",
]);

const MAX_PATH_LENGTH = 500;

/**
 * The one spelling of an old address under which it is stored and looked up: the path
 * percent-decoded (WordPress writes Vietnamese slugs as "%e1%bb%a9" or "%E1%BB%A9"), NFC,
 * lower case, without trailing slashes; of the query only a numeric `p` or `page_id`
 * ("/?p=123", the address WordPress gives every post). Null for what cannot be one.
 */
export function normalizeLegacyPath(pathname: string, search = ""): string | null {
  const query = new URLSearchParams(search.startsWith("?") ? search.slice(1) : search);
  for (const name of ["p", "page_id"]) {
    const value = query.get(name);
    if (value && /^\d{1,10}$/.test(value) && (pathname === "/" || pathname === "" || pathname === "/index.php")) return `/?${name}=${Number(value)}`;
  }
  let path = pathname;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    // keep it as sent: a malformed escape is compared as written
  }
  path = path.normalize("NFC").toLowerCase().replace(/\/+$/, "");
  if (!path.startsWith("/") || path.length < 2 || path.length > MAX_PATH_LENGTH) return null;
  if (/[\u0000-\u001f\u007f]/.test(path)) return null;
  return path;
}

/** Whether a request might be an old address, decided from the URL alone (no database). */
export function mayBeLegacyPath(pathname: string, search: string): boolean {
  if (pathname === "/" || pathname === "/index.php") return /(^|[?&])(p|page_id)=\d/.test(search);
  const first = pathname.split("/")[1] ?? "";
  return first !== "" && !SITE_SECTIONS.has(first);
}

/** A minute (an import into a running server is seen within it), 20,000 answers. */
const answers = rememberedAnswers<string | null>("__legacyPaths", { ttlMs: 60_000, maxEntries: 20_000 });

async function lookup(path: string): Promise<string | null> {
  const row = await readerPrisma().legacyPath.findUnique({
    where: { path },
    select: { article: { select: { slug: true, status: true } } },
  });
  return row && row.article.status === "PUBLISHED" ? row.article.slug : null;
}

/**
 * The slug of the published article an old address now lives at, or null (not an old
 * address, or its article is not public: the request goes on to the usual 404).
 */
export async function legacyPathTarget(pathname: string, search: string): Promise<string | null> {
  if (!mayBeLegacyPath(pathname, search)) return null;
  const path = normalizeLegacyPath(pathname, search);
  return path ? answers.get(path, lookup) : null;
}

/** Forgets remembered answers (tests; an import into a running server is seen within a minute). */
export function forgetLegacyPaths(): void {
  answers.forget();
}
