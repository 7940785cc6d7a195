import type { ArticleView } from "@/content/article/queries";
import { HeadingBlock } from "./heading";
import { ImageBlock } from "./image";
import { InterviewTurnBlock } from "./interview-turn";
import { ParagraphBlock } from "./paragraph";
import { QuoteBlock } from "./quote";
import { RelatedLinksBlock } from "./related-links";

/** Renders the body's blocks in order, each by its own component (site and mobile edition). */
export function ArticleBody({
  article,
  pathPrefix = "",
}: {
  article: Pick<ArticleView, "blocks" | "media" | "linked">;
  pathPrefix?: string;
}) {
  return (
    <div className="article-body">
      {article.blocks.map((block, i) => {
        switch (block.type) {
          case "paragraph":
            return <ParagraphBlock key={i} block={block} />;
          case "heading":
            return <HeadingBlock key={i} block={block} />;
          case "interview-turn":
            return <InterviewTurnBlock key={i} block={block} />;
          case "image":
            return <ImageBlock key={i} block={block} media={article.media[block.mediaId]} />;
          case "quote":
            return <QuoteBlock key={i} block={block} />;
          case "related-links":
            return <RelatedLinksBlock key={i} block={block} linked={article.linked} pathPrefix={pathPrefix} />;
        }
      })}
    </div>
  );
}
