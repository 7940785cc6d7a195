import { updateTag } from "next/cache";
import { forgetSlugStatus } from "@/content/routing/slug-status";

/**
 * After a write from a server action: refreshes exactly the cache tags it touched and
 * forgets the remembered slug answers, as the single-article actions do.
 */
export function invalidateArticleWrite(tags: string[], slugs: string[] = []): void {
  for (const tag of tags) updateTag(tag);
  slugs.forEach((slug) => forgetSlugStatus(slug));
  forgetSlugStatus();
}
