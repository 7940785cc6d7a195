import { createHash } from "node:crypto";
import { clientIpFromHeaders } from "@/newsroom/auth/client-ip";
import { apiBuckets } from "./rate-limit";
import type { ApiError, ApiErrorCode } from "./schemas";

/**
 * HTTP details of the read API, in one place: JSON answers with a strong ETag (304 on
 * If-None-Match), cache headers, CORS, the per-IP rate limit and the error shape.
 *
 * Caching: every answer is made from the site's cached reads ('use cache' + cacheTag, the same
 * entries and tags as the reader pages), so a hot answer never reaches the database and a write's
 * tag invalidation refreshes it at once. The JSON is serialised per request (cheap) and its ETag
 * is the hash of those bytes, so every instance gives the same ETag for the same content.
 * Shared caches may keep an answer API_SHARED_MAX_AGE seconds (default 1, like reader pages) and
 * purge it by tag (`Cache-Tag`/`xkey` carry the data tags).
 *
 * CORS: API_CORS_ORIGINS is `*` (the default: the content is public and the API takes no
 * credentials, so any site may read it), a comma-separated list of origins allowed (others get no
 * CORS headers, so browsers refuse them), or `none` (no CORS headers at all).
 */

type Env = Record<string, string | undefined>;

const JSON_TYPE = "application/json; charset=utf-8";

export function corsHeaders(request: Request, env: Env = process.env): Record<string, string> {
  const setting = (env.API_CORS_ORIGINS ?? "*").trim() || "*";
  if (setting.toLowerCase() === "none") return {};
  const common = {
    "Access-Control-Expose-Headers": "ETag, Link, Retry-After, RateLimit-Limit, RateLimit-Remaining, Cache-Tag",
  };
  if (setting === "*") return { "Access-Control-Allow-Origin": "*", ...common };
  const allowed = setting.split(",").map((o) => o.trim().replace(/\/+$/, "")).filter(Boolean);
  const origin = request.headers.get("origin");
  if (origin && allowed.includes(origin)) return { "Access-Control-Allow-Origin": origin, Vary: "Origin", ...common };
  return { Vary: "Origin" };
}

/** The answer to a CORS preflight (OPTIONS). */
export function preflight(request: Request, env: Env = process.env): Response {
  const cors = corsHeaders(request, env);
  const headers: Record<string, string> = { ...cors, Allow: "GET, HEAD, OPTIONS", "Cache-Control": "public, max-age=86400" };
  if (cors["Access-Control-Allow-Origin"]) {
    headers["Access-Control-Allow-Methods"] = "GET, HEAD, OPTIONS";
    headers["Access-Control-Allow-Headers"] = "If-None-Match, Content-Type";
    headers["Access-Control-Max-Age"] = "86400";
  }
  return new Response(null, { status: 204, headers });
}

export function etagOf(body: string): string {
  return `"${createHash("sha256").update(body).digest("base64url").slice(0, 32)}"`;
}

/** If-None-Match against a strong ETag (weak comparison, as for GET: W/"x" matches "x"; "*" matches anything). */
export function etagMatches(header: string | null, etag: string): boolean {
  if (header === null) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, "");
  return header.split(",").some((tag) => tag.trim() === "*" || opaque(tag) === opaque(etag));
}

function sharedMaxAge(env: Env): number {
  const n = Number(env.API_SHARED_MAX_AGE ?? 1);
  return Number.isInteger(n) && n >= 0 ? n : 1;
}

export interface JsonOptions {
  /** The data tags the answer was read under (also sent as Cache-Tag / xkey). */
  tags?: string[];
  /** Extra headers (Link for the next page). */
  headers?: Record<string, string>;
  /** Cache-Control override (the OpenAPI document). */
  cacheControl?: string;
}

/** A 200 JSON answer, or 304 when the client already has these bytes. */
export function jsonOk(request: Request, value: unknown, options: JsonOptions = {}, env: Env = process.env): Response {
  const body = JSON.stringify(value);
  const etag = etagOf(body);
  const headers: Record<string, string> = {
    ...corsHeaders(request, env),
    ...options.headers,
    ETag: etag,
    "Cache-Control": options.cacheControl ?? `public, max-age=0, s-maxage=${sharedMaxAge(env)}, stale-while-revalidate=30, stale-if-error=600`,
    "X-Content-Type-Options": "nosniff",
  };
  if (options.tags?.length) {
    headers["Cache-Tag"] = options.tags.join(",");
    headers.xkey = options.tags.join(" ");
  }
  if (etagMatches(request.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers });
  return new Response(body, { status: 200, headers: { ...headers, "Content-Type": JSON_TYPE } });
}

export function jsonError(
  request: Request,
  status: number,
  code: ApiErrorCode,
  message: string,
  details?: { parameter: string; message: string }[],
  extraHeaders: Record<string, string> = {},
  env: Env = process.env,
): Response {
  const value: ApiError = { error: { code, message, ...(details?.length ? { details } : {}) } };
  return new Response(JSON.stringify(value), {
    status,
    headers: { ...corsHeaders(request, env), ...extraHeaders, "Content-Type": JSON_TYPE, "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" },
  });
}

/**
 * Every API request goes through this: the per-IP rate limit first (the client address as the
 * newsroom's throttling sees it: the socket's peer, X-Forwarded-For only from TRUSTED_PROXIES;
 * when the address is unknown — `next dev` — no limit applies), then the handler, whose
 * unexpected errors become a JSON 503 instead of an HTML page.
 */
export async function apiRequest(request: Request, handle: () => Promise<Response>, env: Env = process.env): Promise<Response> {
  const ip = clientIpFromHeaders(request.headers, env);
  let rate: { limit: number; remaining: number } | null = null;
  if (ip) {
    const decision = apiBuckets(env).take(ip);
    if (!decision.ok) {
      return jsonError(
        request,
        429,
        "rate_limited",
        `Quá nhiều yêu cầu từ địa chỉ này. Vui lòng thử lại sau ${decision.retryAfterSeconds} giây.`,
        undefined,
        { "Retry-After": String(decision.retryAfterSeconds), "RateLimit-Limit": String(decision.limit), "RateLimit-Remaining": "0" },
        env,
      );
    }
    if (decision.limit > 0) rate = decision;
  }
  let response: Response;
  try {
    response = await handle();
  } catch (error) {
    console.error(`[api] ${request.method} ${new URL(request.url).pathname}:`, error);
    response = jsonError(request, 503, "internal_error", "Tạm thời không đọc được dữ liệu. Vui lòng thử lại sau.", undefined, { "Retry-After": "5" }, env);
  }
  if (rate) {
    response.headers.set("RateLimit-Limit", String(rate.limit));
    response.headers.set("RateLimit-Remaining", String(rate.remaining));
  }
  return response;
}
