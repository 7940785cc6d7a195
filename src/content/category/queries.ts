import { NAVIGATION_TAG } from "@/content/article/cache-tags";
import { cachedFor } from "@/content/cache";
import { readerPrisma } from "@/db/client";

export interface NavCategory {
  name: string;
  slug: string;
  children: { name: string; slug: string }[];
}

/** Top-level categories in editor order, with their sub-categories (header menu). */
export async function getNavigation(): Promise<NavCategory[]> {
  "use cache";
  cachedFor("hours", NAVIGATION_TAG);
  const rows = await readerPrisma().category.findMany({
    where: { parentId: null },
    orderBy: { position: "asc" },
    select: { name: true, slug: true, children: { orderBy: { position: "asc" }, select: { name: true, slug: true } } },
  });
  return rows;
}
