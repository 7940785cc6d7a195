import { connection } from "next/server";
import { createElement } from "react";
import { MobileArticlePage } from "@/components/mobile/mobile-pages";
import { renderMobile } from "@/components/mobile/render-mobile";
import { mobileNotFound } from "@/components/mobile/mobile-not-found";
import { articlePath, categoryPath } from "@/content/article/paths";
import { getPublishedArticle } from "@/content/article/queries";
import { getArticleRails } from "@/content/rails/queries";
import { parseOrUndefined, slugParam } from "@/content/routing/params";
import { absoluteUrl } from "@/content/site/config";

/** Mobile edition article (old slugs and unknown ones are answered by the proxy first). */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  await connection();
  const slug = parseOrUndefined(slugParam, (await params).slug);
  const article = slug ? await getPublishedArticle(slug) : null;
  if (!slug || !article) return mobileNotFound(404);
  const category = article.breadcrumb[article.breadcrumb.length - 1];
  const rails = await getArticleRails(article);
  return renderMobile(
    {
      title: article.seoTitle || article.title,
      description: article.seoDescription || article.sapo,
      canonical: absoluteUrl(articlePath(slug)),
      desktopPath: articlePath(slug),
    },
    createElement(MobileArticlePage, {
      article,
      rails,
      countViews: true,
      othersMore: rails.othersNext ? `/m${categoryPath(category.slug)}?truoc=${rails.othersNext}` : null,
    }),
  );
}
