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
