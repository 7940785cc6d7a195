import { describe, expect, it } from "vitest";
import { fileNameOf } from "@/content/media/upload";
import { mediaSearchWords } from "@/newsroom/media/queries";

describe("the file name kept with an upload (searchable in the library)", () => {
  it("is the last path segment, without control characters, trimmed, in NFC, at most 255 characters", () => {
    expect(fileNameOf("Hồ Gươm.jpg")).toBe("Hồ Gươm.jpg");
    expect(fileNameOf("C:\\Users\\pv\\Ảnh\\cau-long-bien.JPG")).toBe("cau-long-bien.JPG");
    expect(fileNameOf("../../etc/anh.png")).toBe("anh.png");
    expect(fileNameOf(" a\u0000b\u001fc\u007f.jpg ")).toBe("abc.jpg");
    expect(fileNameOf("Ho\u0300 Tây.jpg")).toBe("Hò Tây.jpg"); // decomposed marks composed
    expect(fileNameOf(`${"a".repeat(300)}.jpg`)).toBe("a".repeat(255));
    expect(fileNameOf("")).toBeNull();
    expect(fileNameOf("thu-muc/")).toBeNull();
  });
});

describe("the words of a library search", () => {
  it("are lower case, without diacritics or LIKE wildcards, at most 8 from the first 100 characters", () => {
    expect(mediaSearchWords("  Sương SỚM  trên Hồ Tây ")).toEqual(["suong", "som", "tren", "ho", "tay"]);
    expect(mediaSearchWords("Đà Nẵng 100%_a\\b")).toEqual(["da", "nang", "100", "a", "b"]);
    expect(mediaSearchWords("% _ \\")).toEqual([]);
    expect(mediaSearchWords("a b c d e f g h i j")).toEqual(["a", "b", "c", "d", "e", "f", "g", "h"]);
    expect(mediaSearchWords(`${"x".repeat(99)} yz`)).toEqual(["x".repeat(99)]);
  });
});
