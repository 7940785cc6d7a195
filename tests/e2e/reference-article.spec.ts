import { expect, test } from "@playwright/test";
import { horizontalOverflow, REFERENCE_SLUG as SLUG, REFERENCE_TITLE as TITLE } from "./fixtures";

// On the phone project these run against the mobile edition (phones are redirected to /m):
// the same content must be there.

test("home page leads with the reference interview and opens it", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "vi");
  const lead = page.getByRole("link", { name: TITLE }).first();
  await expect(lead).toBeVisible();
  await lead.click();
  await expect(page).toHaveURL(new RegExp(`/bai-viet/${SLUG}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(TITLE);
});

test("reference article shows sapo, every interview turn, the four captions and the byline", async ({ page }) => {
  const response = await page.goto(`/bai-viet/${SLUG}`);
  expect(response?.status()).toBe(200);
  await expect(page).toHaveTitle(new RegExp("Đợt thi đua cao điểm"));
  await expect(page.locator(".article-sapo")).toContainText("Nhờ sự quyết liệt, sâu sát trong chỉ đạo");

  const questions = page.locator('[data-speaker="reporter"]');
  const answers = page.locator('[data-speaker="guest"]');
  await expect(questions).toHaveCount(3);
  await expect(answers).toHaveCount(3);
  await expect(questions.first()).toContainText("Phóng viên: Thưa Phó Chủ tịch, xin đồng chí cho biết");
  await expect(answers.nth(2)).toContainText("Đồng chí Lê Đình Hùng: Thời gian qua");
  // The question is bold (inside <strong>), the guest's label too.
  await expect(questions.first().locator("strong")).toHaveCount(1);

  const captions = page.locator("article figure figcaption");
  await expect(captions).toHaveCount(4);
  await expect(captions.nth(2)).toHaveText("Thí sinh tranh tài tại Hội thi thợ giỏi thành phố Hà Nội năm 2023");
  await expect(captions.nth(3)).toContainText("Cầu Ngọc Hà vượt qua sông Cà Lồ");
  // Every photo has alt text and loads.
  const images = page.locator("article figure img");
  await expect(images).toHaveCount(4);
  for (const img of await images.all()) {
    await expect(img).toHaveAttribute("alt", TITLE);
    await img.scrollIntoViewIfNeeded();
    await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0)).toBe(true);
  }

  const related = page.getByRole("complementary", { name: "Tin liên quan" });
  await expect(related.getByRole("link")).toHaveCount(3);
  await expect(related.getByRole("link").first()).toHaveText(
    "Công đoàn Thủ đô phát động đợt thi đua cao điểm chào mừng Đại hội Công đoàn các cấp",
  );
  await expect(page.locator(".article-byline")).toHaveText("Phạm Diệp (Thực hiện)");

  // No horizontal scrolling at this viewport.
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
});

test("a related link opens that story", async ({ page }) => {
  await page.goto(`/bai-viet/${SLUG}`);
  await page.getByRole("complementary", { name: "Tin liên quan" }).getByRole("link").nth(2).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dấu ấn đợt thi đua cao điểm");
});
