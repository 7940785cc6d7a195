import type { z } from "zod";
import type { ArticlePage } from "@/content/article/lists";
import type { ArticleSummary, ArticleView, MediaView } from "@/content/article/queries";
import { articlePath, categoryPath } from "@/content/article/paths";
import type { CategoryEntry } from "@/content/category/queries";
import { mediaUrl } from "@/content/media/responsive-image";
import { variantKey } from "@/content/media/keys";
import { absoluteUrl } from "@/content/site/config";
import type { articlePageSchema, articleSchema, articleSummarySchema, categoryListSchema, mediaSchema } from "./schemas";

/**
 * The cached reads' values → the API's JSON shapes (schemas.ts). Pure: the same input gives the
 * same output, byte for byte (so the same ETag on every instance). URLs are absolute (SITE_URL).
 */

export function mediaJson(media: MediaView): z.infer<typeof mediaSchema> {
  return {
    id: media.id,
    url: absoluteUrl(mediaUrl(media.fileKey)),
    width: media.width,
    height: media.height,
    alt: media.alt,
    caption: media.caption,
    credit: media.credit,
    focalX: media.focalX,
    focalY: media.focalY,
    variants: [...media.variants].sort((a, b) => a - b).map((width) => ({ width, url: absoluteUrl(mediaUrl(variantKey(media.fileKey, width))) })),
  };
}

export function summaryJson(article: ArticleSummary): z.infer<typeof articleSummarySchema> {
  return {
    id: article.id,
    slug: article.slug,
    title: article.title,
    sapo: article.sapo,
    publishedAt: new Date(article.publishedAt).toISOString(),
    url: absoluteUrl(articlePath(article.slug)),
    category: { name: article.category.name, slug: article.category.slug },
    cover: article.cover ? mediaJson(article.cover) : null,
  };
}

export function articlePageJson(page: ArticlePage): z.infer<typeof articlePageSchema> {
  return { items: page.items.map(summaryJson), nextCursor: page.next };
}

export function articleJson(article: ArticleView): z.infer<typeof articleSchema> {
  return {
    ...summaryJson(article),
    kind: article.kind,
    updatedAt: new Date(article.updatedAt).toISOString(),
    seoTitle: article.seoTitle,
    seoDescription: article.seoDescription,
    coverCaption: article.coverCaption,
    breadcrumb: article.breadcrumb.map(({ name, slug }) => ({ name, slug })),
    bylines: article.bylines.map(({ name, slug, role }) => ({ name, slug, role })),
    tags: article.tags.map(({ name, slug }) => ({ name, slug })),
    body: article.blocks,
    media: Object.fromEntries(Object.values(article.media).sort((a, b) => a.id - b.id).map((m) => [String(m.id), mediaJson(m)])),
    linked: Object.fromEntries(Object.values(article.linked).sort((a, b) => a.id - b.id).map((a) => [String(a.id), summaryJson(a)])),
    relatedArticles: article.relatedLinks.map(summaryJson),
  };
}

export function categoryListJson(categories: CategoryEntry[]): z.infer<typeof categoryListSchema> {
  return {
    items: categories.map((c) => ({ slug: c.slug, name: c.name, description: c.description, parent: c.parent, url: absoluteUrl(categoryPath(c.slug)) })),
  };
}
