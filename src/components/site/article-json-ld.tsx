import { articleJsonLd, serializeJsonLd } from "@/content/article/metadata";
import type { ArticleView } from "@/content/article/queries";

/** Structured data; the JSON is escaped by serializeJsonLd, never raw user text. */
export function ArticleJsonLd({ article }: { article: ArticleView }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(articleJsonLd(article)) }} />;
}
