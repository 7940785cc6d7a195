import { describe, expect, it } from "vitest";
import { afterCursor, decodeCursor, encodeCursor, NEWEST_FIRST } from "@/content/article/cursor";

/**
 * The keyset cursor of the story lists: "<publishedAt in ms, base 36>.<id, base 36>".
 * Lists run newest first, and stories published at the same instant by id, highest first.
 */
const AT = new Date("2026-11-20T03:00:00Z"); // 1795143600000 ms = "mwoe5eo0" in base 36

describe("list cursor", () => {
  it("is written as time and id in base 36", () => {
    expect(encodeCursor({ publishedAt: AT, id: 42 })).toBe("mwoe5eo0.16");
    expect(encodeCursor({ publishedAt: new Date(0), id: 1 })).toBe("0.1");
  });

  it("reads back what it wrote", () => {
    expect(decodeCursor("mwoe5eo0.16")).toEqual({ publishedAt: AT, id: 42 });
    expect(decodeCursor("0.1")).toEqual({ publishedAt: new Date(0), id: 1 });
  });

  it("no cursor is the first page (null); a malformed one is undefined (a 404)", () => {
    expect([undefined, null, ""].map(decodeCursor)).toEqual([null, null, null]);
    for (const bad of ["mwoe5eo0", "mwoe5eo0.", ".16", "MWOE5EO0.16", "mwoe5eo0.16.1", "mwoe5eo0-16", " mwoe5eo0.16", "mwoe5eo0.16 ", 42, {}, ["mwoe5eo0.16"]]) {
      expect(decodeCursor(bad), JSON.stringify(bad)).toBeUndefined();
    }
  });

  it("ids are positive 32-bit integers", () => {
    expect(decodeCursor("mwoe5eo0.0")).toBeUndefined();
    expect(decodeCursor("mwoe5eo0.zik0zj")).toEqual({ publishedAt: AT, id: 2_147_483_647 });
    expect(decodeCursor("mwoe5eo0.zik0zk")).toBeUndefined(); // 2 147 483 648
    expect(decodeCursor("mwoe5eo0.zzzzzzzzzz")).toBeUndefined();
  });

  it("times run up to 9999-12-31T23:59:59.999Z, the last one PostgreSQL exchanges", () => {
    expect(decodeCursor("2htner8qnz.1")).toEqual({ publishedAt: new Date("9999-12-31T23:59:59.999Z"), id: 1 });
    expect(decodeCursor("2htner8qo0.1")).toBeUndefined(); // one millisecond later
    expect(decodeCursor("zzzzzzzzzzzz.1")).toBeUndefined(); // beyond safe integers
  });

  it("lengths: at most 12 characters of time and 10 of id", () => {
    expect(decodeCursor("00000mwoe5eo0.16")).toBeUndefined(); // 13 characters of time
    expect(decodeCursor("mwoe5eo0.00000000016")).toBeUndefined(); // 11 characters of id
  });

  it("the page after a cursor: older stories, or the same instant with a lower id", () => {
    expect(afterCursor(null)).toEqual({});
    expect(afterCursor({ publishedAt: AT, id: 42 })).toEqual({
      OR: [{ publishedAt: { lt: AT } }, { publishedAt: AT, id: { lt: 42 } }],
    });
  });

  it("lists are ordered newest first, then highest id first", () => {
    expect(NEWEST_FIRST).toEqual([{ publishedAt: "desc" }, { id: "desc" }]);
  });
});
