import { describe, expect, it } from "vitest";
import { interestScore, pickInteresting, takeDistinct, type RailCandidate } from "@/content/rails/select";

const now = new Date("2026-11-20T00:00:00Z");
const daysAgo = (d: number) => new Date(now.getTime() - d * 86_400_000);
const article = { id: 1, categoryId: 10, tagIds: [100, 101], now };

const candidates: RailCandidate[] = [
  { id: 1, categoryId: 10, publishedAt: daysAgo(0), tagIds: [100, 101] }, // the article itself
  { id: 2, categoryId: 20, publishedAt: daysAgo(1), tagIds: [100, 101] }, // two shared tags
  { id: 3, categoryId: 10, publishedAt: daysAgo(2), tagIds: [] }, // same category only
  { id: 4, categoryId: 10, publishedAt: daysAgo(30), tagIds: [100] }, // one tag + category, old
  { id: 5, categoryId: 30, publishedAt: daysAgo(0), tagIds: [999] }, // unrelated
  { id: 6, categoryId: 20, publishedAt: daysAgo(3), tagIds: [101] }, // one shared tag
];

describe("rails", () => {
  it("scores shared tags above category, and recency last", () => {
    expect(interestScore(candidates[1], article)).toBeGreaterThan(interestScore(candidates[3], article));
    expect(interestScore(candidates[3], article)).toBeGreaterThan(interestScore(candidates[2], article));
    expect(interestScore({ ...candidates[2], publishedAt: daysAgo(0) }, article)).toBeGreaterThan(
      interestScore(candidates[2], article),
    );
  });

  it("scores exactly: 3 per shared tag, 2 for the same category, 1/(1 + days/7) for freshness", () => {
    // same category, two shared tags and one other tag, a week old: 6 + 2 + 1/2
    expect(interestScore({ id: 7, categoryId: 10, publishedAt: daysAgo(7), tagIds: [100, 101, 999] }, article)).toBe(8.5);
    // another category, only tags not shared, published now: freshness only
    expect(interestScore({ id: 8, categoryId: 20, publishedAt: daysAgo(0), tagIds: [998, 999] }, article)).toBe(1);
    // same category, two weeks old: 2 + 1/3
    expect(interestScore({ id: 9, categoryId: 10, publishedAt: daysAgo(14), tagIds: [] }, article)).toBeCloseTo(2 + 1 / 3, 10);
    // a date in the future counts as fresh, never fresher
    expect(interestScore({ id: 10, categoryId: 20, publishedAt: daysAgo(-3), tagIds: [] }, article)).toBe(1);
  });

  it("a story of another category qualifies by sharing ONE tag, even with other tags", () => {
    const picked = pickInteresting([{ id: 11, categoryId: 20, publishedAt: daysAgo(1), tagIds: [999, 101] }], article, new Set(), 5);
    expect(picked.map((c) => c.id)).toEqual([11]);
  });

  it("equal scores: the newer story first, then the higher id", () => {
    const future = (h: number) => new Date(now.getTime() + h * 3_600_000); // both "fresh": equal scores
    const tied: RailCandidate[] = [
      { id: 21, categoryId: 10, publishedAt: future(1), tagIds: [] },
      { id: 22, categoryId: 10, publishedAt: future(2), tagIds: [] },
      { id: 23, categoryId: 10, publishedAt: daysAgo(5), tagIds: [] },
      { id: 25, categoryId: 10, publishedAt: daysAgo(5), tagIds: [] },
      { id: 24, categoryId: 10, publishedAt: daysAgo(5), tagIds: [] },
    ];
    expect(pickInteresting(tied, article, new Set(), 10).map((c) => c.id)).toEqual([22, 21, 25, 24, 23]);
  });

  it("never picks the article itself, unrelated or excluded stories", () => {
    const picked = pickInteresting(candidates, article, new Set([6]), 10).map((c) => c.id);
    expect(picked).toEqual([2, 4, 3]);
  });

  it("respects the limit", () => {
    expect(pickInteresting(candidates, article, new Set(), 2).map((c) => c.id)).toEqual([2, 4]);
  });

  it("takes distinct items across rails and records them", () => {
    const seen = new Set<number>([3]);
    const first = takeDistinct([{ id: 1 }, { id: 2 }, { id: 3 }, { id: 2 }, { id: 4 }], 1, seen, 5);
    expect(first.map((i) => i.id)).toEqual([2, 4]);
    expect([...seen].sort()).toEqual([2, 3, 4]);
    expect(takeDistinct([{ id: 2 }, { id: 5 }, { id: 6 }], 1, seen, 1).map((i) => i.id)).toEqual([5]);
  });
});
