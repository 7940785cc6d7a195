import type { ArticleSummary } from "@/content/article/queries";
import { articlePath } from "@/content/article/paths";
import { ResponsiveImage } from "@/content/media/responsive-image";
import { SectionHeading } from "./section-heading";

/**
 * A rail of stories: heading, then titles (in two columns on wide screens), numbered
 * titles when `ranked` ("Đọc nhiều"), or thumbnail, title and sapo when `detailed`.
 * `narrow` fits it to the article page's right column (one column, small thumbnails).
 */
export function StoryRail({
  id,
  title,
  items,
  detailed = false,
  ranked = false,
  narrow = false,
  listId,
  children,
}: {
  id: string;
  title: string;
  items: ArticleSummary[];
  detailed?: boolean;
  ranked?: boolean;
  narrow?: boolean;
  listId?: string;
  children?: React.ReactNode;
}) {
  if (items.length === 0) return null;
  const List = ranked ? "ol" : "ul";
  const listClass = detailed ? (narrow ? "space-y-4" : "space-y-5") : ranked ? "space-y-3" : narrow ? "space-y-1" : "grid gap-x-6 gap-y-3 sm:grid-cols-2";
  return (
    <section aria-labelledby={id} className={narrow ? "mt-10 first:mt-0" : "mt-10"} data-rail={id}>
      <SectionHeading id={id}>{title}</SectionHeading>
      <List id={listId} className={listClass}>
        {items.map((article, i) => (
          <li key={article.id} className={ranked ? "flex gap-3" : undefined}>
            {detailed ? (
              <article className={narrow ? "grid grid-cols-[6rem_1fr] gap-3" : "grid grid-cols-[7rem_1fr] gap-3 sm:grid-cols-[10rem_1fr]"}>
                {article.cover && (
                  <a href={articlePath(article.slug)} tabIndex={-1} aria-hidden="true">
                    <ResponsiveImage media={article.cover} alt="" sizes={narrow ? "96px" : "160px"} className="aspect-[16/10] w-full object-cover" />
                  </a>
                )}
                <div>
                  <h3 className={narrow ? "text-sm font-semibold leading-snug" : "font-semibold leading-snug"}>
                    <a href={articlePath(article.slug)} className="hover:text-brand">
                      {article.title}
                    </a>
                  </h3>
                  <p className="mt-1 line-clamp-2 text-sm text-gray-600">{article.sapo}</p>
                </div>
              </article>
            ) : (
              <>
                {ranked && (
                  <span className="w-6 shrink-0 text-2xl font-bold leading-none text-brand" aria-hidden="true">
                    {i + 1}
                  </span>
                )}
                <a href={articlePath(article.slug)} className="block min-h-11 py-1 font-semibold leading-snug hover:text-brand">
                  {article.title}
                </a>
              </>
            )}
          </li>
        ))}
      </List>
      {children}
    </section>
  );
}
