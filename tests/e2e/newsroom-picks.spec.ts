import { expect, test } from "@playwright/test";
import { chooseFullSite, REFERENCE_PATH, REFERENCE_TITLE, signIn, USERS } from "./fixtures";

// The picks page: an editor finds a story by title for the home lead, builds the "Nên xem"
// list from the newest stories, orders it with the keyboard, saves, and sees both as
// readers will (the preview) — and readers get that order in the article page's rail.
test("an editor searches, orders with the keyboard, saves and previews the picks", async ({ page, browser, baseURL }) => {
  await signIn(page, USERS.editor);
  await page.goto("/admin/lua-chon");
  await page.waitForLoadState("networkidle");
  const lead = page.getByRole("region", { name: "Bài đinh trang chủ" });
  const dropFirst = (region: typeof lead) => region.getByRole("button", { name: /^Bỏ “/ }).first().click();
  // Start from empty slots (an earlier run may have saved picks).
  while ((await lead.getByRole("button", { name: /^Bỏ “/ }).count()) > 0) await dropFirst(lead);
  await lead.getByLabel("Tìm bài đã xuất bản theo tiêu đề").fill("dot thi dua cao diem");
  await lead.getByRole("button", { name: "Tìm", exact: true }).click();
  await expect(lead.getByRole("list", { name: "Kết quả tìm kiếm" }).getByRole("listitem").first()).toContainText(REFERENCE_TITLE);
  await lead.getByRole("button", { name: `Chọn “${REFERENCE_TITLE}”` }).click();
  await expect(lead.getByRole("list", { name: "Bài đã chọn, theo thứ tự hiển thị" }).getByRole("listitem").locator("span.flex-1")).toHaveText([REFERENCE_TITLE]);
  await lead.getByRole("button", { name: "Lưu bài đinh" }).click();
  await expect(lead.getByRole("status")).toHaveText("Đã cập nhật lựa chọn của biên tập.");
  await expect(page.locator('[data-preview="home-lead"] h2')).toHaveText(REFERENCE_TITLE);

  const mustSee = page.getByRole("region", { name: /^“Nên xem”/ });
  // Start from an empty list, then add the two newest stories other than the reference one.
  while ((await mustSee.getByRole("button", { name: /^Bỏ “/ }).count()) > 0) await dropFirst(mustSee);
  await expect(mustSee.getByText("Chưa chọn bài nào.")).toBeVisible();
  const candidates = mustSee.getByRole("list", { name: "Bài mới xuất bản" }).getByRole("listitem");
  const titles = (await candidates.locator("span").allTextContents()).filter((t) => t !== REFERENCE_TITLE).slice(0, 2);
  expect(titles).toHaveLength(2);
  const [first, second] = titles;
  await mustSee.getByRole("button", { name: `Thêm “${first}”` }).click();
  await mustSee.getByRole("button", { name: `Thêm “${second}”` }).click();
  const chosen = mustSee.getByRole("list", { name: "Bài đã chọn, theo thứ tự hiển thị" }).getByRole("listitem");
  await expect(chosen.locator("span.flex-1")).toHaveText([first, second]);
  // Keyboard only: focus "move up" of the second, press Enter; focus stays with the moved story.
  await mustSee.getByRole("button", { name: `Chuyển “${second}” lên` }).focus();
  await page.keyboard.press("Enter");
  await expect(chosen.locator("span.flex-1")).toHaveText([second, first]);
  await expect(mustSee.getByRole("button", { name: `Chuyển “${second}” xuống` })).toBeFocused();
  await mustSee.getByRole("button", { name: "Lưu “Nên xem”" }).click();
  await expect(mustSee.getByRole("status")).toHaveText("Đã cập nhật lựa chọn của biên tập.");
  await expect(page.locator('[data-preview="must-see"] [data-rail="preview-nen-xem"] li h3')).toHaveText([second, first]);

  // After a reload the page starts from what was saved.
  await page.reload();
  await expect(page.getByRole("region", { name: /^“Nên xem”/ }).getByRole("list", { name: "Bài đã chọn, theo thứ tự hiển thị" }).getByRole("listitem").locator("span.flex-1")).toHaveText([second, first]);
  // Readers: the reference article's "Nên xem" rail opens with the two picks, in that order.
  const reader = await browser.newContext();
  await chooseFullSite(reader, baseURL!); // phones too: the rail is the full site's
  const readerPage = await reader.newPage();
  await readerPage.goto(REFERENCE_PATH);
  await expect(readerPage.locator('[data-rail="nen-xem"] li').nth(0)).toContainText(second);
  await expect(readerPage.locator('[data-rail="nen-xem"] li').nth(1)).toContainText(first);
  await reader.close();
});
