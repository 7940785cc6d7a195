import path from "node:path";
import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  cacheComponents: true,
  partialPrefetching: true,
  poweredByHeader: false,
  // Next's default 'use cache' store, which also tells the page cache about every tag
  // invalidation (src/platform/page-cache/next-cache-handler.mjs).
  cacheHandlers: { default: path.join(process.cwd(), "src/platform/page-cache/next-cache-handler.mjs") },
  // forbidden() answers 403 with src/app/forbidden.tsx for signed-in users lacking a permission.
  // serverActions.bodySizeLimit: room for a long article (the editor saves it whole); keep it
  // equal to SERVER_ACTION_BODY_LIMIT in src/content/routing/params.ts, where the proxy
  // answers larger bodies with a 413 (Next itself would answer them with a 500).
  // proxyClientMaxBodySize: the proxy buffers request bodies up to this size (10 MB by default),
  // and uploads may be 15 MB plus their form fields.
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: "2mb" }, proxyClientMaxBodySize: "16mb" },
  // Treat every client like an HTML-limited bot: Next then renders the whole page before
  // sending it instead of flushing a prerendered shell first. Reader pages therefore have
  // complete, in-order HTML (readable without JavaScript) and notFound() answers a real 404.
  // See the comment on `instant` in src/app/(site)/layout.tsx.
  htmlLimitedBots: /.*/,
  // Types are checked once by `npm test` (tsc --noEmit), not again inside every build.
  typescript: { ignoreBuildErrors: true },
  // Native / wasm packages are loaded from node_modules at run time, not bundled.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "sharp", "pg"],
};

// Also kept by the page cache with each stored page (src/platform/page-cache/front-server.ts).
const headers = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Content-Security-Policy", value: "frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'" },
  ...(process.env.NODE_ENV === "production" && process.env.SITE_URL?.startsWith("https:")
    ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }]
    : []),
];

nextConfig.headers = async () => [
  { source: "/:path*", headers },
  // Desktop pages that phones are redirected away from depend on the user agent. Next 16.4
  // still overwrites Vary on App Router pages (vercel/next.js#85999, fix pending in #98104);
  // those responses are `private, no-store`, so no shared cache keeps them meanwhile.
  ...["/", "/bai-viet/:slug", "/chuyen-muc/:slug", "/tim-kiem"].map((source) => ({
    source,
    headers: [{ key: "Vary", value: "User-Agent, Cookie" }],
  })),
];

export default nextConfig;
