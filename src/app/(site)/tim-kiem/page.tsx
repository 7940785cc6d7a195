import { SiteFrame } from "@/components/site/site-frame";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { HighlightedText } from "@/components/site/highlighted-text";
import { SearchForm } from "@/components/site/search-form";
import { SectionHeading } from "@/components/site/section-heading";
import { articlePath } from "@/content/article/paths";
import { firstValue, pageQuery, parseOrUndefined, searchText } from "@/content/routing/params";
import { searchArticles } from "@/content/search/queries";
import { resultCountText } from "@/content/search/query-builder";
import { formatDate } from "@/content/vietnamese/dates";

type Props = { searchParams: Promise<{ q?: string | string[]; trang?: string | string[] }> };

export const metadata: Metadata = { title: "Tìm kiếm", robots: { index: false, follow: true } };

async function SearchResults({ searchParams }: Props) {
  await connection();
  const params = await searchParams;
  const q = parseOrUndefined(searchText(), firstValue(params.q)) ?? "";
  const pageNumber = parseOrUndefined(pageQuery, firstValue(params.trang));
  if (pageNumber === undefined) notFound();
  const results = await searchArticles(q, pageNumber);
  const href = (page: number) => `/tim-kiem?q=${encodeURIComponent(results.query)}${page > 1 ? `&trang=${page}` : ""}`;
  return (
    <>
      <SearchForm defaultValue={results.query} />
      {results.terms.length === 0 ? (
        <p className="mt-6 text-gray-600">Nhập từ khóa để tìm bài viết. Có thể gõ không dấu, ví dụ “cong doan”.</p>
      ) : results.total === 0 ? (
        <p className="mt-6 text-gray-600" role="status">
          Không tìm thấy bài viết nào cho “{results.query}”. Hãy thử từ khóa khác hoặc ít từ hơn.
        </p>
      ) : (
        <>
          <p className="mt-6 text-sm text-gray-600" role="status">
            Tìm thấy {resultCountText(results.total, results.more)} cho “{results.query}”
            {results.pages > 1 && ` — trang ${results.page}/${results.pages}`}
          </p>
          <ol className="mt-4 space-y-5" id="search-results">
            {results.items.map((article) => (
              <li key={article.id}>
                <h2 className="font-semibold leading-snug">
                  <a href={articlePath(article.slug)} className="hover:text-brand">
                    <HighlightedText text={article.title} terms={results.terms} />
                  </a>
                </h2>
                <p className="mt-1 text-sm text-gray-500">
                  {article.category.name} · {formatDate(article.publishedAt)}
                </p>
                <p className="mt-1 text-sm text-gray-700">
                  <HighlightedText text={article.sapo} terms={results.terms} />
                </p>
              </li>
            ))}
          </ol>
          {results.pages > 1 && (
            <nav aria-label="Phân trang kết quả" className="mt-6 flex gap-3">
              {results.page > 1 && (
                <a href={href(results.page - 1)} rel="prev" className="inline-flex min-h-11 items-center rounded border px-4">
                  Trang trước
                </a>
              )}
              {results.page < results.pages && (
                <a href={href(results.page + 1)} rel="next" className="inline-flex min-h-11 items-center rounded border px-4">
                  Trang sau
                </a>
              )}
            </nav>
          )}
        </>
      )}
    </>
  );
}

export default function SearchPage(props: Props) {
  return (
    <SiteFrame>
      <div className="mx-auto max-w-3xl">
        <SectionHeading as="h1">Tìm kiếm</SectionHeading>
        <SearchResults {...props} />
      </div>
    </SiteFrame>
  );
}
