/**
 * Cache tag names, decided in one place: reads tag their results with these, and a
 * write invalidates exactly the tags of the pages that show what it changed.
 */
export const HOME_TAG = "home";
export const RAILS_TAG = "rails";
export const MOST_READ_TAG = "most-read";
export const FEEDS_TAG = "feeds";
export const SEARCH_TAG = "search";
/** The category menu on every page. */
export const NAVIGATION_TAG = "navigation";
export const articleTag = (slug: string) => `article:${slug}`;
export const categoryTag = (slug: string) => `category:${slug}`;
export const tagTag = (slug: string) => `tag:${slug}`;
export const authorTag = (slug: string) => `author:${slug}`;
