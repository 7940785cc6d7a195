import type { ArticleSummary } from "@/content/article/queries";
import { articlePath } from "@/content/article/paths";
import { ResponsiveImage } from "@/content/media/responsive-image";
import { SectionHeading } from "./section-heading";

/** A rail under the article: heading, then stories (with thumbnail and sapo when `detailed`). */
export function StoryRail({
  id,
  title,
  items,
  detailed = false,
  listId,
  children,
}: {
  id: string;
  title: string;
  items: ArticleSummary[];
  detailed?: boolean;
  listId?: string;
  children?: React.ReactNode;
}) {
  if (items.length === 0) return null;
  return (
    <section aria-labelledby={id} className="mt-10" data-rail={id}>
      <SectionHeading id={id}>{title}</SectionHeading>
      <ul id={listId} className={detailed ? "space-y-5" : "grid gap-x-6 gap-y-3 sm:grid-cols-2"}>
        {items.map((article) => (
          <li key={article.id}>
            {detailed ? (
              <article className="grid grid-cols-[7rem_1fr] gap-3 sm:grid-cols-[10rem_1fr]">
                {article.cover && (
                  <a href={articlePath(article.slug)} tabIndex={-1} aria-hidden="true">
                    <ResponsiveImage media={article.cover} alt="" sizes="160px" className="aspect-[16/10] w-full object-cover" />
                  </a>
                )}
                <div>
                  <h3 className="font-semibold leading-snug">
                    <a href={articlePath(article.slug)} className="hover:text-brand">
                      {article.title}
                    </a>
                  </h3>
                  <p className="mt-1 line-clamp-2 text-sm text-gray-600">{article.sapo}</p>
                </div>
              </article>
            ) : (
              <a href={articlePath(article.slug)} className="block min-h-11 py-1 font-semibold leading-snug hover:text-brand">
                {article.title}
              </a>
            )}
          </li>
        ))}
      </ul>
      {children}
    </section>
  );
}
