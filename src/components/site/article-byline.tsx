import { authorPath } from "@/content/article/paths";
import type { ArticleView } from "@/content/article/queries";

/** "Phạm Diệp (Thực hiện)", as the paper prints a byline with its role label. */
export function ArticleByline({ bylines }: { bylines: ArticleView["bylines"] }) {
  if (bylines.length === 0) return null;
  return (
    <p className="article-byline text-right font-bold">
      {bylines.map((byline, i) => (
        <span key={`${byline.slug}-${byline.role}`}>
          {i > 0 && ", "}
          <a href={authorPath(byline.slug)} className="hover:text-brand">
            {byline.name}
          </a>{" "}
          <span className="font-normal">({byline.role})</span>
        </span>
      ))}
    </p>
  );
}
