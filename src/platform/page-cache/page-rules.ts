import { articleTag, authorTag, categoryTag, FEEDS_TAG, HOME_TAG, MOST_READ_TAG, NAVIGATION_TAG, RAILS_TAG, SEARCH_TAG, tagTag } from "@/content/article/cache-tags";

/**
 * Which reader responses the page cache keeps, under which key, and which cache tags
 * clear them. The tags are the ones the reads behind each page use (see the cachedFor()
 * calls in src/content/*), so a write's invalidationTags() reach every cached page that
 * shows what it changed. Every page also carries NAVIGATION_TAG (the category menu).
 *
 * Only the query parameters a page reads are part of the key (and passed on when the page
 * is rendered); anything else (?utm_source=…, cache-busting noise) maps to the same entry.
 */
export interface PageRule {
  /** Path + the page's own query parameters, in a fixed order: the cache key and the URL rendered. */
  key: string;
  tags: string[];
  /** An article page whose every answer counts as a view of this slug. */
  viewOf?: string;
}

const SLUG = "[a-z0-9-]{1,200}";
const MAX_QUERY_VALUE = 200;

interface Route {
  pattern: RegExp;
  params: string[];
  tags: (slug: string) => string[];
  views?: boolean;
}

const READER_ROUTES: Route[] = [
  { pattern: /^\/$/, params: [], tags: () => [HOME_TAG, MOST_READ_TAG] },
  { pattern: new RegExp(`^/bai-viet/(${SLUG})$`), params: [], tags: (slug) => [articleTag(slug), RAILS_TAG, MOST_READ_TAG], views: true },
  { pattern: new RegExp(`^/chuyen-muc/(${SLUG})$`), params: ["truoc"], tags: (slug) => [categoryTag(slug), MOST_READ_TAG] },
  { pattern: new RegExp(`^/chu-de/(${SLUG})$`), params: ["truoc"], tags: (slug) => [tagTag(slug)] },
  { pattern: new RegExp(`^/tac-gia/(${SLUG})$`), params: ["truoc"], tags: (slug) => [authorTag(slug)] },
  { pattern: /^\/tim-kiem$/, params: ["q", "trang"], tags: () => [SEARCH_TAG] },
  { pattern: /^\/rss\.xml$/, params: [], tags: () => [FEEDS_TAG] },
  { pattern: new RegExp(`^/rss/(${SLUG})\\.xml$`), params: [], tags: (slug) => [FEEDS_TAG, categoryTag(slug)] },
  { pattern: /^\/sitemap\.xml$/, params: [], tags: () => [FEEDS_TAG] },
  { pattern: /^\/sitemaps\/([a-z0-9-]{1,60})\.xml$/, params: [], tags: () => [FEEDS_TAG] },
];

/** The rule for a GET/HEAD of `pathname` + `query`, or null when the response is not cached. */
export function pageRule(pathname: string, query: URLSearchParams): PageRule | null {
  const mobile = pathname === "/m" || pathname.startsWith("/m/");
  const path = mobile ? pathname.slice(2) || "/" : pathname;
  if (query.has("_rsc")) return null; // Next's client-navigation payloads are not pages
  if (path === "/" && (query.has("p") || query.has("page_id"))) return null; // an old WordPress address: src/proxy.ts answers 301
  for (const route of READER_ROUTES) {
    const match = path.match(route.pattern);
    if (!match) continue;
    const kept = new URLSearchParams();
    for (const name of route.params) {
      const values = query.getAll(name);
      if (values.length > 1 || (values[0] ?? "").length > MAX_QUERY_VALUE) return null; // odd: let the page answer it
      if (values.length === 1) kept.set(name, values[0]);
    }
    const search = kept.toString();
    const slug = match[1] ?? "";
    return {
      key: `${pathname}${search ? `?${search}` : ""}`,
      tags: [...route.tags(slug), NAVIGATION_TAG],
      ...(route.views ? { viewOf: slug } : {}),
    };
  }
  return null;
}
