import { etagMatches } from "@/api/v1/http";
import { isSafeKey } from "@/content/media/keys";
import { mediaStore } from "@/content/media/storage";
import { IMMUTABLE_CACHE_CONTROL, type MediaInfo } from "@/content/media/store";

const TYPES: Record<string, string> = { jpg: "image/jpeg", jpeg: "image/jpeg", png: "image/png", webp: "image/webp", avif: "image/avif" };

type Context = { params: Promise<{ key: string[] }> };

const notFound = () => new Response("Không tìm thấy tệp.", { status: 404 });

function notModified(request: Request, info: MediaInfo): boolean {
  const ifNoneMatch = request.headers.get("if-none-match");
  if (ifNoneMatch !== null) return info.etag !== null && etagMatches(ifNoneMatch, info.etag);
  // Only without If-None-Match (RFC 9110 §13.1.3); dates are compared to the second.
  const since = Date.parse(request.headers.get("if-modified-since") ?? "");
  return info.lastModified !== null && !Number.isNaN(since) && Math.floor(info.lastModified.getTime() / 1000) * 1000 <= since;
}

function headers(info: MediaInfo, type: string | null): Headers {
  const h = new Headers({ "Cache-Control": IMMUTABLE_CACHE_CONTROL, "X-Content-Type-Options": "nosniff" });
  if (info.etag) h.set("ETag", info.etag);
  if (info.lastModified) h.set("Last-Modified", info.lastModified.toUTCString());
  if (type) {
    h.set("Content-Type", type);
    h.set("Content-Length", String(info.size));
  }
  return h;
}

/**
 * Serves stored media files from the media store (disk or S3, see store.ts). Keys are new for
 * every upload, so files are immutable: cached for a year, with a strong ETag that every
 * instance computes alike (304 on If-None-Match). The bytes are streamed, not buffered.
 */
async function serve(request: Request, { params }: Context, method: "GET" | "HEAD"): Promise<Response> {
  const key = (await params).key.join("/");
  const type = TYPES[key.split(".").pop() ?? ""];
  if (!isSafeKey(key) || !type) return notFound();
  try {
    const store = mediaStore();
    // HEAD and conditional requests need the metadata only (one HEAD to S3, no body).
    if (method === "HEAD" || request.headers.has("if-none-match") || request.headers.has("if-modified-since")) {
      const info = await store.stat(key);
      if (!info) return notFound();
      if (notModified(request, info)) return new Response(null, { status: 304, headers: headers(info, null) });
      if (method === "HEAD") return new Response(null, { headers: headers(info, type) });
    }
    const object = await store.get(key);
    if (!object) return notFound();
    return new Response(object.body, { headers: headers(object, type) });
  } catch (error) {
    console.error(`[media] ${method} ${key}:`, error);
    return new Response("Tạm thời không tải được tệp. Vui lòng thử lại sau.", { status: 503, headers: { "Cache-Control": "no-store", "Retry-After": "5" } });
  }
}

export function GET(request: Request, context: Context): Promise<Response> {
  return serve(request, context, "GET");
}

export function HEAD(request: Request, context: Context): Promise<Response> {
  return serve(request, context, "HEAD");
}
