import { SiteFrame } from "@/components/site/site-frame";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { after, connection } from "next/server";
import { ArticleJsonLd } from "@/components/site/article-json-ld";
import { ArticleView } from "@/components/site/article-view";
import { LoadMore } from "@/components/site/load-more";
import { StoryRail } from "@/components/site/story-rail";
import { articleMetadata } from "@/content/article/metadata";
import { categoryPath } from "@/content/article/paths";
import { getPublishedArticle } from "@/content/article/queries";
import { recordView } from "@/content/article/view-counter";
import { getArticleRails } from "@/content/rails/queries";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await connection();
  const article = await getPublishedArticle((await params).slug);
  if (!article) return { title: "Không tìm thấy bài viết", robots: { index: false } };
  return articleMetadata(article);
}

async function ArticleContent({ params }: Props) {
  await connection();
  const article = await getPublishedArticle((await params).slug);
  if (!article) notFound();
  after(() => recordView(article.id));
  const category = article.breadcrumb[article.breadcrumb.length - 1];
  const rails = await getArticleRails(article);
  return (
    <>
      <ArticleJsonLd article={article} />
      <ArticleView article={article} />
      <div className="mx-auto max-w-3xl">
        <StoryRail id="tin-lien-quan" title="Tin liên quan" items={article.relatedLinks} />
        <StoryRail id="co-the-ban-quan-tam" title="Có thể bạn quan tâm" items={rails.interesting} />
        <StoryRail id="nen-xem" title="Nên xem" items={rails.mustSee} detailed />
        <StoryRail id="tin-khac" title="Tin khác" items={rails.others} detailed listId="tin-khac-list">
          {rails.othersNext && (
            <div data-load-more="tin-khac-list">
              <LoadMore
                href={`${categoryPath(category.slug)}?truoc=${rails.othersNext}`}
                listId="tin-khac-list"
                sourceId="article-list"
              />
            </div>
          )}
        </StoryRail>
      </div>
    </>
  );
}

export default function Page(props: Props) {
  return (
    <SiteFrame>
      <ArticleContent {...props} />
    </SiteFrame>
  );
}
