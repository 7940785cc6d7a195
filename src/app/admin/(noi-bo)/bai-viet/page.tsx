import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { optionalIdQuery, pageQuery, searchText } from "@/content/routing/params";
import { formatDateTime } from "@/content/vietnamese/dates";
import { countByStatus, listCategoryOptions, listNewsroomArticles } from "@/newsroom/articles/queries";
import { ARTICLE_STATUSES, STATUS_LABELS, type ArticleStatus } from "@/newsroom/articles/statuses";
import { requirePermission } from "@/newsroom/auth/request";

export const metadata: Metadata = { title: "Bài viết" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";
/** The list's filters from the query string; anything malformed is a 404. */
const filtersSchema = z.object({ chuyen_muc: optionalIdQuery, q: searchText(100), trang: pageQuery });

export default async function ArticlesPage({ searchParams }: Props) {
  const user = await requirePermission("article.create", "/admin/bai-viet");
  const params = await searchParams;
  const status = (ARTICLE_STATUSES as readonly string[]).includes(one(params.trang_thai)) ? (one(params.trang_thai) as ArticleStatus) : undefined;
  const mine = one(params.cua_toi) === "1";
  const filters = filtersSchema.safeParse({ chuyen_muc: one(params.chuyen_muc) || undefined, q: one(params.q), trang: one(params.trang) || undefined });
  if (!filters.success) notFound();
  const { chuyen_muc: categoryId, q, trang: page } = filters.data;
  const sort = (["updated", "published", "title"] as const).find((s) => s === one(params.sap_xep)) ?? "updated";
  const [list, counts, categories] = await Promise.all([
    listNewsroomArticles({ status, mine: mine ? user.id : undefined, categoryId, q, sort, page }),
    countByStatus(mine ? user.id : undefined),
    listCategoryOptions(),
  ]);
  const link = (changes: Record<string, string>) => {
    const query = new URLSearchParams({ trang_thai: status ?? "", cua_toi: mine ? "1" : "", chuyen_muc: categoryId ? String(categoryId) : "", q, sap_xep: sort, ...changes });
    for (const [k, v] of [...query.entries()]) if (!v) query.delete(k);
    return `/admin/bai-viet?${query}`;
  };
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
            <a href={link({ trang_thai: "", trang: "" })} aria-current={!status ? "page" : undefined} className="inline-flex min-h-11 items-center rounded border border-gray-300 bg-white px-3 aria-[current=page]:border-brand aria-[current=page]:font-bold">
              Tất cả ({Object.values(counts).reduce((a, b) => a + b, 0)})
            </a>
          </li>
          {ARTICLE_STATUSES.map((s) => (
            <li key={s}>
              <a href={link({ trang_thai: s, trang: "" })} aria-current={status === s ? "page" : undefined} className="inline-flex min-h-11 items-center rounded border border-gray-300 bg-white px-3 aria-[current=page]:border-brand aria-[current=page]:font-bold">
                {STATUS_LABELS[s]} ({counts[s] ?? 0})
              </a>
            </li>
          ))}
          <li>
            <a href={link({ cua_toi: mine ? "" : "1", trang: "" })} aria-current={mine ? "page" : undefined} className="inline-flex min-h-11 items-center rounded border border-gray-300 bg-white px-3 aria-[current=page]:border-brand aria-[current=page]:font-bold">
              Của tôi
            </a>
          </li>
        </ul>
      </nav>
      <form method="get" className="mb-4 grid gap-2 rounded border border-gray-200 bg-white p-3 sm:grid-cols-[1fr_12rem_10rem_auto]">
        {status && <input type="hidden" name="trang_thai" value={status} />}
        {mine && <input type="hidden" name="cua_toi" value="1" />}
        <label className="text-sm font-semibold">
          Tìm theo tiêu đề
          <input name="q" defaultValue={q} className="mt-1 block min-h-11 w-full rounded border border-gray-300 px-2" />
        </label>
        <label className="text-sm font-semibold">
          Chuyên mục
          <select name="chuyen_muc" defaultValue={categoryId ?? ""} className="mt-1 block min-h-11 w-full rounded border border-gray-300 bg-white px-2">
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
          Sắp xếp
          <select name="sap_xep" defaultValue={sort} className="mt-1 block min-h-11 w-full rounded border border-gray-300 bg-white px-2">
            <option value="updated">Mới sửa</option>
            <option value="published">Mới xuất bản</option>
            <option value="title">Tiêu đề A–Z</option>
          </select>
        </label>
        <button type="submit" className="min-h-11 self-end rounded bg-gray-800 px-4 font-semibold text-white">
          Lọc
        </button>
      </form>
      <div className="overflow-x-auto rounded border border-gray-200 bg-white">
        <table className="w-full text-left text-sm">
          <thead className="bg-gray-100">
            <tr>
              <th scope="col" className="p-2">Tiêu đề</th>
              <th scope="col" className="p-2">Chuyên mục</th>
              <th scope="col" className="p-2">Tác giả</th>
              <th scope="col" className="p-2">Trạng thái</th>
              <th scope="col" className="p-2">Cập nhật</th>
            </tr>
          </thead>
          <tbody>
            {list.items.map((a) => (
              <tr key={a.id} className="border-t border-gray-200" data-article-row={a.slug}>
                <td className="p-2 font-semibold">
                  <a href={`/admin/bai-viet/${a.id}`} className="hover:text-brand">
                    {a.title}
                  </a>
                </td>
                <td className="p-2">{a.category.name}</td>
                <td className="p-2">{a.bylines.map((b) => `${b.person.name} (${b.role})`).join(", ")}</td>
                <td className="p-2">
                  {STATUS_LABELS[a.status]}
                  {a.status === "SCHEDULED" && a.scheduledAt && <div className="text-xs text-gray-600">{formatDateTime(a.scheduledAt)}</div>}
                </td>
                <td className="whitespace-nowrap p-2">{formatDateTime(a.updatedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {list.items.length === 0 && <p className="p-4 text-gray-600">Không có bài viết nào khớp bộ lọc.</p>}
      </div>
      {list.pages > 1 && (
        <nav aria-label="Phân trang" className="mt-4 flex gap-2">
          {page > 1 && <a href={link({ trang: String(page - 1) })} className="inline-flex min-h-11 items-center rounded border border-gray-300 bg-white px-4">Trang trước</a>}
          <span className="inline-flex min-h-11 items-center px-2 text-sm">Trang {page}/{list.pages}</span>
          {page < list.pages && <a href={link({ trang: String(page + 1) })} className="inline-flex min-h-11 items-center rounded border border-gray-300 bg-white px-4">Trang sau</a>}
        </nav>
      )}
    </>
  );
}
