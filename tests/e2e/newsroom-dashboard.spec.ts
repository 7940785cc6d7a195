import { expect, test, type Page } from "@playwright/test";
import { horizontalOverflow, newArticleAddress, signIn, USERS, writeBody } from "./fixtures";

// The dashboard's counts and queues, and the article list's bulk actions, as the newsroom
// uses them: a writer sends two drafts for review in one go, an editor finds them from the
// "Chờ duyệt" count and queue, publishes them, then takes both down from the list at once.
// Runs on the desktop and phone projects (titles carry the project's name); the list and the
// dashboard must not scroll sideways at phone width.
test.describe.configure({ mode: "serial" });

const titles = (project: string) => [`Hàng đợi duyệt ${project} bài thử một`, `Hàng đợi duyệt ${project} bài thử hai`];
const search = (project: string) => `/admin/bai-viet?q=${encodeURIComponent(`Hàng đợi duyệt ${project}`)}`;

async function newDraft(page: Page, title: string) {
  await page.goto("/admin/bai-viet/moi");
  await expect(page.locator('form[aria-label="Soạn bài"][data-hydrated="true"]')).toBeVisible();
  await page.getByLabel("Tiêu đề", { exact: true }).fill(title);
  await page.getByLabel("Sapo").fill("Bài thử hàng đợi duyệt của trang tổng quan tòa soạn.");
  await page.getByLabel("Chuyên mục").selectOption({ label: "Thời sự" });
  await writeBody(page, "Nội dung bài thử hàng đợi duyệt.");
  await page.getByRole("button", { name: "Lưu bài" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Đã lưu." })).toBeVisible();
  await newArticleAddress(page);
}

/** The list as a form: wait for React before ticking boxes (the action needs the client). */
async function openList(page: Page, url: string) {
  await page.goto(url);
  await expect(page.locator('form[aria-label="Danh sách bài viết"]')).toBeVisible();
  await page.waitForLoadState("networkidle");
}

test("a writer sends two drafts for review at once, from the list", async ({ page }, testInfo) => {
  const [one, two] = titles(testInfo.project.name);
  await signIn(page, USERS.writer);
  await newDraft(page, one);
  await newDraft(page, two);
  await page.goto("/admin");
  const drafts = page.getByRole("region", { name: /^Bản nháp của tôi/ });
  await expect(drafts.getByRole("link", { name: one, exact: true })).toBeVisible();
  await drafts.getByRole("link", { name: "Xem tất cả" }).click();
  await expect(page).toHaveURL(/\/admin\/bai-viet\?trang_thai=DRAFT&cua_toi=1$/);

  await openList(page, search(testInfo.project.name));
  // A writer is offered only "Gửi duyệt".
  await expect(page.getByRole("button", { name: "Gỡ bài" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Xóa bản nháp" })).toHaveCount(0);
  await page.getByRole("checkbox", { name: `Chọn bài: ${one}` }).check();
  await page.getByRole("checkbox", { name: `Chọn bài: ${two}` }).check();
  await page.getByRole("button", { name: "Gửi duyệt" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Gửi duyệt: 2 bài thành công." })).toBeVisible();
  await expect(page.locator("[data-bulk-results] li")).toHaveText([`“${two}”: Đã gửi duyệt.`, `“${one}”: Đã gửi duyệt.`]); // in the list's order: newest first
  await expect(page.locator("[data-article-row] [data-row-status]")).toHaveText(["Chờ duyệt", "Chờ duyệt"]);
});

test("an editor opens a submitted article from the “Chờ duyệt” count and from the queue", async ({ page }, testInfo) => {
  const [one, two] = titles(testInfo.project.name);
  await signIn(page, USERS.editor);
  const queue = page.getByRole("region", { name: /^Chờ duyệt \(\d+\)$/ });
  await expect(queue.getByRole("link", { name: one, exact: true })).toBeVisible();
  await page.locator('a[data-status-count="IN_REVIEW"]').click();
  await expect(page).toHaveURL(/\/admin\/bai-viet\?trang_thai=IN_REVIEW$/);
  await expect(page.getByRole("navigation", { name: "Lọc theo trạng thái" }).getByRole("link", { name: /^Chờ duyệt/ })).toHaveAttribute("aria-current", "page");
  await page.getByRole("link", { name: two, exact: true }).click();
  await expect(page).toHaveURL(/\/admin\/bai-viet\/\d+$/);
  await expect(page.locator('form[aria-label="Soạn bài"][data-hydrated="true"]')).toBeVisible();
  await expect(page.getByLabel("Tiêu đề", { exact: true })).toHaveValue(two);
  await page.getByRole("button", { name: "Xuất bản" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Đã xuất bản." })).toBeVisible();

  await page.goto("/admin");
  await queue.getByRole("link", { name: one, exact: true }).click();
  await expect(page.locator('form[aria-label="Soạn bài"][data-hydrated="true"]')).toBeVisible();
  await expect(page.getByLabel("Tiêu đề", { exact: true })).toHaveValue(one);
  await page.getByRole("button", { name: "Xuất bản" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Đã xuất bản." })).toBeVisible();

  await page.goto("/admin");
  const published = page.getByRole("region", { name: /^Mới xuất bản/ });
  await expect(published.locator("[data-queue-item]").first()).toContainText(one);
  await expect(published.locator("[data-queue-item]").first()).toContainText("0 lượt xem");
  await expect(published.locator("[data-queue-item]").first().getByRole("link", { name: "Xem trên trang" })).toHaveAttribute("href", `/bai-viet/hang-doi-duyet-${testInfo.project.name}-bai-thu-mot`);
});

test("an editor takes both articles down at once from the list; readers get 410", async ({ page, request }, testInfo) => {
  const [one, two] = titles(testInfo.project.name);
  await signIn(page, USERS.editor);
  await openList(page, search(testInfo.project.name));
  const rows = page.locator("[data-article-row]");
  await expect(rows).toHaveCount(2);
  await expect(rows.locator("[data-row-status]")).toHaveText(["Đã xuất bản", "Đã xuất bản"]);
  const live = await rows.getByRole("link", { name: "Xem trên trang" }).evaluateAll((links) => links.map((a) => a.getAttribute("href")!));
  expect(live).toHaveLength(2);
  for (const path of live) expect((await request.get(path)).status()).toBe(200);
  await expect(rows.first().getByRole("link", { name: "Xem trước" })).toHaveAttribute("href", /^\/admin\/bai-viet\/\d+\/xem-truoc$/);

  await page.getByRole("checkbox", { name: `Chọn bài: ${one}` }).check();
  await page.getByRole("checkbox", { name: `Chọn bài: ${two}` }).check();
  await page.getByRole("button", { name: "Gỡ bài" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Gỡ bài: 2 bài thành công." })).toBeVisible();
  await expect(rows.locator("[data-row-status]")).toHaveText(["Đã gỡ", "Đã gỡ"]);
  await expect(rows.getByRole("link", { name: "Xem trên trang" })).toHaveCount(0);
  for (const path of live) expect((await request.get(path, { maxRedirects: 0 })).status()).toBe(410);
});

test("the dashboard and the list fit a phone's width with 44 px targets", async ({ page }) => {
  await page.setViewportSize({ width: 412, height: 915 });
  await signIn(page, USERS.editor);
  expect(await horizontalOverflow(page)).toBe(0);
  await openList(page, "/admin/bai-viet");
  expect(await horizontalOverflow(page)).toBe(0);
  const first = page.locator("[data-article-row]").first();
  for (const target of [first.locator("label").first(), first.getByRole("link", { name: "Xem trước" }), page.getByRole("button", { name: "Gỡ bài" })]) {
    const box = (await target.boundingBox())!;
    expect(box.height, await target.evaluate((e) => e.outerHTML.slice(0, 80))).toBeGreaterThanOrEqual(44);
  }
  // Every row is a card as wide as the list: nothing cut off or scrolled.
  const widths = await page.locator("[data-article-row]").evaluateAll((rows) => rows.map((r) => r.scrollWidth - r.clientWidth));
  expect(widths.every((w) => w === 0)).toBe(true);
});
