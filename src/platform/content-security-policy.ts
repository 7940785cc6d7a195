/**
 * The site's Content-Security-Policy, one list for every response; only the script sources
 * differ: a per-request nonce for the newsroom (src/proxy.ts), the hashes of a cached page's
 * inline scripts for reader pages (page-cache/script-hashes.ts), 'none' for the mobile edition.
 * Styles may be inline (the article body CSS and style attributes); nothing may frame the site.
 */
export function contentSecurityPolicy(scriptSources: string): string {
  return [
    "default-src 'self'",
    `script-src ${scriptSources}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}
