import http from "node:http";
import type { AddressInfo } from "node:net";
import next from "next";
import { EDITION_COOKIE, mobilePathFor, shouldRedirectToMobile } from "@/content/routing/editions";
import { pageRule, type PageRule } from "./page-rules";
import { PageStore, type RenderedPage, type StoredPage } from "./page-store";
import { onPagePurge } from "./purge";
import { isErrorDocument, withoutHydration } from "./reader-html";
import { readerContentSecurityPolicy } from "./script-hashes";

/**
 * The production server: Next.js behind a page cache, in one process.
 *
 * Reader pages (see page-rules.ts) are answered from finished responses kept in memory; a
 * miss renders the page once through Next (concurrent misses share that render) and stores
 * it, without Next's client runtime and flight payload (reader-html.ts), under its cache tags; a write's tag invalidation (updateTag/revalidateTag, applied through
 * next-cache-handler.mjs) drops exactly those entries, so the next reader gets the new page.
 * With REDIS_URL set, invalidations made by other instances arrive through the purge bus
 * (src/platform/shared-cache/) and drop the same entries here (all of them after a lost
 * connection to Redis). Everything else (newsroom, server actions, media, Next's assets)
 * goes straight to Next's request handler. Phones asking for a desktop page are
 * sent to the mobile edition here, before the cache, so cached pages do not depend on the
 * device. Responses carry ETags (304 on revalidation), precompressed bodies, and headers a
 * shared cache in front can use (s-maxage, stale-while-revalidate, Cache-Tag / xkey).
 */
export interface FrontServerOptions {
  port: number;
  hostname?: string;
  dir?: string;
  /** Bytes of pages kept in memory (PAGE_CACHE_MB, default 64). */
  maxBytes?: number;
  /** How long a page is served before a background re-render (PAGE_CACHE_FRESH_S, default 60). */
  freshSeconds?: number;
  /** Max age shared caches may keep a page without asking again (PAGE_CACHE_SHARED_MAX_AGE, default 1). */
  sharedMaxAge?: number;
  /** Runs first on every incoming request (scripts/server.mjs stamps the peer address). */
  onRequest?: (req: http.IncomingMessage) => void;
}

/** A socket with no traffic for this long is closed: no response can hang forever. */
const IDLE_SOCKET_MS = 30_000;

/** A path no route serves: Next answers it with the app's not-found page (src/app/not-found.tsx). */
const NOT_FOUND_PATH = "/_khong-tim-thay";
const FILL_USER_AGENT = "Mozilla/5.0 (X11; Linux x86_64) newsroom-page-cache";
const FILL_TIMEOUT_MS = 30_000;
/**
 * Headers of a rendered page that are kept with it (including the security headers that
 * next.config.ts sets on every response); everything else is set by this server.
 */
const KEPT_HEADERS = [
  "content-type",
  "location",
  "link",
  "x-robots-tag",
  "content-language",
  "set-cookie",
  "x-content-type-options",
  "referrer-policy",
  "x-frame-options",
  "strict-transport-security",
];

