import { expect, test } from "@playwright/test";
import { ADMIN_ROUTES } from "@/newsroom/admin-routes";
import { can, type Role } from "@/newsroom/permissions";
import { serverLogSince, serverLogSize, signIn, USERS } from "./fixtures";

test("sign in, see the dashboard, sign out", async ({ page }) => {
  await signIn(page, USERS.editor);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Xin chào, ${USERS.editor.name}`);
  const cookie = (await page.context().cookies()).find((c) => c.name === "newsroom_session")!;
  expect(cookie.httpOnly).toBe(true);
  expect(cookie.sameSite).toBe("Lax");
  await page.getByRole("button", { name: "Đăng xuất" }).click();
  await expect(page).toHaveURL(/\/admin\/dang-nhap$/);
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/admin\/dang-nhap\?tiep=%2Fadmin$/);
});

test("a wrong password gets a clear message that does not say whether the email exists", async ({ page }) => {
  for (const email of [USERS.writer.email, "khong-ton-tai@e2e.local"]) {
    await page.goto("/admin/dang-nhap");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Mật khẩu").fill("mat-khau-sai-hoan-toan");
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    await expect(page.locator("form").getByRole("alert")).toHaveText("Email hoặc mật khẩu không đúng.");
    await expect(page.getByLabel("Email")).toHaveValue(email); // what was typed is kept
  }
  await page.goto("/admin/dang-nhap");
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page.getByText("Email không hợp lệ.")).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
});

test("repeated failures are throttled with a clear message", async ({ page }, testInfo) => {
  const email = `bi-chan-${testInfo.project.name}@e2e.local`;
  for (let i = 0; i < 5; i++) {
    await page.goto("/admin/dang-nhap");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Mật khẩu").fill(`sai-lan-${i}`);
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    await expect(page.locator("form").getByRole("alert")).toHaveText("Email hoặc mật khẩu không đúng.");
  }
  await page.getByLabel("Mật khẩu").fill("sai-lan-cuoi");
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page.locator("form").getByRole("alert")).toContainText("Bạn đã nhập sai quá nhiều lần");
});

test("every admin route answers each role as the permission table says", async ({ browser, playwright, baseURL }) => {
  const anonymous = await playwright.request.newContext({ baseURL });
  for (const route of ADMIN_ROUTES) {
    const response = await anonymous.get(route.path, { maxRedirects: 0 });
    expect(response.status(), `anonymous ${route.path}`).toBe(307);
    expect(response.headers().location).toContain("/admin/dang-nhap");
  }
  const accounts: [Role, { email: string; password: string }][] = [["WRITER", USERS.writer], ["EDITOR", USERS.editor], ["ADMIN", USERS.admin]];
  for (const [role, user] of accounts) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, user);
    for (const route of ADMIN_ROUTES) {
      const response = await context.request.get(route.path, { maxRedirects: 0 });
      expect(response.status(), `${role} ${route.path}`).toBe(can(role, route.permission) ? 200 : 403);
    }
    const menu = await page.getByRole("navigation", { name: "Tòa soạn" }).getByRole("link").allTextContents();
    expect(menu.includes("Người dùng"), `${role} menu`).toBe(role === "ADMIN");
    await context.close();
  }
});

test("a writer cannot open user administration", async ({ page }) => {
  await signIn(page, USERS.writer);
  const response = await page.goto("/admin/nguoi-dung");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bạn không có quyền truy cập trang này");
});

test("a new article's address opens only an article the user may edit: another's is 403, an unknown or malformed id 404", async ({ page }) => {
  await signIn(page, USERS.writer);
  // Article 1 is seeded (published, written by nobody signed in here): writers edit only their own drafts.
  for (const [query, status] of [["?bai=1", 403], ["?bai=99999999", 404], ["?bai=abc", 404], ["?bai=1&bai=2", 404]] as const) {
    const response = await page.request.get(`/admin/bai-viet/moi${query}`, { maxRedirects: 0 });
    expect(response.status(), query).toBe(status);
  }
  const own = await page.request.get("/admin/bai-viet/moi", { maxRedirects: 0 });
  expect(own.status()).toBe(200);
});

test("an admin creates a user, and disabling it ends its open session at once", async ({ browser, page }, testInfo) => {
  const email = `moi-${testInfo.project.name}@e2e.local`;
  await signIn(page, USERS.admin);
  await page.goto("/admin/nguoi-dung");
  const form = page.locator("section", { has: page.getByRole("heading", { name: "Thêm người dùng" }) });
  await form.getByLabel("Họ tên").fill("Cộng tác viên Mới");
  await form.getByLabel("Email").fill(email);
  await form.getByLabel("Vai trò").selectOption("WRITER");
  await form.getByLabel("Mật khẩu ban đầu").fill("123456");
  await form.getByRole("button", { name: "Tạo tài khoản" }).click();
  await expect(form.getByText(/Mật khẩu cần ít nhất 10 ký tự/)).toBeVisible();
  await expect(form.getByLabel("Email")).toHaveValue(email);
  await form.getByLabel("Mật khẩu ban đầu").fill("qwertyuiop");
  await form.getByRole("button", { name: "Tạo tài khoản" }).click();
  await expect(form.getByText(/quá phổ biến/)).toBeVisible();
  await form.getByLabel("Mật khẩu ban đầu").fill("ctv-mat-khau-rieng-2026");
  await form.getByRole("button", { name: "Tạo tài khoản" }).click();
  await expect(form.getByRole("status")).toContainText(`Đã tạo tài khoản ${email}`);

  const other = await browser.newContext();
  const newcomer = await other.newPage();
  await signIn(newcomer, { email, password: "ctv-mat-khau-rieng-2026" });
  await expect(newcomer.getByRole("heading", { level: 1 })).toHaveText("Xin chào, Cộng tác viên Mới");

  await page.reload();
  const row = page.locator(`tr[data-user="${email}"]`);
  await row.getByRole("button", { name: "Khóa Cộng tác viên Mới" }).click();
  await expect(row.getByRole("status")).toContainText("Đã khóa tài khoản");

  await newcomer.reload();
  await expect(newcomer).toHaveURL(/\/admin\/dang-nhap/);
  await other.close();

  await page.goto(`/admin/nhat-ky?hanh_dong=user.disable`);
  await expect(page.locator('tr[data-audit-action="user.disable"]').first()).toContainText(USERS.admin.email);
});

test("password reset by a one-time link the admin creates", async ({ browser, page }, testInfo) => {
  await signIn(page, USERS.admin);
  await page.goto("/admin/nguoi-dung");
  const row = page.locator(`tr[data-user="${USERS.writer2.email}"]`);
  await row.getByRole("button", { name: "Tạo liên kết đặt lại mật khẩu" }).click();
  const link = await row.locator("[data-reset-link]").textContent();
  expect(link).toMatch(/^\/admin\/dat-lai-mat-khau\/[\w-]{40,}$/);
  const newPassword = `moi-${testInfo.project.name}-mat-khau-2026`;
  const other = await browser.newContext();
  const user = await other.newPage();
  await user.goto(link!);
  await user.getByLabel("Mật khẩu mới", { exact: true }).fill(newPassword);
  await user.getByLabel("Nhập lại mật khẩu mới").fill(newPassword);
  await user.getByRole("button", { name: "Đặt mật khẩu" }).click();
  await expect(user.getByRole("status")).toContainText("Đã đặt mật khẩu mới");
  await user.goto(link!);
  await user.getByLabel("Mật khẩu mới", { exact: true }).fill(newPassword + "x");
  await user.getByLabel("Nhập lại mật khẩu mới").fill(newPassword + "x");
  await user.getByRole("button", { name: "Đặt mật khẩu" }).click();
  await expect(user.locator("form").getByRole("alert")).toContainText("không hợp lệ hoặc đã hết hạn");
  await signIn(user, { email: USERS.writer2.email, password: newPassword });
  await other.close();
});

test("newsroom pages render without errors or prerendering warnings in the server log", async ({ page }) => {
  const offset = await serverLogSize();
  await signIn(page, USERS.admin);
  await page.goto("/admin/bai-viet");
  const hrefs = await page.locator('a[href^="/admin/bai-viet/"]').evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  const editor = hrefs.find((href) => /^\/admin\/bai-viet\/\d+$/.test(href))!;
  expect(editor).toBeTruthy();
  const paths = [...ADMIN_ROUTES.map((r) => r.path), editor, `${editor}/phien-ban`, `${editor}/xem-truoc`, `${editor}/xem-truoc-di-dong`, "/admin/nhat-ky?tu=2026-01-01&den=2026-12-31"];
  for (const path of paths) expect((await page.goto(path))?.status(), path).toBe(200);
  await page.waitForTimeout(500); // let the server finish writing its log
  const problems = (await serverLogSince(offset)).split("\n").filter((line) => /unstable value|prerender|Error/i.test(line));
  expect(problems).toEqual([]);
});
