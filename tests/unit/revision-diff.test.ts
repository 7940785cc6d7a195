import { describe, expect, it } from "vitest";
import { compareFields, diffLines, snapshotInput } from "@/content/article/revision-diff";

const base = {
  title: "Tiêu đề ban đầu của bài",
  sapo: "Sapo ban đầu đủ dài để hợp lệ.",
  categoryId: 1,
  kind: "NEWS",
  tags: ["A"],
  bylines: [{ name: "Phạm Diệp", role: "Bài" }],
  body: [{ type: "paragraph", content: [{ text: "Một" }] }],
};

describe("revision comparison", () => {
  it("lists only the fields that changed", () => {
    const a = snapshotInput(base)!;
    const b = snapshotInput({ ...base, title: "Tiêu đề đã sửa của bài", tags: ["A", "B"] })!;
    expect(compareFields(a, b).map((c) => [c.label, c.before, c.after])).toEqual([
      ["Tiêu đề", "Tiêu đề ban đầu của bài", "Tiêu đề đã sửa của bài"],
      ["Chủ đề", "A", "A, B"],
    ]);
  });

  it("diffs body lines", () => {
    expect(diffLines(["a", "b", "c"], ["a", "c", "d"])).toEqual([
      { kind: "same", text: "a" },
      { kind: "removed", text: "b" },
      { kind: "same", text: "c" },
      { kind: "added", text: "d" },
    ]);
  });

  it("refuses snapshots that no longer fit the schema", () => {
    expect(snapshotInput({ title: "x" })).toBeNull();
  });
});
