import { ArticleBody } from "@/content/blocks/article-body";
import type { ArticleSummary, ArticleView } from "@/content/article/queries";
import { ViewBeacon } from "@/content/article/view-beacon";
import { categoryPath, tagPath } from "@/content/article/paths";
import type { Rails } from "@/content/rails/queries";
import type { SearchResults } from "@/content/search/queries";
import { MAX_QUERY_LENGTH, resultCountText } from "@/content/search/query-builder";
import { ResponsiveImage } from "@/content/media/responsive-image";
import { formatDateTime } from "@/content/vietnamese/dates";
import { HighlightedText } from "@/components/site/highlighted-text";
import { MobileCards, MobileMore, MobileTitleList } from "./mobile-lists";

/** The mobile edition's article: same blocks and captions, rails as short lists. */
export function MobileArticlePage({ article, rails, othersMore, countViews = false }: { article: ArticleView; rails: Rails; othersMore: string | null; countViews?: boolean }) {
  const coverInBody = article.cover && article.blocks.some((b) => b.type === "image" && b.mediaId === article.cover!.id);
  return (
    <>
      <article>
        <p className="m-crumb">
          {article.breadcrumb.map((c, i) => (
            <span key={c.slug}>
              {i > 0 && " › "}
              <a href={`/m${categoryPath(c.slug)}`}>{c.name}</a>
            </span>
          ))}
        </p>
        <h1 className="m-title">{article.title}</h1>
        <p className="m-time">
          <time dateTime={article.publishedAt.toISOString()}>{formatDateTime(article.publishedAt)}</time>
        </p>
        <p className="m-sapo article-sapo">{article.sapo}</p>
        {article.cover && !coverInBody && (
          <figure className="figure">
            <ResponsiveImage media={article.cover} sizes="100vw" />
            {article.coverCaption && <figcaption>{article.coverCaption}</figcaption>}
          </figure>
        )}
        <ArticleBody article={article} pathPrefix="/m" />
        {countViews && <ViewBeacon slug={article.slug} />}
        <p className="m-byline article-byline">
          {article.bylines.map((b, i) => (
            <span key={`${b.slug}-${b.role}`}>
              {i > 0 && ", "}
              {b.name} <span>({b.role})</span>
            </span>
          ))}
        </p>
        {article.tags.length > 0 && (
          <ul className="m-tags" aria-label="Chủ đề">
            {article.tags.map((t) => (
              <li key={t.slug}>
                <a href={tagPath(t.slug)}>#{t.name}</a>
              </li>
            ))}
          </ul>
        )}
      </article>
      <MobileTitleList title="Tin liên quan" items={article.relatedLinks} />
      <MobileTitleList title="Có thể bạn quan tâm" items={rails.interesting.slice(0, 4)} />
      <MobileTitleList title="Nên xem" items={rails.mustSee.slice(0, 4)} />
      <MobileTitleList title="Đọc nhiều" items={rails.mostRead.slice(0, 4)} />
      <MobileTitleList title="Tin khác" items={rails.others.slice(0, 5)} />
      <MobileMore href={othersMore} />
    </>
  );
}

/** Home or category: heading, story cards, plain "Xem thêm" link. */
export function MobileListPage({
  heading,
  lead,
  sections,
  items,
  more,
}: {
  heading?: string;
  lead?: ArticleSummary | null;
  sections?: { title: string; href: string; items: ArticleSummary[] }[];
  items: ArticleSummary[];
  more: string | null;
}) {
  return (
    <>
      {heading && <h1 className="m-h">{heading}</h1>}
      {lead && (
        <article>
          {lead.cover && <ResponsiveImage media={lead.cover} alt="" sizes="100vw" priority />}
          <h2 className="m-title">
            <a href={`/m/bai-viet/${lead.slug}`}>{lead.title}</a>
          </h2>
          <p>{lead.sapo}</p>
        </article>
      )}
      <MobileCards items={items} id="m-list" />
      <MobileMore href={more} />
      {sections?.map((section) => (
        <section key={section.href}>
          <h2 className="m-h">
            <a href={section.href}>{section.title}</a>
          </h2>
          <MobileCards items={section.items} />
        </section>
      ))}
    </>
  );
}

export function MobileSearchPage({ results, prev, next }: { results: SearchResults; prev: string | null; next: string | null }) {
  return (
    <>
      <h1 className="m-h">Tìm kiếm</h1>
      <form action="/m/tim-kiem" method="get" role="search" className="m-search">
        <label htmlFor="m-q" className="sr-only">
          Từ khóa tìm kiếm
        </label>
        <input id="m-q" name="q" type="search" defaultValue={results.query} maxLength={MAX_QUERY_LENGTH} placeholder="Ví dụ: cong doan" />
        <button type="submit">Tìm</button>
      </form>
      {results.terms.length === 0 ? (
        <p>Nhập từ khóa để tìm bài viết.</p>
      ) : results.total === 0 ? (
        <p role="status">Không tìm thấy bài viết nào cho “{results.query}”.</p>
      ) : (
        <>
          <p role="status">
            Tìm thấy {resultCountText(results.total, results.more)} cho “{results.query}”
          </p>
          <ul className="m-list">
            {results.items.map((a) => (
              <li key={a.id}>
                <a href={`/m/bai-viet/${a.slug}`}>
                  <HighlightedText text={a.title} terms={results.terms} />
                </a>
              </li>
            ))}
          </ul>
          {prev && (
            <a className="m-more" href={prev}>
              Trang trước
            </a>
          )}
          <MobileMore href={next} />
        </>
      )}
    </>
  );
}

export function MobileNotFound() {
  return (
    <>
      <h1 className="m-title">Không tìm thấy trang</h1>
      <p>Trang bạn tìm không tồn tại hoặc đã bị gỡ bỏ.</p>
      <form action="/m/tim-kiem" method="get" role="search" className="m-search">
        <label htmlFor="m-nf" className="sr-only">
          Từ khóa tìm kiếm
        </label>
        <input id="m-nf" name="q" type="search" maxLength={MAX_QUERY_LENGTH} />
        <button type="submit">Tìm</button>
      </form>
      <a className="m-more" href="/m">
        Về trang chủ
      </a>
    </>
  );
}
