import type { BrowserContext } from "@playwright/test";

export const REFERENCE_TITLE =
  "Đợt thi đua cao điểm chào mừng Đại hội Công đoàn các cấp: Trách nhiệm, trí tuệ tạo đà thành công";
export const REFERENCE_SLUG =
  "dot-thi-dua-cao-diem-chao-mung-dai-hoi-cong-doan-cac-cap-trach-nhiem-tri-tue-tao-da-thanh-cong";
export const REFERENCE_PATH = `/bai-viet/${REFERENCE_SLUG}`;
export const OLD_REFERENCE_SLUG = "dot-thi-dua-cao-diem-chao-mung-dai-hoi-cong-doan";
export const WITHDRAWN_SLUG = "thong-bao-lich-tiep-cong-dan-thang-6";

/** Makes phones stay on the full (responsive) site, as a reader who chose it would. */
export async function chooseFullSite(context: BrowserContext, baseURL: string) {
  await context.addCookies([{ name: "edition", value: "full", url: baseURL }]);
}

export async function horizontalOverflow(page: import("@playwright/test").Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}
