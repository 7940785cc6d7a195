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

  it("returns an empty slug for text without letters or digits", () => {
    expect(slugify("!!! ---")).toBe("");
  });
});
