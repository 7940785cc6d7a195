import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { readerCacheConf } from "../../scripts/nginx/reader-cache-conf";
import { REFERENCE_PATH, signIn, USERS, writeBody } from "./fixtures";

// nginx (Debian's package) with proxy_cache in front of the e2e server, configured by
// scripts/nginx/reader-cache-conf.ts: what a newspaper would run as its shared cache.
// Desktop project only (playwright.config.ts). nginx runs on a side port, stopped by its PID.
test.describe.configure({ mode: "serial" });

const NGINX_PORT = Number(process.env.E2E_NGINX_PORT || 3181);
const DESKTOP = { "user-agent": "Mozilla/5.0 (X11; Linux x86_64) e2e" };
const PHONE = { "user-agent": "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1" };
const TABLET = { "user-agent": "Mozilla/5.0 (iPad; CPU OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1" };
const via = (p: string) => `http://127.0.0.1:${NGINX_PORT}${p}`;

let nginx: ChildProcess | null = null;
let dir = "";

test.beforeAll(async ({ baseURL }) => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "newsroom-nginx-"));
  const upstream = new URL(baseURL!).host;
  fs.writeFileSync(path.join(dir, "nginx.conf"), readerCacheConf({ listen: `127.0.0.1:${NGINX_PORT}`, upstream, dir, user: "root" }));
  const check = spawnSync("nginx", ["-t", "-p", dir, "-c", path.join(dir, "nginx.conf")], { encoding: "utf8" });
  expect(check.status, check.stderr).toBe(0);
  nginx = spawn("nginx", ["-p", dir, "-c", path.join(dir, "nginx.conf"), "-g", "daemon off;"], { stdio: "ignore" });
  await expect.poll(async () => (await fetch(via("/robots.txt")).catch(() => null))?.status ?? 0, { timeout: 10_000 }).toBe(200);
});

test.afterAll(async () => {
  if (nginx?.pid) process.kill(nginx.pid, "SIGTERM");
  await new Promise((r) => setTimeout(r, 200));
  fs.rmSync(dir, { recursive: true, force: true });
});

const get = (p: string, headers: Record<string, string> = DESKTOP) => fetch(via(p), { headers, redirect: "manual" });

test("nginx stores reader pages (and their tags) and serves them without asking the site", async () => {
  await get(REFERENCE_PATH);
  const second = await get(REFERENCE_PATH);
  expect(second.status).toBe(200);
  expect(second.headers.get("x-shared-cache")).toBe("HIT");
  expect(second.headers.get("cache-tag")).toContain("article:");
  expect(second.headers.get("xkey")).toContain("rails");
});

test("phones are still redirected through the shared cache; tablets and phones that chose the full site get the page", async () => {
  await get(REFERENCE_PATH); // a desktop copy is stored
  const phone = await get(REFERENCE_PATH, PHONE);
  expect(phone.status).toBe(302);
  expect(phone.headers.get("location")).toBe(`/m${REFERENCE_PATH}`);
  expect((await get(REFERENCE_PATH, TABLET)).status).toBe(200);
  expect((await get(REFERENCE_PATH, { ...PHONE, cookie: "edition=full" })).status).toBe(200);
  expect((await get(`/m${REFERENCE_PATH}`, PHONE)).status).toBe(200);
});

test("the newsroom is never stored by nginx", async () => {
  await get("/admin/dang-nhap");
  const again = await get("/admin/dang-nhap");
  expect(again.headers.get("x-shared-cache")).not.toBe("HIT");
});

async function publish(page: Page, title: string) {
  await signIn(page, USERS.editor);
  await page.goto("/admin/bai-viet/moi");
  await expect(page.locator('form[aria-label="Soạn bài"][data-hydrated="true"]')).toBeVisible();
  await page.getByLabel("Tiêu đề", { exact: true }).fill(title);
  await page.getByLabel("Sapo").fill("Bài thử bộ nhớ đệm dùng chung: nginx cho bạn đọc thấy bài mới trong vòng một giây.");
  await page.getByLabel("Chuyên mục").selectOption({ label: "Thời sự" });
  await writeBody(page, "Nội dung bài thử nginx.");
  await page.getByRole("button", { name: "Lưu bài" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Đã lưu." })).toBeVisible();
  await page.getByRole("button", { name: "Xuất bản" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Đã xuất bản." })).toBeVisible();
}

test("a publish is visible through nginx within about a second", async ({ page }) => {
  const title = "Bài mới đi qua bộ nhớ đệm dùng chung nginx";
  await get("/");
  expect((await get("/")).headers.get("x-shared-cache")).toBe("HIT");
  await publish(page, title);
  const published = Date.now();
  // s-maxage=1: nginx revalidates after one second at most. Polled, not timed to the millisecond.
  await expect.poll(async () => (await (await get("/")).text()).includes(title), { timeout: 5_000, intervals: [100] }).toBe(true);
  console.log(`[shared cache] publish visible through nginx after ${Date.now() - published} ms`);
});
