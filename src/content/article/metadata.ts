import type { Metadata } from "next";
import { mediaUrl } from "@/content/media/responsive-image";
import { variantKey } from "@/content/media/keys";
import { absoluteUrl, SITE_NAME } from "@/content/site/config";
import { articlePath, categoryPath } from "./paths";
import type { ArticleView } from "./queries";

export function coverImageUrl(article: Pick<ArticleView, "cover">): string | undefined {
  if (!article.cover) return undefined;
  const width = article.cover.variants.includes(1024) ? 1024 : article.cover.variants[article.cover.variants.length - 1];
  return absoluteUrl(mediaUrl(width ? variantKey(article.cover.fileKey, width) : article.cover.fileKey));
}

/** <title>, description from the sapo, canonical, Open Graph and Twitter cards, mobile alternate. */
export function articleMetadata(article: ArticleView): Metadata {
  const title = article.seoTitle || article.title;
  const description = article.seoDescription || article.sapo;
  const url = absoluteUrl(articlePath(article.slug));
  const image = coverImageUrl(article);
  return {
    title,
    description,
    alternates: {
      canonical: url,
      media: { "only screen and (max-width: 640px)": absoluteUrl(`/m${articlePath(article.slug)}`) },
    },
    openGraph: {
      type: "article",
      url,
      title,
      description,
      siteName: SITE_NAME,
      locale: "vi_VN",
      publishedTime: article.publishedAt.toISOString(),
      modifiedTime: article.updatedAt.toISOString(),
      section: article.category.name,
      tags: article.tags.map((t) => t.name),
      authors: article.bylines.map((b) => b.name),
      images: image && article.cover ? [{ url: image, alt: article.cover.alt || article.title }] : undefined,
    },
    twitter: { card: image ? "summary_large_image" : "summary", title, description, images: image ? [image] : undefined },
  };
}

/** schema.org NewsArticle + BreadcrumbList for the article page. */
export function articleJsonLd(article: ArticleView) {
  const image = coverImageUrl(article);
  return [
    {
      "@context": "https://schema.org",
      "@type": "NewsArticle",
      headline: article.title,
      description: article.sapo,
      mainEntityOfPage: absoluteUrl(articlePath(article.slug)),
      datePublished: article.publishedAt.toISOString(),
      dateModified: article.updatedAt.toISOString(),
      image: image ? [image] : undefined,
      articleSection: article.category.name,
      keywords: article.tags.map((t) => t.name).join(", ") || undefined,
      author: article.bylines.map((b) => ({ "@type": "Person", name: b.name })),
      publisher: { "@type": "NewsMediaOrganization", name: SITE_NAME, url: absoluteUrl("/") },
      inLanguage: "vi",
    },
    {
      "@context": "https://schema.org",
      "@type": "BreadcrumbList",
      itemListElement: [
        { "@type": "ListItem", position: 1, name: "Trang chủ", item: absoluteUrl("/") },
        ...article.breadcrumb.map((c, i) => ({
          "@type": "ListItem",
          position: i + 2,
          name: c.name,
          item: absoluteUrl(categoryPath(c.slug)),
        })),
        { "@type": "ListItem", position: article.breadcrumb.length + 2, name: article.title },
      ],
    },
  ];
}

/**
 * JSON for a <script type="application/ld+json">: `<`, `>`, `&` and the line
 * separators are escaped so no field can close the script tag or break out of it.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
