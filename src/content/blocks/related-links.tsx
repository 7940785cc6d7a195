import type { z } from "zod";
import type { ArticleSummary } from "@/content/article/queries";
import { articlePath } from "@/content/article/paths";
import type { relatedLinksBlock } from "./schema";

/** The inline "Tin liên quan" box an editor attaches inside the body. */
export function RelatedLinksBlock({
  block,
  linked,
  pathPrefix = "",
}: {
  block: z.infer<typeof relatedLinksBlock>;
  linked: Record<number, ArticleSummary>;
  pathPrefix?: string;
}) {
  const items = block.articleIds.map((id) => linked[id]).filter(Boolean);
  if (items.length === 0) return null;
  return (
    <aside className="related-box" aria-label={block.title}>
      <p className="related-box-title">{block.title}</p>
      <ul>
        {items.map((article) => (
          <li key={article.id}>
            <a href={pathPrefix + articlePath(article.slug)}>{article.title}</a>
          </li>
        ))}
      </ul>
    </aside>
  );
}
