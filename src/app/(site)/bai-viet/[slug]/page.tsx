import { SiteFrame } from "@/components/site/site-frame";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { ArticleJsonLd } from "@/components/site/article-json-ld";
import { ArticleView } from "@/components/site/article-view";
import { LoadMore } from "@/components/site/load-more";
import { StoryRail } from "@/components/site/story-rail";
import { articleMetadata } from "@/content/article/metadata";
import { categoryPath } from "@/content/article/paths";
import { getPublishedArticle } from "@/content/article/queries";
import { ViewBeacon } from "@/content/article/view-beacon";
import { getArticleRails } from "@/content/rails/queries";
import { parseOrUndefined, slugParam } from "@/content/routing/params";
import { safeMetadata } from "@/content/routing/safe-metadata";

type Props = { params: Promise<{ slug: string }> };

export const generateMetadata = safeMetadata(async ({ params }: Props): Promise<Metadata> => {
  await connection();
  const slug = parseOrUndefined(slugParam, (await params).slug);
  const article = slug ? await getPublishedArticle(slug) : null;
  if (!article) return { title: "Không tìm thấy bài viết", robots: { index: false } };
  return articleMetadata(article);
});

async function ArticleContent({ params }: Props) {
  await connection();
  const slug = parseOrUndefined(slugParam, (await params).slug);
  const article = slug ? await getPublishedArticle(slug) : null;
  if (!article) notFound();
  const category = article.breadcrumb[article.breadcrumb.length - 1];
  const rails = await getArticleRails(article);
  // Wide screens: the article and its rails, with "Đọc nhiều" and "Nên xem" in a right
  // column; phones: that column follows the rails. Each story appears in one rail only.
  return (
    <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_18rem] xl:grid-cols-[minmax(0,1fr)_20rem]">
      <div className="min-w-0">
        <ArticleJsonLd article={article} />
        <ArticleView article={article} />
        <ViewBeacon slug={article.slug} />
        <div className="mx-auto max-w-3xl lg:mx-0">
          <StoryRail id="tin-lien-quan" title="Tin liên quan" items={article.relatedLinks} />
          <StoryRail id="co-the-ban-quan-tam" title="Có thể bạn quan tâm" items={rails.interesting} />
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
      </div>
      <aside aria-label="Đọc nhiều và Nên xem" className="min-w-0" data-article-aside>
        <StoryRail id="doc-nhieu" title="Đọc nhiều" items={rails.mostRead} ranked narrow />
        <StoryRail id="nen-xem" title="Nên xem" items={rails.mustSee} detailed narrow />
      </aside>
    </div>
  );
}

export default function Page(props: Props) {
  return (
    <SiteFrame>
      <ArticleContent {...props} />
    </SiteFrame>
  );
}
