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

export interface CategoryEntry {
  slug: string;
  name: string;
  description: string | null;
  /** Slug of the parent category, or null for a top-level one. */
  parent: string | null;
}

/** Every category, each followed by its sub-categories, in editor order (read API). */
export async function listCategories(): Promise<CategoryEntry[]> {
  "use cache";
  cachedFor("hours", NAVIGATION_TAG);
  const rows = await readerPrisma().category.findMany({
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: { id: true, parentId: true, slug: true, name: true, description: true },
  });
  const byParent = new Map<number | null, typeof rows>();
  for (const row of rows) byParent.set(row.parentId, [...(byParent.get(row.parentId) ?? []), row]);
  const out: CategoryEntry[] = [];
  const walk = (parentId: number | null, parentSlug: string | null, depth: number) => {
    if (depth > 20) return; // the tree cannot loop (parents are created first), but never recurse without end
    for (const row of byParent.get(parentId) ?? []) {
      out.push({ slug: row.slug, name: row.name, description: row.description, parent: parentSlug });
      walk(row.id, row.slug, depth + 1);
    }
  };
  walk(null, null, 0);
  return out;
}
