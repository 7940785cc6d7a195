/**
 * Keyset pagination cursor for lists ordered by (publishedAt desc, id desc): the
 * position of the last item shown. Stays fast at any depth (no OFFSET).
 */
export interface Cursor {
  publishedAt: Date;
  id: number;
}

export function encodeCursor(item: { publishedAt: Date; id: number }): string {
  return `${item.publishedAt.getTime().toString(36)}.${item.id.toString(36)}`;
}

/** 9999-12-31T23:59:59.999Z: later times are not dates PostgreSQL and Prisma exchange. */
const LATEST_CURSOR_TIME = 253_402_300_799_999;

/** null for a missing cursor; undefined for a malformed one (the page is then a 404). */
export function decodeCursor(value: unknown): Cursor | null | undefined {
  if (value === undefined || value === null || value === "") return null;
  if (typeof value !== "string" || !/^[0-9a-z]{1,12}\.[0-9a-z]{1,10}$/.test(value)) return undefined;
  const [time, id] = value.split(".").map((part) => parseInt(part, 36));
  if (!Number.isSafeInteger(time) || time < 0 || time > LATEST_CURSOR_TIME) return undefined;
  if (!Number.isSafeInteger(id) || id <= 0 || id > 2_147_483_647) return undefined;
  return { publishedAt: new Date(time), id };
}

/** Prisma `where` fragment: strictly after the cursor in (publishedAt desc, id desc) order. */
export function afterCursor(cursor: Cursor | null) {
  if (!cursor) return {};
  return {
    OR: [
      { publishedAt: { lt: cursor.publishedAt } },
      { publishedAt: cursor.publishedAt, id: { lt: cursor.id } },
    ],
  };
}

export const NEWEST_FIRST = [{ publishedAt: "desc" as const }, { id: "desc" as const }];
