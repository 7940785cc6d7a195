import type { ArticleView, MediaView } from "@/content/article/queries";
import { readBody, type Body } from "@/content/blocks/schema";
import { slugify } from "@/content/vietnamese/slugify";
import type { EditorArticle, MediaOption } from "../article-editor/types";

/**
 * The article on screen in the editor, unsaved, as the reader pages' components take it (an
 * ArticleView), so the live preview renders it with the very components readers get. What a
 * draft does not have yet is shown as readers would see it without it: no category name, no
 * date (the preview says "now"), photos from the media list on the page.
 */

/** A library photo as the reader components take it (the editor's list has no size: 3:2 is assumed). */
export function mediaView(m: MediaOption): MediaView {
  return { id: m.id, fileKey: m.fileKey, width: 1200, height: 800, variants: m.variants, alt: m.alt, caption: m.caption, credit: m.credit, focalX: 0.5, focalY: 0.5 };
}

export function draftView(
  article: EditorArticle,
  media: readonly MediaOption[],
  categories: readonly { id: number; name: string; slug?: string }[],
  now: Date,
): ArticleView {
  const byId = new Map(media.map((m) => [m.id, m]));
  // The same reading as a stored body: placeholders (an empty paragraph, a photo not chosen yet) are left out.
  const { blocks } = readBody(article.body);
  const bodyMedia: Record<number, MediaView> = {};
  for (const block of blocks as Body) {
    if (block.type !== "image") continue;
    const item = byId.get(block.mediaId);
    if (item) bodyMedia[item.id] = mediaView(item);
  }
  const cover = article.coverMediaId ? byId.get(article.coverMediaId) : undefined;
  const category = categories.find((c) => c.id === article.categoryId);
  const categoryRef = { name: category?.name ?? "", slug: category?.slug ?? slugify(category?.name ?? "") };
  const related = article.related.map((r) => ({ id: r.id, title: r.title, slug: "", sapo: "", publishedAt: now, category: categoryRef, cover: null }));
  return {
    id: article.id ?? 0,
    title: article.title,
    slug: article.slug,
    sapo: article.sapo,
    publishedAt: now,
    updatedAt: now,
    category: categoryRef,
    categoryId: category?.id ?? 0,
    cover: cover ? mediaView(cover) : null,
    coverCaption: article.coverCaption || null,
    tagIds: [],
    kind: article.kind,
    seoTitle: article.seoTitle || null,
    seoDescription: article.seoDescription || null,
    breadcrumb: category ? [categoryRef] : [],
    bylines: article.bylines.filter((b) => b.name.trim()).map((b) => ({ name: b.name.trim(), slug: slugify(b.name), role: b.role })),
    tags: article.tags.map((t) => t.trim()).filter(Boolean).map((name) => ({ name, slug: slugify(name) })),
    blocks,
    media: bodyMedia,
    // the related stories chosen for the article (only their titles are known here)
    linked: Object.fromEntries(related.map((r) => [r.id, r])),
    relatedLinks: related,
  };
}
