import { expect, test } from "@playwright/test";
import { chooseFullSite, REFERENCE_PATH } from "./fixtures";

test.beforeEach(async ({ context, baseURL }) => chooseFullSite(context, baseURL!));

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("“Xem thêm” is a link to the next page of the list", async ({ page }) => {
    await page.goto("/chuyen-muc/cong-doan");
    const firstPage = await page.locator("#article-list h2 a").allTextContents();
    expect(firstPage).toHaveLength(15);
    await page.getByRole("link", { name: "Xem thêm" }).click();
    await expect(page).toHaveURL(/\/chuyen-muc\/cong-doan\?truoc=[0-9a-z]+\.[0-9a-z]+$/);
    const secondPage = await page.locator("#article-list h2 a").allTextContents();
    expect(secondPage.length).toBeGreaterThan(0);
    expect(secondPage.filter((t) => firstPage.includes(t))).toEqual([]);
  });

  test("“Tin khác” under an article continues in its category", async ({ page }) => {
    await page.goto(REFERENCE_PATH);
    const more = page.locator('[data-rail="tin-khac"]').getByRole("link", { name: "Xem thêm" });
    await expect(more).toHaveAttribute("href", /^\/chuyen-muc\/cong-doan\?truoc=/);
    await more.click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Công đoàn");
  });
});

test("with JavaScript, “Xem thêm” loads more in place", async ({ page }) => {
  await page.goto("/chuyen-muc/cong-doan");
  const items = page.locator("#article-list > li");
  await expect(items).toHaveCount(15);
  const url = page.url();
  await expect(page.locator('[data-load-more] a[data-hydrated="true"]')).toBeVisible();
  await page.getByRole("link", { name: "Xem thêm" }).click();
  await expect.poll(() => items.count()).toBeGreaterThan(15);
  expect(page.url()).toBe(url);
  const titles = await page.locator("#article-list h2 a").allTextContents();
  expect(new Set(titles).size).toBe(titles.length);
});

test("with JavaScript, “Tin khác” grows in place under the article", async ({ page }) => {
  await page.goto(REFERENCE_PATH);
  const rail = page.locator("#tin-khac-list > li");
  const before = await rail.count();
  expect(before).toBeGreaterThan(0);
  await expect(page.locator('[data-rail="tin-khac"] a[data-hydrated="true"]')).toBeVisible();
  await page.locator('[data-rail="tin-khac"]').getByRole("link", { name: "Xem thêm" }).click();
  await expect.poll(() => rail.count()).toBeGreaterThan(before);
  expect(new URL(page.url()).pathname).toBe(REFERENCE_PATH);
});

test("a malformed or exhausted cursor is a 404", async ({ page }) => {
  expect((await page.goto("/chuyen-muc/cong-doan?truoc=%3Cscript%3E"))?.status()).toBe(404);
  expect((await page.goto("/chuyen-muc/cong-doan?truoc=1.1"))?.status()).toBe(404);
});
