import { expect, test } from "@playwright/test";
import { chooseFullSite, horizontalOverflow, REFERENCE_PATH } from "./fixtures";

test.beforeEach(async ({ context, baseURL }) => chooseFullSite(context, baseURL!));

test("home → category → article → rail → tag → search “cong doan” → result", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Đọc nhiều" })).toBeVisible();
  await expect(page.locator("[data-home-section]")).toHaveCount(8);

  await page.getByRole("navigation", { name: "Chuyên mục" }).getByRole("link", { name: "Công đoàn" }).click();
  await expect(page).toHaveURL(/\/chuyen-muc\/cong-doan$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Công đoàn");

  const firstStory = page.locator("#article-list h2 a").first();
  const storyTitle = (await firstStory.textContent())!.trim();
  await firstStory.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(storyTitle);
  await expect(page.locator("time").first()).toHaveText(/^(Thứ (Hai|Ba|Tư|Năm|Sáu|Bảy)|Chủ Nhật), \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);

  // Rails: present, never the article itself, no story twice.
  const railLinks = page.locator("[data-rail] h3 a, [data-rail] li > a");
  const hrefs = await railLinks.evaluateAll((links) => links.map((a) => a.getAttribute("href")));
  expect(hrefs.length).toBeGreaterThan(5);
  expect(new Set(hrefs).size).toBe(hrefs.length);
  expect(hrefs).not.toContain(new URL(page.url()).pathname);

  const railStory = page.locator('[data-rail="co-the-ban-quan-tam"] a').first();
  const railTitle = (await railStory.textContent())!.trim();
  await railStory.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(railTitle);

  const tag = page.getByRole("list", { name: "Chủ đề" }).getByRole("link").first();
  const tagName = (await tag.textContent())!.replace("#", "").trim();
  await tag.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Chủ đề: ${tagName}`);
  await expect(page.locator("#article-list > li").first()).toBeVisible();

  await page.goto("/tim-kiem");
  await page.getByLabel("Từ khóa tìm kiếm").fill("cong doan");
  await page.getByRole("button", { name: "Tìm kiếm" }).click();
  await expect(page).toHaveURL(/\/tim-kiem\?q=cong\+doan/);
  await expect(page.getByRole("status")).toContainText("cong doan");
  const marks = page.locator("#search-results mark");
  await expect(marks.first()).toBeVisible();
  expect((await marks.allTextContents()).some((t) => /^công$/i.test(t))).toBe(true);
  const result = page.locator("#search-results h2 a").first();
  const resultTitle = (await result.textContent())!.trim();
  expect(resultTitle.toLowerCase()).toContain("công đoàn");
  await result.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(resultTitle);
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
});

test("search ignores diacritics and case, and survives odd input", async ({ page }) => {
  await page.goto("/tim-kiem?q=DANG");
  // every way "dang" is written with diacritics is a match (đăng, đang, Đảng…), the newest first
  const marks = page.locator("#search-results mark");
  await expect(marks.first()).toHaveText(/^[Đđ][aàảãáạăằẳẵắặâầẩẫấậ]ng$/);
  await expect(marks.filter({ hasText: /^Đảng$/ }).first()).toBeVisible();
  await page.goto("/tim-kiem?q=" + encodeURIComponent("da nang"));
  await expect(page.locator("#search-results h2").first()).toContainText("Đà Nẵng");
  for (const odd of ["'; DROP TABLE articles; --", "%%%", "&|!:*()", "x".repeat(500)]) {
    const response = await page.goto("/tim-kiem?q=" + encodeURIComponent(odd));
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tìm kiếm");
  }
  await page.goto("/tim-kiem?q=zzzzqqq");
  await expect(page.getByRole("status")).toContainText("Không tìm thấy bài viết nào");
  await page.goto("/tim-kiem");
  await expect(page.getByText("Nhập từ khóa để tìm bài viết")).toBeVisible();
});

test("every reader page has a labelled search box in its header, and it finds stories", async ({ page }) => {
  for (const path of ["/", REFERENCE_PATH, "/chuyen-muc/cong-doan", "/tim-kiem"]) {
    await page.goto(path);
    const search = page.getByRole("banner").getByRole("search", { name: "Tìm kiếm trên báo" });
    await expect(search, path).toBeVisible();
    await expect(search.getByRole("searchbox", { name: "Tìm bài viết" }), path).toBeVisible();
  }
  await page.goto(REFERENCE_PATH);
  const search = page.getByRole("banner").getByRole("search", { name: "Tìm kiếm trên báo" });
  await search.getByLabel("Tìm bài viết").fill("cong doan");
  await search.getByRole("button", { name: "Tìm", exact: true }).click();
  await expect(page).toHaveURL(/\/tim-kiem\?q=cong\+doan$/);
  await expect(page.getByRole("status")).toContainText("cong doan");
  await expect(page.locator("#search-results h2 a").first()).toContainText(/công đoàn/i);
});

test("the article page has a right column with “Đọc nhiều” and “Nên xem” beside the body; phones get it below", async ({ page }, testInfo) => {
  await page.goto(REFERENCE_PATH);
  const column = page.getByRole("complementary", { name: "Đọc nhiều và Nên xem" });
  await expect(column.getByRole("heading", { name: "Đọc nhiều" })).toBeVisible();
  await expect(column.getByRole("heading", { name: "Nên xem" })).toBeVisible();
  await expect(column.locator('[data-rail="doc-nhieu"] ol > li')).toHaveCount(5);
  await expect(column.locator('[data-rail="nen-xem"] li')).toHaveCount(6);
  await expect(page.getByRole("heading", { name: "Nên xem" })).toHaveCount(1); // not repeated under the article
  const body = (await page.locator(".article-body").boundingBox())!;
  const rail = (await column.boundingBox())!;
  if (testInfo.project.name === "desktop") {
    expect(page.viewportSize()!.width).toBe(1366);
    expect(rail.x).toBeGreaterThanOrEqual(body.x + body.width); // to the right of the body…
    expect(rail.y).toBeLessThan(body.y + body.height / 2); // …beside it, not under it
    expect(rail.x + rail.width).toBeLessThanOrEqual(1366);
    expect(body.width).toBeGreaterThanOrEqual(640); // the body keeps a readable measure
  } else {
    expect(rail.y).toBeGreaterThan(body.y + body.height); // stacked below on a phone
    expect(rail.width).toBeGreaterThanOrEqual(body.width - 1);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  }
});
