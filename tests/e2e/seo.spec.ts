import { expect, test } from "@playwright/test";
import { REFERENCE_PATH, REFERENCE_TITLE } from "./fixtures";

test("article head: title, description, canonical, Open Graph, Twitter, mobile alternate, JSON-LD", async ({ page }) => {
  await page.goto(REFERENCE_PATH);
  await expect(page).toHaveTitle(`${REFERENCE_TITLE} | Lao động Thủ đô`);
  const meta = (selector: string) => page.locator(selector).first().getAttribute("content");
  expect(await meta('meta[name="description"]')).toMatch(/^Nhờ sự quyết liệt/);
  expect(await page.locator('link[rel="canonical"]').getAttribute("href")).toMatch(new RegExp(`${REFERENCE_PATH}$`));
  expect(await page.locator('link[rel="alternate"][media="only screen and (max-width: 640px)"]').getAttribute("href")).toMatch(
    new RegExp(`/m${REFERENCE_PATH}$`),
  );
  expect(await meta('meta[property="og:title"]')).toBe(REFERENCE_TITLE);
  expect(await meta('meta[property="og:type"]')).toBe("article");
  expect(await meta('meta[property="og:image"]')).toMatch(/\/media\/seed\/.+\.webp$/);
  expect(await meta('meta[name="twitter:card"]')).toBe("summary_large_image");

  const ld = JSON.parse(`[${(await page.locator('script[type="application/ld+json"]').allTextContents()).join(",")}]`).flat();
  const article = ld.find((x: { "@type": string }) => x["@type"] === "NewsArticle");
  expect(article.headline).toBe(REFERENCE_TITLE);
  expect(article.author).toEqual([{ "@type": "Person", name: "Phạm Diệp" }]);
  expect(article.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  expect(article.dateModified).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  expect(article.image[0]).toMatch(/^http/);
  const crumbs = ld.find((x: { "@type": string }) => x["@type"] === "BreadcrumbList");
  expect(crumbs.itemListElement.map((i: { name: string }) => i.name)).toEqual(["Trang chủ", "Công đoàn", REFERENCE_TITLE]);
});

test("sitemap index, chunks, news sitemap, robots.txt and RSS", async ({ request }) => {
  const index = await (await request.get("/sitemap.xml")).text();
  expect(index).toContain("<sitemapindex");
  const locs = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
  expect(locs).toEqual(expect.arrayContaining(["/sitemaps/pages.xml", "/sitemaps/news.xml", "/sitemaps/articles-0.xml"]));
  const chunk = await (await request.get("/sitemaps/articles-0.xml")).text();
  expect(chunk.match(/<url>/g)?.length).toBeGreaterThanOrEqual(70);
  expect(chunk).toContain(REFERENCE_PATH);
  expect(chunk).not.toContain("thong-bao-lich-tiep-cong-dan-thang-6");
  const news = await (await request.get("/sitemaps/news.xml")).text();
  expect(news).toContain("<news:title>Đợt thi đua cao điểm chào mừng Đại hội Công đoàn các cấp");
  expect((await request.get("/sitemaps/articles-999.xml")).status()).toBe(404);

  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toMatch(/Sitemap: http.+\/sitemap\.xml/);

  const rss = await request.get("/rss.xml");
  expect(rss.headers()["content-type"]).toContain("application/rss+xml");
  const rssText = await rss.text();
  expect(rssText).toContain('<rss version="2.0"');
  expect(rssText.match(/<item>/g)?.length).toBe(50);
  const category = await (await request.get("/rss/the-thao.xml")).text();
  expect(category).toContain("<title>Thể thao — Lao động Thủ đô</title>");
  expect(category).toContain("Coco Gauff"); // sub-category "Bóng đá" is included too
  expect(category).toContain("Đội tuyển Anh nhọc nhằn vượt ải Andorra");
  expect((await request.get("/rss/khong-co.xml")).status()).toBe(404);
});

test("reader pages (served from the page cache) carry a hash-based CSP, the newsroom a nonce-based one; neither allows 'unsafe-inline' scripts", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  const scriptSrcOf = (csp: string) => csp.split(";").map((d) => d.trim()).find((d) => d.startsWith("script-src"))!;
  await page.goto("/chuyen-muc/cong-doan");
  const response = await page.goto("/chuyen-muc/cong-doan");
  const csp = response!.headers()["content-security-policy"];
  expect(scriptSrcOf(csp)).toMatch(/^script-src 'self'( 'sha256-[A-Za-z0-9+/]{43}=')+$/);
  expect(csp).toContain("frame-ancestors 'none'");
  await expect(page.locator('[data-load-more] a[data-hydrated="true"]')).toBeVisible(); // scripts ran under the CSP
  await page.getByRole("link", { name: "Xem thêm" }).click();
  await expect.poll(() => page.locator("#article-list > li").count()).toBeGreaterThan(15);
  expect(violations).toEqual([]);

  const admin = await page.goto("/admin/dang-nhap");
  const adminScripts = scriptSrcOf(admin!.headers()["content-security-policy"]);
  expect(adminScripts).toMatch(/'nonce-[A-Za-z0-9+/=]+'/);
  expect(adminScripts).not.toContain("unsafe-inline");
  expect(await page.locator("script[nonce]").count()).toBeGreaterThan(0);
  await expect(page.getByRole("button", { name: "Đăng nhập" })).toBeVisible();
  expect(violations).toEqual([]);
});
