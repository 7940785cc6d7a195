import { expect, test, type Page } from "@playwright/test";
import sharp from "sharp";
import { addPhotoBlock, bodyEditor, newArticleAddress, pasteText, signIn, USERS, writeBody } from "./fixtures";

// Desktop project only: the whole newsroom round trip, writer → editor → reader.
test.describe.configure({ mode: "serial" });

const TITLE = "Công đoàn ngành Giao thông chăm lo Tết cho người lao động";
const TRANSCRIPT = `Phóng viên: Năm nay Công đoàn ngành chuẩn bị những gì cho Tết?
- Ông Trần Văn Bình: Chúng tôi dành 5 tỷ đồng hỗ trợ đoàn viên khó khăn.
Phóng viên: Việc trao quà được tổ chức thế nào?
- Ông Trần Văn Bình: Trao tận tay tại từng công trường, không để ai bị bỏ sót.
Phóng viên: Xin cảm ơn ông về cuộc trao đổi này?
- Ông Trần Văn Bình: Cảm ơn phóng viên và bạn đọc.`;

async function photo(color: string) {
  return sharp({ create: { width: 1200, height: 800, channels: 3, background: color } }).jpeg().toBuffer();
}

async function addPhoto(page: Page, index: number, color: string, alt: string, caption: string) {
  const block = await addPhotoBlock(page, { name: `anh-${index}.jpg`, mimeType: "image/jpeg", buffer: await photo(color) });
  await block.getByLabel(/^Mô tả ảnh \(alt\) \d+$/).fill(alt);
  await block.getByLabel(/^Chú thích ảnh \d+$/).fill(caption);
}

let articleUrl = "";

/** Opens the editor and waits until React has taken over the form (typing earlier can be lost). */
async function openEditor(page: Page, url: string) {
  await page.goto(url);
  await expect(page.locator('form[aria-label="Soạn bài"][data-hydrated="true"]')).toBeVisible();
}

