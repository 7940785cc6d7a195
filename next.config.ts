import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  cacheComponents: true,
  partialPrefetching: true,
  poweredByHeader: false,
  // forbidden() answers 403 with src/app/forbidden.tsx for signed-in users lacking a permission.
  experimental: { authInterrupts: true },
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

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Content-Security-Policy", value: "frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'" },
  ...(process.env.NODE_ENV === "production" && process.env.SITE_URL?.startsWith("https:")
    ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }]
    : []),
];

nextConfig.headers = async () => [
  { source: "/:path*", headers: securityHeaders },
  // Desktop pages that phones are redirected away from depend on the user agent. Next 16.4
  // still overwrites Vary on App Router pages (vercel/next.js#85999, fix pending in #98104);
  // those responses are `private, no-store`, so no shared cache keeps them meanwhile.
  ...["/", "/bai-viet/:slug", "/chuyen-muc/:slug", "/tim-kiem"].map((source) => ({
    source,
    headers: [{ key: "Vary", value: "User-Agent, Cookie" }],
  })),
];

export default nextConfig;
