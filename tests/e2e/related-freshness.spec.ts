import { expect, test, type Page } from "@playwright/test";
import { chooseFullSite, newArticleAddress, signIn, USERS, writeBody } from "./fixtures";


const LINKED = "Giải việt dã truyền thống Thủ đô khép lại sau ba ngày tranh tài";
const LINKING = "Hà Nội khánh thành trạm quan trắc không khí thứ năm mươi";

async function openEditor(page: Page, url: string) {
  await page.goto(url);
  await expect(page.locator('form[aria-label="Soạn bài"][data-hydrated="true"]')).toBeVisible();
}

/** Writes and publishes a story with no tags; returns its editor URL. */
async function publishStory(page: Page, title: string, category: string, relatedTo?: string): Promise<string> {
  await openEditor(page, "/admin/bai-viet/moi");
  await page.getByLabel("Tiêu đề", { exact: true }).fill(title);
  await page.getByLabel("Sapo").fill(`${title}: bài viết thử cho kiểm tra làm mới bộ nhớ đệm.`);
  await page.getByLabel("Chuyên mục").selectOption({ label: category });
  await writeBody(page, "Nội dung bài viết thử.");
  if (relatedTo) {
    const related = page.locator("section", { has: page.getByRole("heading", { name: "Tin liên quan (dưới bài)" }) });
    await related.getByLabel("Tìm bài liên quan dưới bài").fill(relatedTo);
    await related.getByRole("button", { name: "Tìm", exact: true }).click();
    await related.getByRole("list", { name: "Kết quả tìm bài liên quan" }).getByRole("button", { name: relatedTo }).click();
  }
  await page.getByRole("button", { name: "Lưu bài" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Đã lưu." })).toBeVisible();
  const url = await newArticleAddress(page);
  await openEditor(page, url);
  await page.getByRole("button", { name: "Xuất bản" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Đã xuất bản." })).toBeVisible();
  return url;
}

test("unpublishing a story removes it from the “Tin liên quan” of a story in another category at once", async ({ page, browser, baseURL }) => {
  await signIn(page, USERS.editor);
  const linkedEditor = await publishStory(page, LINKED, "Thể thao");
  await publishStory(page, LINKING, "Thời sự", LINKED); // no shared category or tag

  const context = await browser.newContext();
  await chooseFullSite(context, baseURL!);
  const reader = await context.newPage();
  await reader.goto("/bai-viet/ha-noi-khanh-thanh-tram-quan-trac-khong-khi-thu-nam-muoi");
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(LINKING);
  await expect(reader.locator('[data-rail="tin-lien-quan"]').getByRole("link", { name: LINKED })).toBeVisible(); // now cached

  await openEditor(page, linkedEditor);
  await page.getByRole("button", { name: "Gỡ bài" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Đã gỡ bài khỏi trang báo." })).toBeVisible();

  await expect
    .poll(
      async () => {
        await reader.reload();
        return reader.getByRole("link", { name: LINKED }).count();
      },
      { timeout: 1_000, intervals: [100] },
    )
    .toBe(0);
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(LINKING);
  await context.close();
});
