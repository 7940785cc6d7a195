import { describe, expect, it } from "vitest";
import { removeDiacritics, slugify } from "@/content/vietnamese/slugify";

describe("slugify", () => {
  it("turns a Vietnamese headline into a slug without diacritics", () => {
    expect(
      slugify("Đợt thi đua cao điểm chào mừng Đại hội Công đoàn các cấp: Trách nhiệm, trí tuệ tạo đà thành công"),
    ).toBe("dot-thi-dua-cao-diem-chao-mung-dai-hoi-cong-doan-cac-cap-trach-nhiem-tri-tue-tao-da-thanh-cong");
  });

  it("handles đ/Đ, which Unicode does not decompose, and stacked tone marks", () => {
    expect(removeDiacritics("ĐƯỜNG đi Đà Nẵng")).toBe("DUONG di Da Nang");
    expect(slugify("Giá xăng dầu hôm nay (8/6): Giá dầu thế giới tăng")).toBe("gia-xang-dau-hom-nay-8-6-gia-dau-the-gioi-tang");
    expect(slugify("Ủy ban nhân dân — “Kỷ nguyên vươn mình”!")).toBe("uy-ban-nhan-dan-ky-nguyen-vuon-minh");
  });

  it("cuts long slugs at a word boundary", () => {
    const slug = slugify("một hai ba bốn năm sáu bảy tám chín mười ".repeat(10), 40);
    expect(slug.length).toBeLessThanOrEqual(40);
    expect(slug.endsWith("-")).toBe(false);
    expect(slug.startsWith("mot-hai-ba-bon-nam")).toBe(true);
  });

  it("a cut that falls inside a word drops the whole word", () => {
    // "cong-nhan-thu-do-don-tet-sum-vay-trong-niem-vui" (47): the 40th character is the "n" of "niem"
    expect(slugify("Công nhân Thủ đô đón Tết Sum vầy trong niềm vui", 40)).toBe("cong-nhan-thu-do-don-tet-sum-vay-trong");
    // at 39 the cut falls on the hyphen after "trong": the word stays, the hyphen goes
    expect(slugify("Công nhân Thủ đô đón Tết Sum vầy trong niềm vui", 39)).toBe("cong-nhan-thu-do-don-tet-sum-vay-trong");
    expect(slugify("Công nhân Thủ đô đón Tết Sum vầy trong niềm vui", 47)).toBe("cong-nhan-thu-do-don-tet-sum-vay-trong-niem-vui");
  });

  it("the default limit is 120 characters, cut at a word boundary", () => {
    const headline =
      "Đợt thi đua cao điểm chào mừng Đại hội Công đoàn các cấp: Trách nhiệm, trí tuệ tạo đà thành công cho nhiệm kỳ mới của tổ chức Công đoàn Thủ đô";
    // the full slug is 140 characters; the 120th falls inside "chuc"
    expect(slugify(headline)).toBe(
      "dot-thi-dua-cao-diem-chao-mung-dai-hoi-cong-doan-cac-cap-trach-nhiem-tri-tue-tao-da-thanh-cong-cho-nhiem-ky-moi-cua-to",
    );
  });

  it("a word longer than half the limit is cut inside the word rather than leaving a stub", () => {
    expect(slugify("ab " + "x".repeat(60), 40)).toBe("ab-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx");
    expect(slugify("ab " + "x".repeat(60), 40)).toHaveLength(40);
  });

  it("a word boundary in the first half of the limit is not used (the slug would lose too much)", () => {
    // limit 10: the only hyphen sits at position 5, exactly half → the cut stays inside the word
    expect(slugify("abcde fghijkl", 10)).toBe("abcde-fghi");
    // limit 10: hyphen at position 6, past half → cut there
    expect(slugify("abcdef ghijkl", 10)).toBe("abcdef");
  });

  it("a tiny limit never leaves a trailing hyphen", () => {
    expect(slugify("a bc", 2)).toBe("a");
  });

  it("returns an empty slug for text without letters or digits", () => {
    expect(slugify("!!! ---")).toBe("");
  });
});
