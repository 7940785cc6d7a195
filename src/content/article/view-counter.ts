import { prisma } from "@/db/client";

/**
 * View counts without a write in the render path. Every article page (desktop and mobile
 * edition, cached or not, behind a shared cache or not) loads a 1×1 beacon,
 * /luot-xem/<slug> (src/app/luot-xem/[slug]/route.ts), which records the view here; views
 * are added up in memory and flushed in one statement every few seconds. A crash loses at
 * most a few seconds of counts, which is acceptable for a "most read" list.
 */
export const FLUSH_MS = 5_000;
/** Distinct slugs kept between two flushes (beacons for made-up slugs cannot grow memory). */
export const MAX_PENDING_SLUGS = 10_000;
const state = globalThis as unknown as { __viewCounts?: Map<string, number>; __viewTimer?: NodeJS.Timeout };

export function recordView(slug: string): boolean {
  state.__viewCounts ??= new Map();
  const counts = state.__viewCounts;
  if (!counts.has(slug) && counts.size >= MAX_PENDING_SLUGS) return false;
  counts.set(slug, (counts.get(slug) ?? 0) + 1);
  if (!state.__viewTimer) {
    state.__viewTimer = setTimeout(() => void flushViews(), FLUSH_MS);
    state.__viewTimer.unref?.();
  }
  return true;
}

/** Writes the views counted so far (only published articles count); returns the rows updated. */
export async function flushViews(): Promise<number> {
  const counts = state.__viewCounts;
  state.__viewTimer = undefined;
  if (!counts || counts.size === 0) return 0;
  state.__viewCounts = new Map();
  const slugs = [...counts.keys()];
  const increments = slugs.map((slug) => counts.get(slug)!);
  try {
    return await prisma().$executeRaw`
      UPDATE articles AS a SET view_count = a.view_count + v.n
      FROM unnest(${slugs}::text[], ${increments}::int[]) AS v(slug, n)
      WHERE a.slug = v.slug AND a.status = 'PUBLISHED'`;
  } catch (error) {
    console.error("[views] flush failed", error);
    return 0;
  }
}
