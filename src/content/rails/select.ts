/**
 * Pure rules for the article page's rails, so they can be tested without a database.
 * Order of precedence (an article appears in one rail at most, never the article itself):
 *   1. "Tin liên quan"      — the editor's related links, as ordered;
 *   2. "Nên xem"            — editor picks;
 *   3. "Đọc nhiều"          — the most read of recent days;
 *   4. "Nên xem" (top-up)   — when picks are too few, the next most read;
 *   5. "Có thể bạn quan tâm" — scored: shared tags, same category, recency;
 *   6. "Tin khác"           — the newest of the same category.
 */
export interface RailCandidate {
  id: number;
  categoryId: number;
  publishedAt: Date;
  tagIds: number[];
}

export interface InterestContext {
  id: number;
  categoryId: number;
  tagIds: number[];
  now: Date;
}

const DAY = 86_400_000;

/** Higher is more interesting: 3 per shared tag, 2 for the same category, up to 1 for freshness. */
export function interestScore(candidate: RailCandidate, context: InterestContext): number {
  const shared = candidate.tagIds.filter((id) => context.tagIds.includes(id)).length;
  const ageDays = Math.max(0, (context.now.getTime() - candidate.publishedAt.getTime()) / DAY);
  return shared * 3 + (candidate.categoryId === context.categoryId ? 2 : 0) + 1 / (1 + ageDays / 7);
}

export function pickInteresting<T extends RailCandidate>(
  candidates: T[],
  context: InterestContext,
  exclude: Set<number>,
  limit: number,
): T[] {
  return candidates
    .filter((c) => c.id !== context.id && !exclude.has(c.id))
    .filter((c) => c.categoryId === context.categoryId || c.tagIds.some((id) => context.tagIds.includes(id)))
    .map((c) => ({ c, score: interestScore(c, context) }))
    .sort((a, b) => b.score - a.score || b.c.publishedAt.getTime() - a.c.publishedAt.getTime() || b.c.id - a.c.id)
    .slice(0, limit)
    .map(({ c }) => c);
}

/** Takes items in order, skipping the article itself, excluded ids and duplicates; adds what it takes to `exclude`. */
export function takeDistinct<T extends { id: number }>(items: T[], selfId: number, exclude: Set<number>, limit: number): T[] {
  const taken: T[] = [];
  for (const item of items) {
    if (taken.length >= limit) break;
    if (item.id === selfId || exclude.has(item.id)) continue;
    exclude.add(item.id);
    taken.push(item);
  }
  return taken;
}
