import { z } from "zod";

/**
 * The edge of the app: zod parsers for everything a request brings (path params, query
 * values, form fields), shared by every page, route handler and server action, so that
 * nothing unchecked reaches the database. Rules:
 *  - unknown (well-formed but not there) → 404, decided by the caller after its read;
 *  - malformed → 400 from route handlers, a field message from actions; pages cannot
 *    choose a 400 status in the App Router, so a page answers malformed input with
 *    notFound() (404), never with a 500;
 *  - undecodable percent-escapes in a path never reach a route: src/proxy.ts answers
 *    400 (`hasMalformedEscapes`); in a query Next decodes them leniently (U+FFFD).
 * PostgreSQL refuses the byte 0x00 in text and integers beyond 2^31-1 in INTEGER
 * columns; XML (feeds, sitemaps) refuses most control characters. These parsers keep
 * all of them out.
 */

/** Largest value of a PostgreSQL INTEGER column (ids, versions). */
export const MAX_INT = 2_147_483_647;

/** Characters no text may carry: C0 controls except tab/LF/CR, U+FFFE/U+FFFF, lone surrogates. */
const FORBIDDEN_TEXT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** True when `text` can be stored in PostgreSQL and written into HTML/XML as is. */
export function isCleanText(text: string): boolean {
  return !FORBIDDEN_TEXT.test(text);
}

/** Message for text with control characters (NUL, …), shown next to the field. */
export const UNCLEAN_TEXT_MESSAGE = "Có ký tự không hợp lệ (ký tự điều khiển).";

/**
 * A request path has a percent-escape that does not decode as UTF-8 ("%ff", "%C0%AE"
 * overlong, a lone "%"), which Next's own decoding of route params would throw on (a 500).
 */
export function hasMalformedEscapes(pathname: string): boolean {
  if (!pathname.includes("%")) return false;
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}

/** First value of a query parameter (`?a=1&a=2` → "1"); undefined when absent. */
export function firstValue(value: unknown): string | undefined {
  const one = Array.isArray(value) ? value[0] : value;
  return typeof one === "string" ? one : undefined;
}

// ---------------------------------------------------------------- path params

/** A [slug] of an article, category, tag or author: lowercase ASCII, digits, hyphens. */
export const slugParam = z.string().regex(/^[a-z0-9-]{1,200}$/);

/**
 * A database id: digits only (no "1e3", "0x10", "-1", "1.5"; surrounding spaces are
 * trimmed), 1 … 2^31-1. Accepts a number too (JSON payloads).
 */
export function positiveId(message = "Mã không hợp lệ.") {
  return z
    .union([z.number(), z.string().trim().regex(/^\d{1,10}$/, message)], { error: message })
    .transform(Number)
    .pipe(z.number({ error: message }).int(message).min(1, message).max(MAX_INT, message));
}
export const idParam = positiveId();

/** A password-reset token from a link (base64url of 32 random bytes). */
export const tokenParam = z.string().regex(/^[A-Za-z0-9_-]{16,128}$/);

// ---------------------------------------------------------------- query values

/** ?trang=: absent or empty → 1; else digits, 1 … 100000. */
export const pageQuery = z
  .string()
  .regex(/^([1-9]\d{0,5})?$/)
  .optional()
  .transform((v) => (v ? Number(v) : 1))
  .refine((n) => n <= 100_000);

/** An optional id filter (?chuyen_muc=, ?nguoi=): absent or empty → undefined. */
export const optionalIdQuery = z
  .union([z.literal("").transform(() => undefined), idParam])
  .optional();

/** Free text typed into a search box: control characters dropped, trimmed, bounded. */
export function searchText(max = 200) {
  return z
    .string()
    .optional()
    .transform((v) =>
      (v ?? "")
        .replace(new RegExp(FORBIDDEN_TEXT.source, "g"), " ")
        .trim()
        .slice(0, max),
    );
}

