import { describe, expect, it } from "vitest";
import { buildSearchQuery, highlight, MAX_QUERY_LENGTH } from "@/content/search/query-builder";

describe("search query builder", () => {
  it("ignores diacritics and case", () => {
    expect(buildSearchQuery("Công đoàn")).toMatchObject({ terms: ["cong", "doan"], tsquery: "cong & doan:*" });
    expect(buildSearchQuery("cong doan").tsquery).toBe("cong & doan:*");
    expect(buildSearchQuery("DANG").terms).toEqual(["dang"]);
    expect(buildSearchQuery("ĐẢNG").terms).toEqual(["dang"]);
  });

  it("turns odd input into safe terms or nothing", () => {
    expect(buildSearchQuery("a' OR 1=1; --").tsquery).toBe("a & or & 1");
    expect(buildSearchQuery("!!!&|:*()").terms).toEqual([]);
    expect(buildSearchQuery(undefined).terms).toEqual([]);
    expect(buildSearchQuery(["x"]).terms).toEqual([]);
    expect(buildSearchQuery("  lệ   phí  ").display).toBe("lệ phí");
  });

  it("limits the length and the number of terms, and drops repeats", () => {
    const long = buildSearchQuery("x".repeat(1000));
    expect(long.display.length).toBe(MAX_QUERY_LENGTH);
    expect(buildSearchQuery("a b c d e f g h i j k l m n o p").terms).toHaveLength(12);
    expect(buildSearchQuery("Hà Nội hà nội").terms).toEqual(["ha", "noi"]);
  });

  it("does not add a prefix match to a one-letter last word", () => {
    expect(buildSearchQuery("giá x").tsquery).toBe("gia & x");
  });

  it("a two-letter last word already matches as a prefix", () => {
    expect(buildSearchQuery("giá xe").tsquery).toBe("gia & xe:*");
  });
});

describe("highlight", () => {
  it("marks matches in the original text, diacritics kept", () => {
    expect(highlight("Công đoàn Thủ đô và CÔNG ĐOÀN", ["cong", "doan"])).toEqual([
      { text: "Công", match: true },
      { text: " ", match: false },
      { text: "đoàn", match: true },
      { text: " Thủ đô và ", match: false },
      { text: "CÔNG", match: true },
      { text: " ", match: false },
      { text: "ĐOÀN", match: true },
    ]);
  });

  it("matches at word starts only", () => {
    expect(highlight("Hà Nội, nội thành", ["noi"]).filter((p) => p.match).map((p) => p.text)).toEqual(["Nội", "nội"]);
    expect(highlight("phòng", ["ong"]).some((p) => p.match)).toBe(false);
  });

  it("returns the text whole when there is nothing to mark", () => {
    expect(highlight("Tin tức", [])).toEqual([{ text: "Tin tức", match: false }]);
    expect(highlight("", ["tin"])).toEqual([{ text: "", match: false }]); // always one part to render
  });

  it("keeps positions aligned when a character decomposes into several (Hangul)", () => {
    expect(highlight("한국 và Hà Nội", ["noi"])).toEqual([
      { text: "한국 và Hà ", match: false },
      { text: "Nội", match: true },
    ]);
  });
});
