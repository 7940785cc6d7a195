import type { ArticleSummary } from "@/content/article/queries";
import { ArticleCard } from "./article-card";
import { LoadMore } from "./load-more";

/** A paginated list of stories with its "Xem thêm" continuation. */
export function ArticleList({
  items,
  nextHref,
  listId = "article-list",
}: {
  items: ArticleSummary[];
  nextHref: string | null;
  listId?: string;
}) {
  return (
    <>
      <ul id={listId} className="space-y-5">
        {items.map((article) => (
          <li key={article.id}>
            <ArticleCard article={article} />
          </li>
        ))}
      </ul>
      {nextHref && (
        <div data-load-more={listId}>
          <LoadMore href={nextHref} listId={listId} />
        </div>
      )}
    </>
  );
}
