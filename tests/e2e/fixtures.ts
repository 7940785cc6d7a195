import { expect, type BrowserContext, type Page } from "@playwright/test";

export const REFERENCE_TITLE =
  "Đợt thi đua cao điểm chào mừng Đại hội Công đoàn các cấp: Trách nhiệm, trí tuệ tạo đà thành công";
export const REFERENCE_SLUG =
  "dot-thi-dua-cao-diem-chao-mung-dai-hoi-cong-doan-cac-cap-trach-nhiem-tri-tue-tao-da-thanh-cong";
export const REFERENCE_PATH = `/bai-viet/${REFERENCE_SLUG}`;
export const OLD_REFERENCE_SLUG = "dot-thi-dua-cao-diem-chao-mung-dai-hoi-cong-doan";
export const WITHDRAWN_SLUG = "thong-bao-lich-tiep-cong-dan-thang-6";

/** Makes phones stay on the full (responsive) site, as a reader who chose it would. */
export async function chooseFullSite(context: BrowserContext, baseURL: string) {
  await context.addCookies([{ name: "edition", value: "full", url: baseURL }]);
}

export async function horizontalOverflow(page: import("@playwright/test").Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** Accounts created by scripts/e2e-server.mjs. */
export const USERS = {
  admin: { email: "admin@e2e.local", password: "e2e-Quan-tri-2026", name: "E2E admin admin" },
  editor: { email: "editor@e2e.local", password: "e2e-Bien-tap-2026", name: "E2E editor editor" },
  writer: { email: "writer@e2e.local", password: "e2e-Phong-vien-2026", name: "E2E writer writer" },
  writer2: { email: "writer2@e2e.local", password: "e2e-Phong-vien-2026", name: "E2E writer writer2" },
} as const;

export async function signIn(page: import("@playwright/test").Page, user: { email: string; password: string }) {
  await page.goto("/admin/dang-nhap");
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Mật khẩu").fill(user.password);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await page.waitForURL(/\/admin$/);
}

/** The e2e server's output (stdout and stderr of `next start`), teed by scripts/e2e-server.mjs. */
export const SERVER_LOG = `${process.cwd()}/.data/e2e-server-${process.env.E2E_PORT || 3100}.log`;

/** Bytes written to the server log so far; pass it to `serverLogSince` to read what a test caused. */
export async function serverLogSize(): Promise<number> {
  const fs = await import("node:fs");
  return fs.statSync(SERVER_LOG).size;
}

export async function serverLogSince(offset: number): Promise<string> {
  const fs = await import("node:fs");
  return fs.readFileSync(SERVER_LOG).subarray(offset).toString("utf8");
}

/** Opens the article editor and waits until React has taken over the form (typing earlier can be lost). */
export async function openEditor(page: Page, url: string) {
  await page.goto(url);
  await expect(page.locator('form[aria-label="Soạn bài"][data-hydrated="true"]')).toBeVisible();
}

/**
 * After a new article's first save: its id is in the new-article page's address
 * (/admin/bai-viet/moi?bai=<id>, where the editor stays on screen); returns the article's own
 * editor address, /admin/bai-viet/<id>.
 */
export async function newArticleAddress(page: Page, options: { timeout?: number } = {}): Promise<string> {
  await expect(page).toHaveURL(/\/admin\/bai-viet\/moi\?bai=\d+$/, options);
  return `/admin/bai-viet/${new URL(page.url()).searchParams.get("bai")}`;
}

/**
 * Clicks "Lưu bài" and waits until the server holds everything on screen: the save state reads
 * "Đã lưu lúc …" (it reads "Chưa lưu" / "Đang lưu…" until then). The "Đã lưu." message alone is
 * not enough: it is still shown from the previous save while this one is in flight.
 */
export async function saveArticle(page: Page) {
  await page.getByRole("button", { name: "Lưu bài" }).click();
  await expect(page.locator("[data-save-state]:visible")).toHaveText(/^Đã lưu lúc \d{2}:\d{2}/);
  await expect(page.getByRole("status").filter({ hasText: "Đã lưu." })).toBeVisible();
}

/** The article body's document editor (the visible one: the editor of a page visited before may stay mounted, hidden, in Next's back/forward cache). */
export function bodyEditor(page: Page) {
  return page.locator('[role="textbox"][aria-label="Nội dung bài"]:visible');
}

/** Types text as the whole body of a new (empty) article. */
export async function writeBody(page: Page, text: string) {
  await bodyEditor(page).fill(text);
}

/** Pastes plain text where the cursor is, as Ctrl+V does with text copied from elsewhere. */
export async function pasteText(page: Page, text: string) {
  await page.evaluate((t) => {
    const transfer = new DataTransfer();
    transfer.setData("text/plain", t);
    document.activeElement!.dispatchEvent(new ClipboardEvent("paste", { clipboardData: transfer, bubbles: true, cancelable: true }));
  }, text);
}

/**
 * Adds a photo block at the end of the body ("+ Chèn khối" → "Ảnh") and uploads a file into it
 * with its "Tải ảnh lên" button; returns the block once the photo is shown.
 */
export async function addPhotoBlock(page: Page, file: { name: string; mimeType: string; buffer: Buffer }) {
  const body = bodyEditor(page);
  await body.locator(":scope > p").last().click(); // the empty line the body always ends with
  await page.keyboard.press("ControlOrMeta+End");
  await page.locator("button:visible", { hasText: "+ Chèn khối" }).click();
  await page.getByRole("option", { name: /^Ảnh/ }).click();
  const block = body.locator('[data-block-type="image"]').last();
  await block.getByLabel("Tải ảnh lên (JPEG, PNG, WebP)").setInputFiles(file);
  await expect(block.locator("img")).toBeVisible();
  return block;
}
