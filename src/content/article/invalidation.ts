import { articleTag, authorTag, categoryTag, FEEDS_TAG, HOME_TAG, MOST_READ_TAG, RAILS_TAG, SEARCH_TAG, tagTag } from "./cache-tags";

/**
 * Exactly the cache tags a change to an article touches, computed from what readers
 * could see before and after it (a state that is not published shows nowhere, but
 * published stories linking to it are tagged with its slug: see getPublishedArticle).
 * The article, its category and the parent category, its tags and authors, home,
 * rails, most read, search, feeds and sitemaps. The mobile edition uses the same reads,
 * so the same tags refresh it.
 */
export interface PublicFootprint {
  slug: string;
  published: boolean;
  categorySlugs: string[];
  tagSlugs: string[];
  authorSlugs: string[];
}

export function invalidationTags(before: PublicFootprint | null, after: PublicFootprint | null): string[] {
  const visible = [before, after].filter((s): s is PublicFootprint => !!s && s.published);
  if (visible.length === 0) {
    // Hidden before and after: only a rename matters, to pages cached under the old slug
    // (a published story linking to it, tagged with the slug it had then) and the new one.
    return before && after && before.slug !== after.slug ? [articleTag(before.slug), articleTag(after.slug)].sort() : [];
  }
  const tags = new Set<string>([HOME_TAG, RAILS_TAG, MOST_READ_TAG, SEARCH_TAG, FEEDS_TAG]);
  for (const state of [before, after]) if (state) tags.add(articleTag(state.slug)); // both slugs: a rename frees the old one
  for (const state of visible) {
    state.categorySlugs.forEach((slug) => tags.add(categoryTag(slug)));
    state.tagSlugs.forEach((slug) => tags.add(tagTag(slug)));
    state.authorSlugs.forEach((slug) => tags.add(authorTag(slug)));
  }
  return [...tags].sort();
}
