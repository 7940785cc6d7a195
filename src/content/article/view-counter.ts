import { prisma } from "@/db/client";

/**
 * View counts without a write in the render path: views are added up in memory and
 * flushed in one statement every few seconds (and at exit). A crash loses at most
 * a few seconds of counts, which is acceptable for a "most read" list.
 */
const FLUSH_MS = 5_000;
const state = globalThis as unknown as { __viewCounts?: Map<number, number>; __viewTimer?: NodeJS.Timeout };

export function recordView(articleId: number): void {
  state.__viewCounts ??= new Map();
  state.__viewCounts.set(articleId, (state.__viewCounts.get(articleId) ?? 0) + 1);
  if (!state.__viewTimer) {
    state.__viewTimer = setTimeout(() => void flushViews(), FLUSH_MS);
    state.__viewTimer.unref?.();
  }
}

export async function flushViews(): Promise<number> {
  const counts = state.__viewCounts;
  state.__viewTimer = undefined;
  if (!counts || counts.size === 0) return 0;
  state.__viewCounts = new Map();
  const ids = [...counts.keys()];
  const increments = ids.map((id) => counts.get(id)!);
  try {
    return await prisma().$executeRaw`
      UPDATE articles AS a SET view_count = a.view_count + v.n
      FROM unnest(${ids}::int[], ${increments}::int[]) AS v(id, n)
      WHERE a.id = v.id`;
  } catch (error) {
    console.error("[views] flush failed", error);
    return 0;
  }
}