export async function startFrontServer(options: FrontServerOptions) {
  const hostname = options.hostname ?? "0.0.0.0";
  const app = next({ dev: false, dir: options.dir ?? process.cwd(), hostname, port: options.port });
  const handle = app.getRequestHandler();
  await app.prepare();

  // Next also listens on a loopback port of its own: the page cache renders misses through it.
  const renderer = http.createServer((req, res) => {
    options.onRequest?.(req);
    void handle(req, res);
  });
  renderer.timeout = IDLE_SOCKET_MS;
  // Node closes an idle kept-alive connection after 5 s by default; the agent below could then
  // send a fill on a socket that is being closed. Keep them open as long as any socket may idle.
  renderer.keepAliveTimeout = IDLE_SOCKET_MS;
  await listen(renderer, 0, "127.0.0.1");
  const rendererPort = (renderer.address() as AddressInfo).port;
  const agent = new http.Agent({ keepAlive: true, maxSockets: 4 });

  const store = new PageStore({
    maxBytes: (options.maxBytes ?? 64) * 1024 * 1024,
    freshMs: (options.freshSeconds ?? 60) * 1000,
  });
  onPagePurge((tags) => (tags ? store.purge(tags) : store.clear()));
  const sharedMaxAge = options.sharedMaxAge ?? 1;

  const render = (key: string) => async () => {
    const page = await renderThroughNext(agent, rendererPort, key);
    // A page's notFound() comes back as Next's error document, blank without JS: readers (and
    // crawlers) get the app's not-found page instead, rendered whole on the server, still a 404.
    if (page.status !== 404 || !isErrorDocument(page.body.toString("utf8"))) return page;
    const notFound = await renderThroughNext(agent, rendererPort, NOT_FOUND_PATH);
    return notFound.status === 404 ? notFound : page;
  };

  const server = http.createServer((req, res) => {
    options.onRequest?.(req);
    serve(req, res).catch((error) => {
      console.error("[page-cache]", error);
      if (!res.headersSent) res.writeHead(502, { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" });
      res.end("Máy chủ tạm thời không trả lời được. Vui lòng thử lại.");
    });
  });

  server.timeout = IDLE_SOCKET_MS;
  // Kept-alive connections stay open for 30 s idle (Node's default is 5 s), longer than a load
  // balancer keeps its idle upstream connections (deploy/nginx.conf: keepalive_timeout 20s), so
  // it never sends a request on a connection this server is closing (a 502 for the reader).
  server.keepAliveTimeout = IDLE_SOCKET_MS;

  async function serve(req: http.IncomingMessage, res: http.ServerResponse) {
    if (req.method !== "GET" && req.method !== "HEAD") return handle(req, res);
    const url = new URL(req.url ?? "/", "http://front.invalid");
    const rule = req.headers.rsc ? null : pageRule(url.pathname, url.searchParams);
    const mobileTarget = mobilePathFor(url.pathname);
    if (mobileTarget && shouldRedirectToMobile(url.pathname, req.headers["user-agent"] ?? null, cookie(req, EDITION_COOKIE))) {
      // An old slug's 301 and an unpublished article's 410 hold for every device (as in
      // src/proxy.ts); any other desktop page sends a phone to its mobile edition.
      const desktop = rule ? await cachedPage(rule) : null;
      if (desktop && (desktop.page.status === 301 || desktop.page.status === 410)) return send(req, res, desktop.page, desktop.state, sharedMaxAge, desktop.extra);
      res.writeHead(302, { location: mobileTarget + url.search, vary: "User-Agent, Cookie", "cache-control": "private, no-store", "content-length": "0" });
      return res.end();
    }
    if (!rule) return handle(req, res);
    const { page, state, extra } = await cachedPage(rule);
    return send(req, res, page, state, sharedMaxAge, extra);
  }

  /** The stored page of `rule`, rendering it (once, shared with concurrent readers) if needed. */
  async function cachedPage(rule: PageRule): Promise<{ page: StoredPage; state: string; extra?: Record<string, string> }> {
    const found = store.lookup(rule.key);
    if (found) {
      if (found.state === "stale") void store.fill(rule.key, rule.tags, render(rule.key)).catch(() => undefined);
      return { page: found.page, state: found.state === "fresh" ? "HIT" : "STALE" };
    }
    const started = performance.now();
    const { page, coalesced } = await store.fill(rule.key, rule.tags, render(rule.key));
    return { page, state: coalesced ? "WAIT" : "MISS", extra: { "server-timing": `render;dur=${(performance.now() - started).toFixed(1)}` } };
  }

  await listen(server, options.port, hostname);
  const close = async () => {
    await Promise.all([new Promise((r) => server.close(r)), new Promise((r) => renderer.close(r))]);
    agent.destroy();
    await app.close?.();
  };
  return { server, store, close };
}

function listen(server: http.Server, port: number, hostname: string) {
  return new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, hostname, () => {
      server.off("error", reject);
      resolve();
    });
  });
}

