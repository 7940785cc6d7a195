import { expect, test } from "@playwright/test";
import { bodyEditor, newArticleAddress, openEditor, signIn, USERS, writeBody } from "./fixtures";

// Writing first: a new article saves itself from its first words, Ctrl/Cmd+S saves, what readers
// need is checked only when publishing (every problem listed, each taking the writer to its
// field), and "Lưu và xuất bản" saves and publishes in one click.
test("a new article autosaves from its title, Ctrl+S saves, publishing lists every problem, and 'Lưu và xuất bản' publishes in one click", async ({ page, browser }, info) => {
  test.setTimeout(90_000);
  await signIn(page, USERS.editor);
  await openEditor(page, "/admin/bai-viet/moi");
  // The page the new article started on may stay mounted, hidden, once the article has its own address.
  const saveState = page.locator("[data-save-state]:visible");
  const status = page.locator("[data-article-status]:visible");
  const title = `Viết trước, kiểm sau (${info.project.name})`;

  await page.getByLabel("Tiêu đề", { exact: true }).fill(title);
  await expect(saveState).toHaveText("Chưa lưu");
  await expect(page.getByText(`${title.split(" ").length} từ · ${[...title].length}/100 ký tự`)).toBeVisible();
  // Nothing else typed: the autosave creates the draft.
  await expect(saveState).toHaveText(/^Đã lưu lúc \d{2}:\d{2} · phiên bản 1$/, { timeout: 15_000 });
  await newArticleAddress(page);

  // Ctrl/Cmd+S saves, and the browser's own "Save page" is prevented.
  await page.evaluate(() => window.addEventListener("keydown", (e) => document.body.setAttribute("data-last-key-prevented", String(e.defaultPrevented))));
  await page.getByLabel("Sapo").fill("Ngắn");
  await bodyEditor(page).click();
  await page.keyboard.press("/"); // the insert menu, filtered by what is typed
  await page.keyboard.type("anh");
  await page.keyboard.press("Enter");
  await expect(bodyEditor(page).locator('[data-block-type="image"]')).toHaveCount(1);
  await page.keyboard.press("ControlOrMeta+s");
  await expect(page.locator("body")).toHaveAttribute("data-last-key-prevented", "true");
  await expect(page.getByRole("status").filter({ hasText: "Đã lưu." })).toBeVisible();
  await expect(saveState).toHaveText(/^Đã lưu lúc \d{2}:\d{2} · phiên bản 2$/);

  // Publishing the incomplete article lists every problem; each one focuses its field.
  await page.getByRole("button", { name: "Xuất bản", exact: true }).click();
  await expect(page.getByText("Chưa thể xuất bản: bài còn 4 vấn đề cần sửa.")).toBeVisible();
  const problems = page.getByRole("list", { name: "Các vấn đề cần sửa" }).getByRole("button");
  await expect(problems).toHaveText(["Sapo: cần ít nhất 10 ký tự.", "Chuyên mục: chưa chọn chuyên mục.", "Nội dung: bài chưa có nội dung.", "Khối 1 (Ảnh): chưa chọn ảnh."]);
  await problems.filter({ hasText: "Chuyên mục" }).click();
  await expect(page.getByLabel("Chuyên mục")).toBeFocused();
  await problems.filter({ hasText: "Sapo" }).click();
  await expect(page.getByLabel("Sapo")).toBeFocused();
  await expect(page.getByText("Sapo: cần ít nhất 10 ký tự.").first()).toBeVisible(); // also under the field
  await problems.filter({ hasText: "Khối 1 (Ảnh)" }).click();
  await expect(bodyEditor(page).getByRole("button", { name: "Chọn từ thư viện ảnh" })).toBeFocused();
  await expect(saveState).toHaveText(/phiên bản 2$/); // nothing was published or saved
  await expect(status).toHaveText("Bản nháp");

  // Fix them and publish in one click: the unsaved text is saved and published together.
  const sapo = "Bài viết thử cách soạn bài viết trước, kiểm tra sau khi xuất bản.";
  await page.getByLabel("Sapo").fill(sapo);
  await page.getByLabel("Chuyên mục").selectOption({ label: "Thời sự" });
  await page.getByRole("button", { name: "Xóa khối 1" }).click();
  await writeBody(page, "Nội dung đầu tiên của bài.");
  await page.getByRole("button", { name: "Lưu và xuất bản" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Đã lưu và xuất bản." })).toBeVisible();
  await expect(status).toHaveText("Đã xuất bản");
  await expect(saveState).toHaveText(/^Đã lưu lúc \d{2}:\d{2} · phiên bản 4$/);

  const reader = await (await browser.newContext()).newPage();
  await reader.goto(`/bai-viet/viet-truoc-kiem-sau-${info.project.name}`);
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(reader.getByText(sapo)).toBeVisible();
  await reader.context().close();
});