/** A calendar day "YYYY-MM-DD" (years 1900–9999) as midnight in Vietnam, or undefined. */
export const dayQuery = z
  .string()
  .optional()
  .transform((v, ctx) => {
    if (!v) return undefined;
    const m = v.match(/^(\d{4})-(\d{2})-(\d{2})$/);
    const date = m ? new Date(`${v}T00:00:00+07:00`) : null;
    const [year, month, day] = m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [0, 0, 0];
    const real = date && !Number.isNaN(date.getTime()) && year >= 1900 && new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day;
    if (!real) {
      ctx.addIssue({ code: "custom", message: "Ngày không hợp lệ." });
      return z.NEVER;
    }
    return date;
  });

/**
 * Parses a value with `schema`; undefined when malformed (use it with schemas whose valid
 * result is never undefined). Pages turn that into notFound(), route handlers into a 400.
 */
export function parseOrUndefined<T extends z.ZodType>(schema: T, value: unknown): z.output<T> | undefined {
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

// ---------------------------------------------------------------- form fields

/**
 * The first form field whose text cannot be stored (NUL and other control characters),
 * or null. Server actions refuse such a form before doing anything (guarded-action.ts).
 */
export function uncleanFormField(formData: FormData): string | null {
  for (const [key, value] of formData) {
    if (typeof value === "string" && !isCleanText(value)) return key;
    if (!isCleanText(key)) return "form";
  }
  return null;
}

/** Finds the path of the first string in a JSON value that is not clean text, or null. */
export function uncleanTextPath(value: unknown, path: (string | number)[] = []): (string | number)[] | null {
  if (typeof value === "string") return isCleanText(value) ? null : path;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = uncleanTextPath(value[i], [...path, i]);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      if (!isCleanText(key)) return path;
      const found = uncleanTextPath(item, [...path, key]);
      if (found) return found;
    }
  }
  return null;
}

/** A form's id field (`id`, `version`, `revision`): the number, or null when absent or malformed. */
export function formId(value: FormDataEntryValue | null | undefined): number | null {
  return parseOrUndefined(idParam, typeof value === "string" ? value : undefined) ?? null;
}

/** An optional form id: null when absent or empty, undefined when malformed, else the number. */
export function optionalFormId(value: FormDataEntryValue | null | undefined): number | null | undefined {
  if (value === null || value === undefined || value === "") return null;
  return parseOrUndefined(idParam, typeof value === "string" ? value : undefined);
}

// ---------------------------------------------------------------- answers

/** The 400 answer of a route handler or of the proxy: a small complete page in Vietnamese. */
export function badRequest(): Response {
  const html =
    '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">' +
    '<meta name="robots" content="noindex"><title>Yêu cầu không hợp lệ</title></head><body style="font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem">' +
    '<h1>Yêu cầu không hợp lệ</h1><p>Địa chỉ hoặc dữ liệu gửi lên không đúng định dạng.</p><p><a href="/">Về trang chủ</a> · <a href="/tim-kiem">Tìm kiếm</a></p></body></html>';
  return new Response(html, { status: 400, headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" } });
}

/**
 * Largest request body a server action accepts: equal to `serverActions.bodySizeLimit` in
 * next.config.ts (a unit test keeps the two equal). Next itself answers a larger action
 * body with a 500, so the proxy refuses it first with a 413.
 */
export const SERVER_ACTION_BODY_LIMIT = "2mb";
export const SERVER_ACTION_BODY_LIMIT_BYTES = 2 * 1024 * 1024;

/** Routes that read large bodies themselves (the photo upload has its own 15 MB limit). */
const OWN_BODY_LIMIT = new Set(["/admin/media/tai-len"]);

/** A POST (a server action, or a form posted to a page) whose declared size exceeds the action limit. */
export function isOversizedPost(method: string, pathname: string, contentLength: string | null): boolean {
  if (method === "GET" || method === "HEAD" || OWN_BODY_LIMIT.has(pathname)) return false;
  return Number(contentLength ?? 0) > SERVER_ACTION_BODY_LIMIT_BYTES;
}

export function bodyTooLarge(): Response {
  return new Response("Dữ liệu gửi lên quá lớn (tối đa 2 MB). Nội dung chưa được lưu.", {
    status: 413,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}