function cookie(req: http.IncomingMessage, name: string): string | undefined {
  const header = req.headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(";")) {
    const [key, ...rest] = part.trim().split("=");
    if (key === name) return rest.join("=");
  }
  return undefined;
}

/** Renders `key` through Next on the loopback port, as a reader without cookies on a desktop. */
function renderThroughNext(agent: http.Agent, port: number, key: string): Promise<RenderedPage> {
  return new Promise((resolve, reject) => {
    const request = http.get(
      { host: "127.0.0.1", port, path: key, agent, headers: { "user-agent": FILL_USER_AGENT, "accept-encoding": "identity", accept: "text/html,*/*" } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("error", reject);
        response.on("end", () => {
          let body = Buffer.concat(chunks);
          const headers: Record<string, string> = {};
          for (const name of KEPT_HEADERS) {
            const value = response.headers[name];
            if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(", ") : value;
          }
          // Redirects point at the reader's own host: keep only the path.
          if (headers.location) headers.location = relativeLocation(headers.location, port);
          if ((headers["content-type"] ?? "").startsWith("text/html")) {
            // Stored without Next's client runtime and flight payload (reader-html.ts).
            const html = withoutHydration(body.toString("utf8"));
            body = Buffer.from(html, "utf8");
            headers["content-security-policy"] = readerContentSecurityPolicy(html);
          }
          resolve({ status: response.statusCode ?? 502, headers, body });
        });
      },
    );
    request.setTimeout(FILL_TIMEOUT_MS, () => request.destroy(new Error(`page render timed out: ${key}`)));
    request.on("error", reject);
  });
}

function relativeLocation(location: string, port: number): string {
  try {
    const target = new URL(location, `http://127.0.0.1:${port}`);
    return target.host === `127.0.0.1:${port}` || target.hostname === "localhost" ? `${target.pathname}${target.search}` : location;
  } catch {
    return location;
  }
}

function cacheControl(page: StoredPage, sharedMaxAge: number): string {
  if (page.status === 301) return "public, max-age=300, s-maxage=300";
  // Browsers revalidate every time (a 304 from memory); shared caches keep the page a moment.
  return `public, max-age=0, s-maxage=${sharedMaxAge}, stale-while-revalidate=30, stale-if-error=600`;
}

function send(req: http.IncomingMessage, res: http.ServerResponse, page: StoredPage, state: string, sharedMaxAge: number, extra: Record<string, string> = {}) {
  const headers: Record<string, string> = {
    ...extra,
    ...page.headers,
    "cache-control": cacheControl(page, sharedMaxAge),
    etag: page.etag,
    vary: "Accept-Encoding",
    "cache-tag": page.tags.join(","),
    xkey: page.tags.join(" "),
    "x-page-cache": state,
  };
  const ifNoneMatch = req.headers["if-none-match"];
  if (ifNoneMatch && (ifNoneMatch === "*" || ifNoneMatch.split(",").some((tag) => tag.trim().replace(/^W\//, "") === page.etag))) {
    res.writeHead(304, { etag: page.etag, "cache-control": headers["cache-control"], vary: headers.vary, "x-page-cache": state });
    return res.end();
  }
  const accepts = String(req.headers["accept-encoding"] ?? "");
  let body = page.body;
  if (page.br && /\bbr\b/.test(accepts)) {
    body = page.br;
    headers["content-encoding"] = "br";
  } else if (page.gzip && /\bgzip\b/.test(accepts)) {
    body = page.gzip;
    headers["content-encoding"] = "gzip";
  }
  headers["content-length"] = String(body.length);
  delete headers["set-cookie"]; // never handed to other readers (such answers are not stored either)
  res.writeHead(page.status, headers);
  res.end(req.method === "HEAD" ? undefined : body);
}
