/**
 * Cache tag names, decided in one place: reads tag their results with these, and a
 * write invalidates exactly the tags of the pages that show what it changed.
 */
export const HOME_TAG = "home";
export const RAILS_TAG = "rails";
export const articleTag = (slug: string) => `article:${slug}`;
export const categoryTag = (slug: string) => `category:${slug}`;
export const tagTag = (slug: string) => `tag:${slug}`;
