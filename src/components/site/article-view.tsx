import { ArticleBody } from "@/content/blocks/article-body";
import type { ArticleView as Article } from "@/content/article/queries";
import { tagPath } from "@/content/article/paths";
import { ResponsiveImage } from "@/content/media/responsive-image";
import { formatDateTime } from "@/content/vietnamese/dates";
import { ArticleByline } from "./article-byline";
import { Breadcrumb } from "./breadcrumb";

/** The article itself: breadcrumb, title, time, sapo, cover, body, byline, tags. */
export function ArticleView({ article }: { article: Article }) {
  const coverInBody = article.cover && article.blocks.some((b) => b.type === "image" && b.mediaId === article.cover!.id);
  return (
    <article className="mx-auto max-w-3xl lg:mx-0">
      <Breadcrumb items={article.breadcrumb} />
      <h1 className="mt-3 font-serif text-3xl font-bold leading-tight sm:text-4xl">{article.title}</h1>
      <p className="mt-2 text-sm text-gray-500">
        <time dateTime={article.publishedAt.toISOString()}>{formatDateTime(article.publishedAt)}</time>
      </p>
      <p className="article-sapo mt-4 text-lg font-bold leading-relaxed">{article.sapo}</p>
      {article.cover && !coverInBody && (
        <figure className="figure">
          <ResponsiveImage media={article.cover} priority />
          {article.coverCaption && <figcaption>{article.coverCaption}</figcaption>}
        </figure>
      )}
      <div className="mt-6">
        <ArticleBody article={article} />
      </div>
      <div className="mt-6">
        <ArticleByline bylines={article.bylines} />
      </div>
      {article.tags.length > 0 && (
        <ul aria-label="Chủ đề" className="mt-6 flex flex-wrap gap-2 text-sm">
          {article.tags.map((tag) => (
            <li key={tag.slug}>
              <a href={tagPath(tag.slug)} className="inline-flex min-h-11 items-center rounded bg-gray-100 px-3 hover:bg-gray-200">
                #{tag.name}
              </a>
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
