import { expect, test } from "@playwright/test";
import { horizontalOverflow, REFERENCE_PATH, REFERENCE_TITLE } from "./fixtures";

// Runs in the phone project only (a phone user agent).

test("a phone asking for a desktop page is sent to the mobile edition, which has no script", async ({ page, request }) => {
  const redirect = await request.get(REFERENCE_PATH, { maxRedirects: 0 });
  expect(redirect.status()).toBe(302);
  expect(redirect.headers().location).toContain(`/m${REFERENCE_PATH}`);
  expect(redirect.headers().vary).toMatch(/User-Agent/);

  await page.goto(REFERENCE_PATH);
  await expect(page).toHaveURL(new RegExp(`/m${REFERENCE_PATH}$`));
  await expect(page.locator("script")).toHaveCount(0);
  expect(await page.locator('link[rel="canonical"]').getAttribute("href")).toMatch(new RegExp(`[^m]${REFERENCE_PATH}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(REFERENCE_TITLE);
  await expect(page.locator('[data-speaker="reporter"]')).toHaveCount(3);
  await expect(page.locator('[data-speaker="guest"]')).toHaveCount(3);
  const captions = await page.locator("figure figcaption").allTextContents();
  expect(captions).toHaveLength(4);
  expect(captions[0]).toContain("Phó Chủ tịch LĐLĐ Thành phố Lê Đình Hùng báo cáo");
  expect(captions[1]).toContain("động viên thí sinh tham dự Hội thi thợ giỏi");
  expect(captions[2]).toBe("Thí sinh tranh tài tại Hội thi thợ giỏi thành phố Hà Nội năm 2023");
  expect(captions[3]).toContain("Cầu Ngọc Hà vượt qua sông Cà Lồ");
  for (const img of await page.locator("main img").all()) {
    await expect(img).toHaveAttribute("loading", /lazy|eager/);
    await expect(img).toHaveAttribute("width", /\d+/);
    await expect(img).toHaveAttribute("height", /\d+/);
  }
  await expect(page.getByRole("heading", { name: "Tin khác" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Xem thêm" })).toHaveAttribute("href", /^\/m\/chuyen-muc\/cong-doan\?truoc=/);
});

test("switching editions both ways is remembered", async ({ page }) => {
  await page.goto(`/m${REFERENCE_PATH}`);
  await page.getByRole("link", { name: "Phiên bản đầy đủ" }).click();
  await expect(page).toHaveURL(new RegExp(`[^m]${REFERENCE_PATH}$`));
  await expect(page.locator("script").first()).toBeAttached(); // the full site
  await page.goto("/");
  await expect(page).toHaveURL(/\/$/); // no redirect any more
  await page.goto(REFERENCE_PATH);
  await expect(page).toHaveURL(new RegExp(`[^m]${REFERENCE_PATH}$`));

  await page.getByRole("link", { name: "Phiên bản di động" }).click();
  await expect(page).toHaveURL(new RegExp(`/m${REFERENCE_PATH}$`));
  await page.goto("/");
  await expect(page).toHaveURL(/\/m$/);
});

test("mobile edition lists: home, category with plain “Xem thêm”, search", async ({ page }) => {
  await page.goto("/m");
  await expect(page.locator("script")).toHaveCount(0);
  await page.getByText("Chuyên mục", { exact: true }).click(); // <details> menu, no JS
  await page.getByRole("navigation", { name: "Chuyên mục" }).getByRole("link", { name: "Công đoàn", exact: true }).click();
  await expect(page).toHaveURL(/\/m\/chuyen-muc\/cong-doan$/);
  const first = await page.locator("#m-list a").allTextContents();
  await page.getByRole("link", { name: "Xem thêm" }).click();
  await expect(page).toHaveURL(/\/m\/chuyen-muc\/cong-doan\?truoc=/);
  const second = await page.locator("#m-list a").allTextContents();
  expect(second.filter((t) => first.includes(t))).toEqual([]);

  await page.goto("/m/tim-kiem?q=cong+doan");
  await expect(page.locator("main mark").first()).toBeVisible();
  expect((await page.goto("/m/bai-viet/khong-co"))?.status()).toBe(404);
});

test("no horizontal overflow at 360 px on every page type, both editions", async ({ page, context, baseURL }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const mobile = ["/m", `/m${REFERENCE_PATH}`, "/m/chuyen-muc/cong-doan", "/m/tim-kiem?q=cong+doan", "/m/khong-tim-thay"];
  for (const path of mobile) {
    await page.goto(path);
    expect(await horizontalOverflow(page), path).toBeLessThanOrEqual(0);
  }
  await context.addCookies([{ name: "edition", value: "full", url: baseURL! }]);
  const full = ["/", REFERENCE_PATH, "/chuyen-muc/cong-doan", "/chu-de/thi-dua", "/tac-gia/pham-diep", "/tim-kiem?q=cong+doan", "/khong-co"];
  for (const path of full) {
    await page.goto(path);
    expect(await horizontalOverflow(page), path).toBeLessThanOrEqual(0);
    const bodySize = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
    expect(bodySize, path).toBeGreaterThanOrEqual(16);
  }
});

test("the mobile edition keeps text and lists off the screen edge at 412 px", async ({ page }) => {
  await page.setViewportSize({ width: 412, height: 915 });
  const inset = async (locator: import("@playwright/test").Locator, what: string) => {
    const box = (await locator.boundingBox())!;
    expect(box.x, `${what}: left`).toBeGreaterThanOrEqual(8);
    expect(412 - (box.x + box.width), `${what}: right`).toBeGreaterThanOrEqual(8);
  };
  await page.goto(`/m${REFERENCE_PATH}`);
  await inset(page.getByRole("heading", { level: 1 }), "title");
  await inset(page.locator(".m-sapo"), "sapo");
  await inset(page.locator(".article-body"), "body");
  await inset(page.locator('[data-speaker="reporter"]').first(), "interview question");
  await inset(page.locator(".article-body figure").first(), "photo");
  await inset(page.locator(".m-list li").first(), "rail list");
  await page.goto("/m");
  await inset(page.locator("#m-list li").first(), "home list");
  await page.goto("/m/chuyen-muc/cong-doan");
  await inset(page.locator("#m-list li").first(), "category list");
});
