/** Site-wide settings. SITE_URL is the public origin used in canonical URLs, feeds and sitemaps. */
export const SITE_NAME = "Lao động Thủ đô";
export const SITE_DESCRIPTION =
  "Tin tức Thủ đô, Công đoàn, kinh tế, xã hội, văn hóa, giáo dục, thể thao, pháp luật — Cơ quan của Liên đoàn Lao động thành phố Hà Nội.";

export function siteUrl(): string {
  return (process.env.SITE_URL || `http://localhost:${process.env.PORT || 3000}`).replace(/\/+$/, "");
}

export const absoluteUrl = (path: string) => `${siteUrl()}${path}`;
