import type { ArticleSummary } from "@/content/article/queries";
import { articlePath } from "@/content/article/paths";
import { ResponsiveImage } from "@/content/media/responsive-image";

/** A story in a list: thumbnail, title, sapo. */
export function ArticleCard({ article, lead = false }: { article: ArticleSummary; lead?: boolean }) {
  return (
    <article className={lead ? "grid gap-4 md:grid-cols-2" : "grid grid-cols-[7rem_1fr] gap-3 sm:grid-cols-[10rem_1fr]"}>
      {article.cover && (
        <a href={articlePath(article.slug)} tabIndex={-1} aria-hidden="true">
          <ResponsiveImage
            media={article.cover}
            alt=""
            sizes={lead ? "(max-width: 768px) 100vw, 560px" : "160px"}
            priority={lead}
            className="aspect-[16/10] w-full object-cover"
          />
        </a>
      )}
      <div>
        <h2 className={lead ? "font-serif text-2xl font-bold leading-snug" : "font-semibold leading-snug"}>
          <a href={articlePath(article.slug)} className="hover:text-brand">
            {article.title}
          </a>
        </h2>
        <p className={lead ? "mt-2 text-gray-700" : "mt-1 line-clamp-2 text-sm text-gray-600"}>{article.sapo}</p>
      </div>
    </article>
  );
}
