import { expect, test } from "@playwright/test";
import sharp from "sharp";
import { addPhotoBlock, bodyEditor, newArticleAddress, openEditor, saveArticle as save, signIn, USERS, writeBody } from "./fixtures";

// Desktop and phone: the library picker (thumbnails, searched by a caption typed only in an
// article, without diacritics) and the revision comparison of a photo caption.
test.describe.configure({ mode: "serial" });

let articleUrl = "";
let photoId = "";

test("a writer picks a photo from the library by searching a caption typed in an article and clicking its thumbnail", async ({ page }, info) => {
  const project = info.project.name; // each project writes its own article and photo
  await signIn(page, USERS.writer);
  await openEditor(page, "/admin/bai-viet/moi");
  await page.getByLabel("Tiêu đề", { exact: true }).fill(`Sương sớm trên hồ Tây, bài thử thư viện ảnh ${project}`);
  await page.getByLabel("Sapo").fill("Bài thử chọn ảnh từ thư viện bằng ô tìm kiếm và ảnh thu nhỏ.");
  await page.getByLabel("Chuyên mục").selectOption({ label: "Công đoàn" });
  await writeBody(page, "Buổi sáng trên hồ Tây.");

  // A photo uploaded into the body; its alt and caption are typed under it, in this article only.
  const jpeg = await sharp({ create: { width: 900, height: 600, channels: 3, background: "#7ab" } }).jpeg().toBuffer();
  const first = await addPhotoBlock(page, { name: `ho-tay-${project}.jpg`, mimeType: "image/jpeg", buffer: jpeg });
  photoId = String(await first.getAttribute("data-media-id"));
  expect(photoId).toMatch(/^\d+$/);
  await first.getByLabel(/^Mô tả ảnh \(alt\) \d+$/).fill(`Mặt hồ Tây phủ sương ${project}`);
  await first.getByLabel(/^Chú thích ảnh \d+$/).fill(`Sương sớm trên hồ Tây ${project}`);
  await save(page);
  articleUrl = await newArticleAddress(page);

  // A second photo block: the library, searched without diacritics, shows that photo's thumbnail,
  // named by the alt its first use gave it.
  await bodyEditor(page).locator(":scope > p").last().click();
  await page.keyboard.press("/");
  await page.keyboard.type("anh");
  await page.keyboard.press("Enter");
  const second = bodyEditor(page).locator('[data-block-type="image"]').nth(1);
  const open = second.getByRole("button", { name: "Chọn từ thư viện ảnh" });
  await open.click();
  await expect(open).toHaveAttribute("aria-expanded", "true");
  const search = second.getByLabel("Tìm ảnh trong thư viện");
  await expect(search).toBeFocused();
  await search.fill(`suong som ho tay ${project}`);
  await expect(second.getByRole("status")).toHaveText("Tìm thấy 1 ảnh.");
  const thumbnail = second.getByRole("button", { name: `Mặt hồ Tây phủ sương ${project}` });
  await expect(thumbnail).toBeVisible();
  const box = (await thumbnail.boundingBox())!;
  expect(box.height).toBeGreaterThanOrEqual(44);
  expect(box.width).toBeGreaterThanOrEqual(44);
  await expect(thumbnail.locator("img")).toHaveJSProperty("complete", true);
  expect(await thumbnail.locator("img").evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  await thumbnail.click();
  await expect(second).toHaveAttribute("data-media-id", photoId);
  await expect(second.getByRole("img", { name: `Mặt hồ Tây phủ sương ${project}` })).toBeVisible();
  await expect(second.getByLabel(/^Mô tả ảnh \(alt\) \d+$/)).toHaveValue(`Mặt hồ Tây phủ sương ${project}`); // prefilled from the library
  await expect(second.getByRole("button", { name: "Đổi ảnh" })).toBeFocused(); // focus stays in the block
  await expect(second.getByLabel("Tìm ảnh trong thư viện")).toHaveCount(0);
  await second.getByLabel(/^Chú thích ảnh \d+$/).fill("Hồ Tây nhìn từ đường Thanh Niên");
  await save(page);

  // The library page finds it the same way and shows where it is used.
  await page.goto(`/admin/anh?q=${encodeURIComponent(`suong som ho tay ${project}`)}`);
  const item = page.locator(`li[data-media-id="${photoId}"]`);
  await expect(page.locator("li[data-media-id]")).toHaveCount(1);
  await expect(item).toContainText("Dùng trong 2 vị trí:");
  await expect(item.getByRole("link", { name: `Sương sớm trên hồ Tây, bài thử thư viện ảnh ${project}` })).toHaveCount(2);
});

test("comparing two revisions where only a photo caption changed shows that caption's change", async ({ page }, info) => {
  const project = info.project.name;
  await signIn(page, USERS.writer);
  await page.goto(`${articleUrl}/phien-ban`);
  const before = await page.getByLabel("Phiên bản mới").inputValue();
  await openEditor(page, articleUrl);
  await bodyEditor(page).locator('[data-block-type="image"]').first().getByLabel(/^Chú thích ảnh \d+$/).fill(`Sương sớm trên hồ Tây ${project} mùa thu`);
  await save(page);

  await page.goto(`${articleUrl}/phien-ban?a=${before}`);
  await expect(page.getByText("Không có trường nào thay đổi.")).toBeVisible();
  const changes = page.getByRole("list", { name: "Thay đổi trong nội dung" }).getByRole("listitem");
  await expect(changes).toHaveCount(1);
  await expect(changes.getByRole("heading")).toHaveText("Khối 2 · Ảnh · Chú thích");
  await expect(changes.locator("ins")).toHaveText(["[thêm: mùa thu]"]);
  await expect(changes.locator("del")).toHaveCount(0);
  await expect(changes.locator("p")).toHaveText(`Sương sớm trên hồ Tây ${project} [thêm: mùa thu]`);
  await expect(changes.locator("ins")).toBeVisible();
});
