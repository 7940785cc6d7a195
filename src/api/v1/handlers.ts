import type { z } from "zod";
import { articleTag, categoryTag, NAVIGATION_TAG, tagTag } from "@/content/article/cache-tags";
import { articleListTags, listArticles } from "@/content/article/lists";
import { getPublishedArticle } from "@/content/article/queries";
import { listCategories } from "@/content/category/queries";
import { articleSlugStatus } from "@/content/routing/slug-status";
import { apiRequest, corsHeaders, jsonError, jsonOk } from "./http";
import { openApiDocument } from "./openapi";
import { articleJson, articlePageJson, categoryListJson } from "./serialize";
import { articleListQuery, articleSlugParam, DEFAULT_PAGE_SIZE } from "./schemas";

/**
 * The read API's handlers: plain functions of a Request (the route files under
 * src/app/api/v1/ only call them), so tests call them directly. Published content only: every
 * read here is a reader-site read (status PUBLISHED).
 */

export const API_BASE = "/api/v1";

const MISSING_FILTER_MESSAGE = {
  category: "Không có chuyên mục này.",
  tag: "Không có chủ đề này.",
  author: "Không có tác giả này.",
} as const;

function invalid(request: Request, issues: { parameter: string; message: string }[]): Response {
  const message = `Tham số không hợp lệ: ${issues.map((i) => `${i.parameter} — ${i.message}`).join("; ")}`;
  return jsonError(request, 400, "invalid_parameter", message, issues);
}

function zodIssues(error: z.ZodError): { parameter: string; message: string }[] {
  return error.issues.map((issue) => ({ parameter: String(issue.path[0] ?? "query"), message: issue.message }));
}

const LIST_PARAMETERS = Object.keys(articleListQuery.shape);

/** GET /api/v1/articles?category=&tag=&author=&since=&cursor=&limit= */
export function listArticlesHandler(request: Request): Promise<Response> {
  return apiRequest(request, async () => {
    const url = new URL(request.url);
    const query: Record<string, string> = {};
    const issues: { parameter: string; message: string }[] = [];
    for (const [name, value] of url.searchParams) {
      if (!LIST_PARAMETERS.includes(name)) {
        issues.push({ parameter: name, message: `Tham số không được hỗ trợ (chỉ có ${LIST_PARAMETERS.join(", ")}).` });
      } else if (name in query) {
        issues.push({ parameter: name, message: "Tham số chỉ được có một giá trị." });
      } else query[name] = value;
    }
    if (issues.length) return invalid(request, issues);
    const parsed = articleListQuery.safeParse(query);
    if (!parsed.success) return invalid(request, zodIssues(parsed.error));
    const { category, tag, author, since, cursor = null, limit = DEFAULT_PAGE_SIZE } = parsed.data;
    const page = await listArticles({ category, tag, author, since }, cursor, limit);
    if (!page) return invalid(request, [{ parameter: "query", message: "Tham số không hợp lệ." }]);
    if ("missing" in page) return jsonError(request, 404, "not_found", MISSING_FILTER_MESSAGE[page.missing], [{ parameter: page.missing, message: MISSING_FILTER_MESSAGE[page.missing] }]);
    const headers: Record<string, string> = {};
    if (page.next) {
      const next = new URL(url.pathname, url);
      for (const [name, value] of url.searchParams) if (name !== "cursor") next.searchParams.set(name, value);
      next.searchParams.set("cursor", page.next);
      headers.Link = `<${next.pathname}${next.search}>; rel="next"`;
    }
    return jsonOk(request, articlePageJson(page), { tags: articleListTags({ category, tag, author }), headers });
  });
}

/** GET /api/v1/articles/{slug}: 301 for an old slug, 404 for anything not published. */
export function articleHandler(request: Request, rawSlug: string): Promise<Response> {
  return apiRequest(request, async () => {
    const parsed = articleSlugParam.safeParse(rawSlug);
    if (!parsed.success) return invalid(request, [{ parameter: "slug", message: parsed.error.issues[0].message }]);
    const slug = parsed.data;
    const article = await getPublishedArticle(slug);
    if (!article) {
      const status = await articleSlugStatus(slug);
      if (status.status === "moved") {
        return new Response(null, {
          status: 301,
          headers: { ...corsHeaders(request), Location: `${API_BASE}/articles/${status.slug}`, "Cache-Control": "public, max-age=0, s-maxage=1" },
        });
      }
      return jsonError(request, 404, "not_found", "Không tìm thấy bài viết (không có, hoặc chưa/không còn được xuất bản).");
    }
    const tags = [articleTag(slug), ...article.breadcrumb.map((c) => categoryTag(c.slug)), ...article.tags.map((t) => tagTag(t.slug))];
    return jsonOk(request, articleJson(article), { tags });
  });
}

/** GET /api/v1/categories */
export function categoriesHandler(request: Request): Promise<Response> {
  return apiRequest(request, async () => {
    if (new URL(request.url).search) return invalid(request, [{ parameter: "query", message: "Đường dẫn này không nhận tham số." }]);
    return jsonOk(request, categoryListJson(await listCategories()), { tags: [NAVIGATION_TAG] });
  });
}

/** GET /api/v1/openapi.json */
export function openApiHandler(request: Request): Promise<Response> {
  return apiRequest(request, async () => jsonOk(request, openApiDocument(), { cacheControl: "public, max-age=300" }));
}

/** Any other path under /api/v1. */
export function unknownPathHandler(request: Request): Promise<Response> {
  return apiRequest(request, async () =>
    jsonError(request, 404, "not_found", `Không có đường dẫn này trong API. Xem ${API_BASE}/openapi.json.`),
  );
}
