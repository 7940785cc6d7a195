import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { ArticleLinks, ArticleMeta, CoverThumb } from "@/components/admin/article-row";
import { BulkArticleForm } from "@/components/admin/bulk-article-form";
import { firstValue, optionalIdQuery, pageQuery, searchText } from "@/content/routing/params";
import { BULK_OPERATIONS, type BulkOperation } from "@/newsroom/articles/bulk";
import { articleLinks } from "@/newsroom/articles/links";
import { countByStatus, listAuthorOptions, listCategoryOptions, listNewsroomArticles } from "@/newsroom/articles/queries";
import { ARTICLE_STATUSES, STATUS_LABELS } from "@/newsroom/articles/statuses";
import { requirePermission } from "@/newsroom/auth/request";
import { can } from "@/newsroom/permissions";

export const metadata: Metadata = { title: "Bài viết" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The list's filters from the query string (first value of each); anything malformed is a 404. */
const filtersSchema = z.object({
  trang_thai: z.union([z.literal(""), z.enum(ARTICLE_STATUSES)]).optional().transform((v) => v || undefined),
  cua_toi: z.enum(["", "1"]).optional().transform((v) => v === "1"),
  chuyen_muc: optionalIdQuery,
  tac_gia: optionalIdQuery,
  q: searchText(100),
  sap_xep: z.enum(["", "updated", "published", "title"]).optional().transform((v) => v || "updated"),
  trang: pageQuery,
});
const FILTER_KEYS = Object.keys(filtersSchema.shape) as (keyof typeof filtersSchema.shape)[];

const chip = "inline-flex min-h-11 items-center rounded border border-gray-300 bg-white px-3 aria-[current=page]:border-brand aria-[current=page]:font-bold";
const field = "mt-1 block min-h-11 w-full rounded border border-gray-300 bg-white px-2";

export default async function ArticlesPage({ searchParams }: Props) {
  const user = await requirePermission("article.create", "/admin/bai-viet");
  const params = await searchParams;
  const filters = filtersSchema.safeParse(Object.fromEntries(FILTER_KEYS.map((k) => [k, firstValue(params[k])])));
  if (!filters.success) notFound();
  const { trang_thai: status, cua_toi: mine, chuyen_muc: categoryId, tac_gia: authorId, q, sap_xep: sort, trang: page } = filters.data;
  const [list, counts, categories, authors] = await Promise.all([
    listNewsroomArticles({ status, mine: mine ? user.id : undefined, categoryId, authorId, q, sort, page }),
    countByStatus(mine ? user.id : undefined),
    listCategoryOptions(),
    listAuthorOptions(),
  ]);
  const link = (changes: Record<string, string>) => {
    const query = new URLSearchParams({ trang_thai: status ?? "", cua_toi: mine ? "1" : "", chuyen_muc: categoryId ? String(categoryId) : "", tac_gia: authorId ? String(authorId) : "", q, sap_xep: sort === "updated" ? "" : sort, ...changes });
    for (const [k, v] of [...query.entries()]) if (!v) query.delete(k);
    const text = query.toString();
    return text ? `/admin/bai-viet?${text}` : "/admin/bai-viet";
  };
  const operations = (Object.keys(BULK_OPERATIONS) as BulkOperation[]).filter((op) => can(user.role, BULK_OPERATIONS[op].permission));
  const editsAny = can(user.role, "article.edit-any");
  return (
    <>
      <div className="mb-4 flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-bold">Bài viết</h1>
        <a href="/admin/bai-viet/moi" className="inline-flex min-h-11 items-center rounded bg-brand px-4 font-semibold text-white">
          + Viết bài mới
        </a>
      </div>
      <nav aria-label="Lọc theo trạng thái" className="mb-3">
        <ul className="flex flex-wrap gap-2 text-sm">
          <li>
            <a href={link({ trang_thai: "", trang: "" })} aria-current={!status ? "page" : undefined} className={chip}>
              Tất cả ({Object.values(counts).reduce((a, b) => a + b, 0)})
            </a>
          </li>
          {ARTICLE_STATUSES.map((s) => (
            <li key={s}>
              <a href={link({ trang_thai: s, trang: "" })} aria-current={status === s ? "page" : undefined} className={chip}>
                {STATUS_LABELS[s]} ({counts[s] ?? 0})
              </a>
            </li>
          ))}
          <li>
            <a href={link({ cua_toi: mine ? "" : "1", trang: "" })} aria-current={mine ? "page" : undefined} className={chip}>
              Của tôi
            </a>
          </li>
        </ul>
      </nav>
      <form method="get" aria-label="Lọc bài viết" className="mb-4 grid gap-2 rounded border border-gray-200 bg-white p-3 sm:grid-cols-2 lg:grid-cols-[1fr_11rem_11rem_11rem_auto]">
        {status && <input type="hidden" name="trang_thai" value={status} />}
        {mine && <input type="hidden" name="cua_toi" value="1" />}
        <label className="text-sm font-semibold">
          Tìm theo tiêu đề
          <input name="q" type="search" defaultValue={q} className={field} />
        </label>
        <label className="text-sm font-semibold">
          Chuyên mục
          <select name="chuyen_muc" defaultValue={categoryId ?? ""} className={field}>
            <option value="">Tất cả</option>
            {categories.map((c) => (
              <option key={c.id} value={c.id}>
                {c.parentId ? "— " : ""}
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm font-semibold">
          Tác giả
          <select name="tac_gia" defaultValue={authorId ?? ""} className={field}>
            <option value="">Tất cả</option>
            {authors.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm font-semibold">
          Sắp xếp
          <select name="sap_xep" defaultValue={sort} className={field}>
            <option value="updated">Mới sửa</option>
            <option value="published">Mới xuất bản</option>
            <option value="title">Tiêu đề A–Z</option>
          </select>
        </label>
        <button type="submit" className="min-h-11 self-end rounded bg-gray-800 px-4 font-semibold text-white">
          Lọc
        </button>
      </form>
      <p className="mb-2 text-sm text-gray-700" aria-live="polite">
        {list.total} bài
      </p>
      <BulkArticleForm operations={operations}>
        <ul className="divide-y divide-gray-200 rounded border border-gray-200 bg-white">
          {list.items.map((a) => {
            const links = articleLinks(user, a);
            const titleId = `bai-${a.id}`;
            // Writers act only on their own articles; editors on any (the server checks each one again).
            const selectable = operations.length > 0 && (editsAny || a.createdById === user.id);
            return (
              <li key={a.id} data-article-row={a.slug} className="flex min-w-0 items-start gap-2 p-2 sm:gap-3 sm:p-3">
                {selectable ? (
                  <label className="-m-1 inline-flex h-11 w-11 shrink-0 cursor-pointer items-center justify-center">
                    <input type="checkbox" name="ids" value={`${a.id}:${a.version}`} aria-label={`Chọn bài: ${a.title}`} className="h-5 w-5" />
                  </label>
                ) : (
                  operations.length > 0 && <span aria-hidden="true" className="w-9 shrink-0 sm:w-11" />
                )}
                <CoverThumb cover={a.coverMedia} />
                <div className="min-w-0 flex-1">
                  <p id={titleId} className="font-semibold break-words">
                    {links.edit ? (
                      <a href={links.edit} className="hover:text-brand">
                        {a.title}
                      </a>
                    ) : (
                      a.title
                    )}
                  </p>
                  <ArticleMeta article={a} />
                  <ArticleLinks links={links} titleId={titleId} />
                </div>
              </li>
            );
          })}
        </ul>
        {list.items.length === 0 && <p className="rounded border border-gray-200 bg-white p-4 text-gray-600">Không có bài viết nào khớp bộ lọc.</p>}
      </BulkArticleForm>
      {list.pages > 1 && (
        <nav aria-label="Phân trang" className="mt-4 flex flex-wrap gap-2">
          {page > 1 && <a href={link({ trang: String(page - 1) })} className="inline-flex min-h-11 items-center rounded border border-gray-300 bg-white px-4">Trang trước</a>}
          <span className="inline-flex min-h-11 items-center px-2 text-sm">Trang {page}/{list.pages}</span>
          {page < list.pages && <a href={link({ trang: String(page + 1) })} className="inline-flex min-h-11 items-center rounded border border-gray-300 bg-white px-4">Trang sau</a>}
        </nav>
      )}
    </>
  );
}
