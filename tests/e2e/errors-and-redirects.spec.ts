import { expect, test } from "@playwright/test";
import { chooseFullSite, OLD_REFERENCE_SLUG, REFERENCE_PATH, WITHDRAWN_SLUG } from "./fixtures";

test.beforeEach(async ({ context, baseURL }) => chooseFullSite(context, baseURL!));

test("unknown pages are a friendly 404 in Vietnamese with search and a link home", async ({ page }) => {
  for (const path of ["/bai-viet/khong-co-bai-nay", "/chuyen-muc/khong-co", "/chu-de/khong-co", "/tac-gia/khong-co", "/trang-khong-ton-tai"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { name: "Không tìm thấy trang" })).toBeVisible();
    await expect(page.getByRole("search")).toBeVisible();
  }
  await page.getByRole("link", { name: "Về trang chủ" }).click();
  await expect(page).toHaveURL(/\/$/);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a page's 404 is complete HTML: the message, search and the way home need no script", async ({ page }) => {
    for (const path of ["/bai-viet/khong-co-bai-nay", "/chuyen-muc/khong-co", "/chu-de/khong-co", "/tac-gia/khong-co", "/trang-khong-ton-tai"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.getByRole("heading", { name: "Không tìm thấy trang" }), path).toBeVisible();
      await expect(page.getByRole("search"), path).toBeVisible();
      await expect(page.getByRole("link", { name: "Về trang chủ" }), path).toBeVisible();
    }
  });
});

test("an old slug redirects with 301 to the current URL", async ({ page, request }) => {
  const response = await request.get(`/bai-viet/${OLD_REFERENCE_SLUG}`, { maxRedirects: 0 });
  expect(response.status()).toBe(301);
  expect(new URL(response.headers().location, "http://x").pathname).toBe(REFERENCE_PATH);
  await page.goto(`/bai-viet/${OLD_REFERENCE_SLUG}`);
  await expect(page).toHaveURL(new RegExp(`${REFERENCE_PATH}$`));
});

test("an unpublished article is gone (410)", async ({ request }) => {
  const response = await request.get(`/bai-viet/${WITHDRAWN_SLUG}`);
  expect(response.status()).toBe(410);
  expect(await response.text()).toContain("Không tìm thấy trang");
});
