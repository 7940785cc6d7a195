import { z } from "zod";
import type { Cursor } from "@/content/article/cursor";

/**
 * Bounds for the arguments of the cached reads. Each `'use cache'` read is a private
 * function behind an exported plain one that passes its arguments through these first, so
 *  - a value of the wrong type or size never reaches Prisma (no validation error, no 500):
 *    a slug that cannot exist reads as "not found", a count is clamped;
 *  - nobody can ask a read for an unbounded amount of work (a limit of 100,000);
 *  - only canonical arguments become cache keys (one entry per real question, and none
 *    at all for a question that cannot have an answer).
 * These are the reads' own guarantees, whoever calls them; the routes check their input
 * too (src/content/routing/params.ts) and answer 400/404 for it.
 */

/** Largest value of a PostgreSQL INTEGER column (ids). */
const MAX_ID = 2_147_483_647;

/** Longest slug a read looks up (slugify() makes at most 120 characters, plus a "-2" suffix). */
export const MAX_SLUG_LENGTH = 200;

const slugSchema = z.string().regex(/^[a-z0-9-]+$/).max(MAX_SLUG_LENGTH);
const idSchema = z.number().int().min(1).max(MAX_ID);

/** A slug as slugify() writes them, or null (nothing can be found under it). */
export function readSlug(value: unknown): string | null {
  const parsed = slugSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** A database id (1 … 2^31-1), or null. */
export function readId(value: unknown): number | null {
  const parsed = idSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** Valid, distinct ids of a list, at most `max` of them (anything else is dropped). */
export function readIds(value: unknown, max: number): number[] {
  if (!Array.isArray(value)) return [];
  const ids = new Set<number>();
  for (const item of value) {
    const id = readId(item);
    if (id !== null) ids.add(id);
    if (ids.size === max) break;
  }
  return [...ids];
}

/**
 * A count (a limit, a number of days): an integer clamped to [min, max]; `fallback` for
 * anything that is not a finite number.
 */
export function readCount(value: unknown, fallback: number, max: number, min = 1): number {
  if (typeof value !== "number" || !Number.isFinite(value)) return fallback;
  return Math.min(max, Math.max(min, Math.trunc(value)));
}

/** A position in a list (a page, a sitemap chunk): an integer in [min, max], or null. */
export function readIndex(value: unknown, min: number, max: number): number | null {
  return typeof value === "number" && Number.isSafeInteger(value) && value >= min && value <= max ? value : null;
}

/** A list cursor: null for none, a fresh canonical Cursor, or undefined when malformed. */
export function readCursor(value: unknown): Cursor | null | undefined {
  if (value === null || value === undefined) return null;
  if (typeof value !== "object") return undefined;
  const { publishedAt, id } = value as { publishedAt?: unknown; id?: unknown };
  const time = publishedAt instanceof Date ? publishedAt.getTime() : NaN;
  const checkedId = readId(id);
  if (!Number.isFinite(time) || checkedId === null) return undefined;
  return { publishedAt: new Date(time), id: checkedId };
}
