import { describe, expect, it } from "vitest";
import { readCount, readCursor, readId, readIds, readIndex, readSlug } from "@/content/read-input";

describe("bounds of cached reads' arguments", () => {
  it("readSlug keeps slugify() output and nothing else", () => {
    expect(readSlug("thoi-su")).toBe("thoi-su");
    expect(readSlug("a".repeat(200))).toBe("a".repeat(200));
    expect(readSlug("a".repeat(201))).toBeNull();
    expect(readSlug("")).toBeNull();
    expect(readSlug("Thoi-Su")).toBeNull();
    expect(readSlug("thời-sự")).toBeNull();
    expect(readSlug("a\u0000b")).toBeNull();
    expect(readSlug(["thoi-su"])).toBeNull();
    expect(readSlug({ toString: () => "thoi-su" })).toBeNull();
    expect(readSlug(null)).toBeNull();
  });

  it("readId accepts 1 … 2^31-1 integers only", () => {
    expect(readId(1)).toBe(1);
    expect(readId(2_147_483_647)).toBe(2_147_483_647);
    expect(readId(2_147_483_648)).toBeNull();
    expect(readId(0)).toBeNull();
    expect(readId(-3)).toBeNull();
    expect(readId(1.5)).toBeNull();
    expect(readId("7")).toBeNull();
    expect(readId(Number.NaN)).toBeNull();
    expect(readId({ a: 1 })).toBeNull();
  });

  it("readIds keeps valid distinct ids, at most max", () => {
    expect(readIds([3, 3, "4", 5, -1, 6, 7], 3)).toEqual([3, 5, 6]);
    expect(readIds("1,2", 10)).toEqual([]);
    expect(readIds(undefined, 10)).toEqual([]);
  });

  it("readCount clamps to [min, max] and falls back for non-numbers", () => {
    expect(readCount(100000, 15, 50)).toBe(50);
    expect(readCount(0, 15, 50)).toBe(1);
    expect(readCount(-5, 15, 50)).toBe(1);
    expect(readCount(-5, 6, 20, 0)).toBe(0);
    expect(readCount(7.9, 15, 50)).toBe(7);
    expect(readCount(Number.POSITIVE_INFINITY, 15, 50)).toBe(15);
    expect(readCount("100", 15, 50)).toBe(15);
    expect(readCount(null, 15, 50)).toBe(15);
    expect(readCount(undefined, 24, 50)).toBe(24);
  });

  it("readIndex accepts integers in range only", () => {
    expect(readIndex(0, 0, 214748)).toBe(0);
    expect(readIndex(214748, 0, 214748)).toBe(214748);
    expect(readIndex(214749, 0, 214748)).toBeNull();
    expect(readIndex(-1, 0, 10)).toBeNull();
    expect(readIndex(2.5, 0, 10)).toBeNull();
    expect(readIndex("3", 0, 10)).toBeNull();
  });

  it("readCursor: null for none, a canonical copy, or undefined when malformed", () => {
    expect(readCursor(null)).toBeNull();
    expect(readCursor(undefined)).toBeNull();
    const at = new Date("2026-11-23T07:05:00.000Z");
    const cursor = readCursor({ publishedAt: at, id: 42, extra: "x".repeat(1000) });
    expect(cursor).toEqual({ publishedAt: new Date("2026-11-23T07:05:00.000Z"), id: 42 });
    expect(Object.keys(cursor!)).toEqual(["publishedAt", "id"]);
    expect(readCursor({ publishedAt: "2026-11-23", id: 42 })).toBeUndefined();
    expect(readCursor({ publishedAt: new Date("nope"), id: 42 })).toBeUndefined();
    expect(readCursor({ publishedAt: at, id: 0 })).toBeUndefined();
    expect(readCursor("1a2b.3c")).toBeUndefined();
  });
});
