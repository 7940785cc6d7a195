import { expect, test, type Page } from "@playwright/test";
import { newArticleAddress, signIn, USERS, writeBody } from "./fixtures";

// Saves over a slow network: every answer to a save arrives seconds late, as on a newsroom's
// congested Wi-Fi. Nothing typed may be lost or shown as saved before the server has it.
test.describe.configure({ mode: "serial" });

const SAVE_DELAY_MS = 3_000;

async function openEditor(page: Page, url: string) {
  await page.goto(url);
  await expect(page.locator('form[aria-label="Soạn bài"][data-hydrated="true"]')).toBeVisible();
}

/** Creates a draft through the editor, which stays open, and returns the draft's own editor address. */
async function newDraft(page: Page, title: string): Promise<string> {
  await openEditor(page, "/admin/bai-viet/moi");
  await page.getByLabel("Tiêu đề", { exact: true }).fill(title);
  await page.getByLabel("Sapo").fill("Sapo ban đầu của bài thử lưu khi mạng chậm.");
  await page.getByLabel("Chuyên mục").selectOption({ label: "Thời sự" });
  await writeBody(page, "Đoạn mở đầu.");
  await page.getByRole("button", { name: "Lưu bài" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Đã lưu." })).toBeVisible();
  return newArticleAddress(page);
}

/** From now on the server's answer to every save (a server-action POST) comes late. */
async function slowSaves(page: Page, path: string) {
  await page.route(
    (url) => url.pathname === path,
    async (route) => {
      if (route.request().method() !== "POST") return route.continue();
      const response = await route.fetch();
      await new Promise((r) => setTimeout(r, SAVE_DELAY_MS));
      await route.fulfill({ response });
    },
  );
}

test("'Lưu bài' clicked while an autosave is in flight is queued, and the text typed meanwhile reaches the server", async ({ page }, info) => {
  test.setTimeout(90_000);
  await signIn(page, USERS.editor);
  const path = await newDraft(page, `Bài lưu khi mạng chậm (${info.project.name})`);
  const posts = new URL(page.url()).pathname; // where this editor's saves are posted
  await slowSaves(page, posts);
  const sapo = page.getByLabel("Sapo");
  const autosaveSent = page.waitForRequest((r) => r.method() === "POST" && new URL(r.url()).pathname === posts, { timeout: 15_000 });
  await sapo.fill("Phần một, gõ xong thì được tự động lưu.");
  await autosaveSent; // the autosave is now on its way; its answer is 3 s away
  const full = "Phần một, gõ xong thì được tự động lưu. Phần hai, gõ khi bản tự động lưu còn đang gửi.";
  await sapo.fill(full);
  await page.getByRole("button", { name: "Lưu bài" }).click();
  // Version 1 was the first save, 2 the autosave, 3 the queued manual save with the full text.
  await expect(page.locator("[data-save-state]")).toHaveText(/^Đã lưu lúc \d{2}:\d{2} · phiên bản 3$/, { timeout: 20_000 });
  await expect(page.getByRole("status").filter({ hasText: "Đã lưu." })).toBeVisible();
  await page.unrouteAll({ behavior: "wait" });
  await openEditor(page, path);
  await expect(sapo).toHaveValue(full);
});

test("text typed while a save is in flight stays unsaved after that save returns, and leaving warns", async ({ page }, info) => {
  test.setTimeout(90_000);
  await signIn(page, USERS.editor);
  await newDraft(page, `Bài gõ tiếp khi đang lưu (${info.project.name})`);
  const posts = new URL(page.url()).pathname;
  await slowSaves(page, posts);
  const sapo = page.getByLabel("Sapo");
  await sapo.fill("Bản gửi đi lúc bấm Lưu bài.");
  const saveSent = page.waitForRequest((r) => r.method() === "POST" && new URL(r.url()).pathname === posts);
  await page.getByRole("button", { name: "Lưu bài" }).click();
  await saveSent;
  await sapo.fill("Bản gửi đi lúc bấm Lưu bài. Câu gõ thêm khi bản kia đang gửi.");
  await expect(page.getByRole("button", { name: "Đang lưu…" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Lưu bài" })).toBeVisible({ timeout: 20_000 }); // version 2 acknowledged
  // The server has only the first sentence: the editor must not claim otherwise.
  await expect(page.locator("[data-save-state]")).toHaveText("Chưa lưu");
  const dialog = page.waitForEvent("dialog");
  await page.close({ runBeforeUnload: true });
  const warning = await dialog;
  expect(warning.type()).toBe("beforeunload");
  await warning.accept(); // leave: the page closes, nothing is left open for the test's teardown
});

test("text typed and not yet saved survives a reload of the editor", async ({ page }, info) => {
  await signIn(page, USERS.editor);
  const path = await newDraft(page, `Bài gõ dở rồi tải lại trang (${info.project.name})`);
  const sapo = page.getByLabel("Sapo");
  await sapo.fill("Câu gõ dở, chưa kịp lưu thì trình duyệt tải lại trang.");
  page.on("dialog", (d) => void d.accept()); // "leave the page?" — yes
  await page.reload();
  await expect(page.locator('form[aria-label="Soạn bài"][data-hydrated="true"]')).toBeVisible();
  await expect(sapo).toHaveValue("Câu gõ dở, chưa kịp lưu thì trình duyệt tải lại trang.");
  await expect(page.getByRole("status").filter({ hasText: "Đã khôi phục nội dung chưa lưu" })).toBeVisible();
  await expect(page.locator("[data-save-state]")).toHaveText("Chưa lưu");
  await page.getByRole("button", { name: "Lưu bài" }).click();
  await expect(page.locator("[data-save-state]")).toHaveText(/^Đã lưu lúc \d{2}:\d{2} · phiên bản 2$/);
  await openEditor(page, path);
  await expect(sapo).toHaveValue("Câu gõ dở, chưa kịp lưu thì trình duyệt tải lại trang.");
  await expect(page.getByRole("status").filter({ hasText: "Đã khôi phục" })).toHaveCount(0);
});

test("typing goes on through a new article's first saves: the same editor stays, with the focus and every keystroke", async ({ page }) => {
  test.setTimeout(90_000);
  await signIn(page, USERS.writer);
  await openEditor(page, "/admin/bai-viet/moi");
  const form = page.locator('form[aria-label="Soạn bài"]');
  await form.evaluate((f) => f.setAttribute("data-first-editor", ""));
  const title = page.getByLabel("Tiêu đề", { exact: true });
  await title.click();
  await page.keyboard.type("Bài gõ liền tay");
  await newArticleAddress(page, { timeout: 15_000 }); // the autosave after the pause created the draft
  // The next autosave renames the draft (its address follows the title), and Next refreshes the page.
  const renamed = page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/admin/bai-viet/moi", { timeout: 15_000 });
  await page.keyboard.type(" qua những lần lưu");
  await renamed;
  await expect(page.locator("[data-save-state]")).toHaveText(/^Đã lưu lúc/);
  // Typing on at once, key by key, while the page's refresh lands.
  await page.keyboard.type(" mà không mất chữ nào", { delay: 60 });
  await expect(title).toHaveValue("Bài gõ liền tay qua những lần lưu mà không mất chữ nào");
  await expect(title).toBeFocused();
  await expect(form).toHaveCount(1);
  await expect(form).toHaveAttribute("data-first-editor", ""); // never re-mounted
});