test("a writer writes an interview with three Q/A turns and two captioned photos, and submits it", async ({ page }) => {
  test.setTimeout(120_000); // two photos resized by sharp on a busy 2-core machine
  await signIn(page, USERS.writer);
  await openEditor(page, "/admin/bai-viet/moi");
  // An empty draft saves (writing first); "Gửi duyệt" lists everything readers would miss.
  await page.getByRole("button", { name: "Lưu bài" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Đã lưu." })).toBeVisible();
  await page.getByRole("button", { name: "Gửi duyệt" }).click();
  const problems = page.getByRole("list", { name: "Các vấn đề cần sửa" }).getByRole("button");
  await expect(problems).toHaveText(["Tiêu đề: chưa có tiêu đề.", "Sapo: chưa có sapo.", "Chuyên mục: chưa chọn chuyên mục.", "Nội dung: bài chưa có nội dung."]);
  await expect(page.getByText("Chưa thể gửi duyệt: bài còn 4 vấn đề cần sửa.")).toBeVisible();

  await page.getByLabel("Tiêu đề", { exact: true }).fill(TITLE);
  await expect(page.getByLabel("Đường dẫn (slug)")).toHaveValue("cong-doan-nganh-giao-thong-cham-lo-tet-cho-nguoi-lao-dong");
  await page.getByLabel("Sapo").fill("Công đoàn ngành Giao thông vận tải Hà Nội dành nhiều nguồn lực chăm lo Tết cho đoàn viên, người lao động.");
  await page.getByLabel("Chuyên mục").selectOption({ label: "Công đoàn" });
  await page.getByLabel("Loại bài").selectOption("INTERVIEW");
  await page.getByLabel("Chủ đề (cách nhau bằng dấu phẩy)").fill("Tết Sum vầy, Giao thông");
  // Typed as a document: Ctrl+B for bold, Ctrl+K for a link on the selected words.
  await bodyEditor(page).click();
  await page.keyboard.type("Nhân dịp ");
  await page.keyboard.press("ControlOrMeta+b");
  await page.keyboard.type("Tết Nguyên đán");
  await page.keyboard.press("ControlOrMeta+b");
  await page.keyboard.type(", phóng viên đã trao đổi với Công đoàn ngành");
  await expect(bodyEditor(page)).toContainText("trao đổi với Công đoàn ngành"); // all typed text applied
  for (let i = 0; i < "Công đoàn ngành".length; i++) await page.keyboard.press("Shift+ArrowLeft");
  await expect.poll(() => page.evaluate(() => getSelection()?.toString())).toBe("Công đoàn ngành");
  await page.keyboard.press("ControlOrMeta+k");
  await page.getByLabel("Địa chỉ liên kết").fill("javascript:alert(1)");
  await page.keyboard.press("Enter");
  await expect(page.getByText("Liên kết phải bắt đầu bằng http://, https:// hoặc một dấu / (trang trong báo).")).toBeVisible();
  await page.getByLabel("Địa chỉ liên kết").fill("https://example.org/cong-doan");
  await page.keyboard.press("Enter");
  await expect(page.getByLabel("Địa chỉ liên kết")).toHaveCount(0);
  await expect(bodyEditor(page)).toBeFocused(); // back in the text, the words still selected
  await page.keyboard.press("End");
  await page.keyboard.type(".");
  // The transcript pasted into the body becomes six turns, labelled as written.
  await pasteText(page, TRANSCRIPT);
  const turns = bodyEditor(page).locator('[data-block-type="interview-turn"]');
  await expect(turns).toHaveCount(6);
  await expect(turns.nth(1).getByLabel(/^Nhãn \d+$/)).toHaveValue("Ông Trần Văn Bình");
  await addPhoto(page, 0, "#2a6", "Ông Trần Văn Bình trao quà", "Ông Trần Văn Bình trao quà Tết cho công nhân");
  await addPhoto(page, 1, "#a62", "Công nhân trên công trường", "Công nhân làm việc trên công trường Vành đai 4");
  await page.getByRole("button", { name: "Lưu bài" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Đã lưu." })).toBeVisible();
  articleUrl = await newArticleAddress(page);
  await expect(page.getByRole("button", { name: "Xuất bản" })).toHaveCount(0); // writers cannot publish
  await page.getByRole("button", { name: "Gửi duyệt" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Đã gửi bài chờ duyệt." })).toBeVisible();
  // One editor all along: the saves refreshed the new-article page in place.
  await expect(page.locator('form[aria-label="Soạn bài"]')).toHaveCount(1);
  await expect(page.locator("[data-article-status]")).toHaveText("Chờ duyệt");
});

test("an editor reviews and publishes; an anonymous reader sees it everywhere", async ({ page, browser }) => {
  await signIn(page, USERS.editor);
  await page.goto("/admin/bai-viet?trang_thai=IN_REVIEW");
  await page.getByRole("link", { name: TITLE }).click();
  await expect(page).toHaveURL(new RegExp(`${articleUrl}$`));
  await expect(page.locator('form[aria-label="Soạn bài"][data-hydrated="true"]')).toBeVisible();
  await page.getByRole("button", { name: "Xuất bản" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Đã xuất bản." })).toBeVisible();

  const reader = await (await browser.newContext()).newPage();
  await reader.goto("/");
  await expect(reader.getByRole("link", { name: TITLE }).first()).toBeVisible();
  await reader.goto("/chuyen-muc/cong-doan");
  await reader.getByRole("link", { name: TITLE }).first().click();
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(TITLE);
  await expect(reader.locator('[data-speaker="reporter"]')).toHaveCount(3);
  await expect(reader.locator('[data-speaker="guest"]')).toHaveCount(3);
  await expect(reader.locator('[data-speaker="guest"]').first()).toContainText("Ông Trần Văn Bình: Chúng tôi dành 5 tỷ đồng");
  await expect(reader.locator("article figure figcaption")).toHaveText([
    "Ông Trần Văn Bình trao quà Tết cho công nhân",
    "Công nhân làm việc trên công trường Vành đai 4",
  ]);
  await expect(reader.locator("article figure img").first()).toHaveAttribute("alt", "Ông Trần Văn Bình trao quà");
  await expect(reader.locator(".article-body p strong").first()).toHaveText("Tết Nguyên đán");
  await expect(reader.locator(".article-body p a").first()).toHaveAttribute("rel", "noopener nofollow");
  await reader.goto("/tim-kiem?q=" + encodeURIComponent("cong doan nganh giao thong"));
  await expect(reader.locator("#search-results h2").first()).toHaveText(TITLE);
  await reader.context().close();
});

test("the editor changes a caption and the reader sees the new caption", async ({ page, browser }) => {
  await signIn(page, USERS.editor);
  await openEditor(page, articleUrl);
  await bodyEditor(page).locator('[data-block-type="image"]').first().getByLabel(/^Chú thích ảnh \d+$/).fill("Chú thích mới: trao quà tại công trường Vành đai 4");
  await page.getByRole("button", { name: "Lưu bài" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Đã lưu." })).toBeVisible();
  const reader = await (await browser.newContext()).newPage();
  await reader.goto("/bai-viet/cong-doan-nganh-giao-thong-cham-lo-tet-cho-nguoi-lao-dong");
  await expect(reader.locator("article figure figcaption").first()).toHaveText("Chú thích mới: trao quà tại công trường Vành đai 4");
  await reader.context().close();
});

test("a conflicting save is refused with a clear message and nothing typed is lost", async ({ page, browser }) => {
  await signIn(page, USERS.editor);
  const other = await (await browser.newContext()).newPage();
  await signIn(other, USERS.admin);
  await openEditor(page, articleUrl);
  await openEditor(other, articleUrl);
  await other.getByLabel("Sapo").fill("Bản sapo do quản trị viên sửa và lưu trước.");
  await other.getByRole("button", { name: "Lưu bài" }).click();
  await expect(other.getByRole("status").filter({ hasText: "Đã lưu." })).toBeVisible();
  await page.getByLabel("Sapo").fill("Bản sapo của biên tập viên, lưu sau.");
  await page.getByRole("button", { name: "Lưu bài" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "vừa được người khác lưu" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Xem bản mới nhất" })).toBeVisible();
  await expect(page.getByLabel("Sapo")).toHaveValue("Bản sapo của biên tập viên, lưu sau.");
  await other.context().close();
});

test("scheduling an article makes it appear without anyone acting", async ({ page, browser }) => {
  test.setTimeout(120_000);
  await signIn(page, USERS.editor);
  await openEditor(page, "/admin/bai-viet/moi");
  const title = "Bài hẹn giờ tự lên trang trong vài giây";
  await page.getByLabel("Tiêu đề", { exact: true }).fill(title);
  await page.getByLabel("Sapo").fill("Bài này được hẹn giờ và tự xuất bản mà không ai phải bấm nút.");
  await page.getByLabel("Chuyên mục").selectOption({ label: "Thời sự" });
  await writeBody(page, "Nội dung bài hẹn giờ.");
  await page.getByRole("button", { name: "Lưu bài" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Đã lưu." })).toBeVisible();
  const at = new Date(Date.now() + 8_000 + 7 * 3_600_000).toISOString().slice(0, 19); // Hanoi wall clock
  await page.getByLabel("Hẹn giờ xuất bản (giờ Hà Nội)").fill(at);
  await page.getByRole("button", { name: "Hẹn giờ" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Đã hẹn giờ xuất bản." })).toBeVisible();
  const reader = await (await browser.newContext()).newPage();
  const response = await reader.goto("/bai-viet/bai-hen-gio-tu-len-trang-trong-vai-giay");
  expect(response?.status()).toBe(404);
  await expect
    .poll(async () => (await reader.goto("/bai-viet/bai-hen-gio-tu-len-trang-trong-vai-giay"))?.status(), { timeout: 60_000, intervals: [2_000] })
    .toBe(200);
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(title);
  await reader.goto("/chuyen-muc/thoi-su");
  await expect(reader.getByRole("link", { name: title }).first()).toBeVisible();
  await reader.context().close();
});

test("editors choose the home page lead story and the “Nên xem” rail", async ({ page, browser }) => {
  await signIn(page, USERS.editor);
  await page.goto("/admin/lua-chon");
  const lead = page.locator("section", { has: page.getByRole("heading", { name: "Bài đinh trang chủ" }) });
  await lead.getByLabel("Tìm bài đã xuất bản theo tiêu đề").fill(TITLE);
  await lead.getByRole("button", { name: "Tìm", exact: true }).click();
  await lead.getByRole("button", { name: `Chọn “${TITLE}”` }).click();
  await lead.getByRole("button", { name: "Lưu bài đinh" }).click();
  await expect(lead.getByRole("status")).toHaveText("Đã cập nhật lựa chọn của biên tập.");
  const reader = await (await browser.newContext()).newPage();
  await reader.goto("/");
  await expect(reader.locator("main article h2 a").first()).toHaveText(TITLE);
  await reader.context().close();
  await page.goto("/admin/anh");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thư viện ảnh");
  await expect(page.locator("[data-media-id]").first()).toBeVisible();
});
