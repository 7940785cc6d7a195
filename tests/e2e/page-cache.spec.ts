import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { OLD_REFERENCE_SLUG, REFERENCE_PATH, REFERENCE_SLUG, signIn, USERS, WITHDRAWN_SLUG, writeBody } from "./fixtures";

// The page cache in front of Next (src/platform/page-cache/): finished reader pages served
// from memory, rendered once per invalidation, fresh right after a write. Desktop project
// only (playwright.config.ts): phones are exercised through their user agent in requests.
test.describe.configure({ mode: "serial" });

const DESKTOP = { "user-agent": "Mozilla/5.0 (X11; Linux x86_64) e2e" };
const PHONE = { "user-agent": "Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0 Mobile Safari/537.36" };

async function get(request: APIRequestContext, path: string, headers: Record<string, string> = DESKTOP) {
  return request.get(path, { headers, maxRedirects: 0 });
}

test("a reader page is answered from the cache the second time, with an ETag that revalidates to 304", async ({ request }) => {
  await get(request, REFERENCE_PATH);
  const second = await get(request, REFERENCE_PATH);
  expect(second.status()).toBe(200);
  expect(second.headers()["x-page-cache"]).toBe("HIT");
  expect(second.headers()["cache-control"]).toBe("public, max-age=0, s-maxage=1, stale-while-revalidate=30, stale-if-error=600");
  expect(second.headers()["cache-tag"]).toBe(`article:${REFERENCE_SLUG},rails,most-read,navigation`);
  expect(second.headers()["x-content-type-options"]).toBe("nosniff");
  expect(second.headers()["x-frame-options"]).toBe("DENY");
  expect(second.headers()["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  const etag = second.headers()["etag"];
  expect(etag).toMatch(/^"[\w-]{27}"$/);
  const revalidated = await get(request, REFERENCE_PATH, { ...DESKTOP, "if-none-match": etag });
  expect(revalidated.status()).toBe(304);
  expect(await revalidated.body()).toHaveLength(0);
  // Noise in the query string does not make another entry.
  expect((await get(request, `${REFERENCE_PATH}?utm_source=zalo`)).headers()["x-page-cache"]).toBe("HIT");
});

test("cached pages run their own scripts under a hash-based CSP, and nothing is blocked", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (m) => m.type() === "error" && /Content Security Policy/i.test(m.text()) && violations.push(m.text()));
  await page.goto(REFERENCE_PATH);
  const response = await page.goto(REFERENCE_PATH); // from the cache now
  expect(response?.headers()["x-page-cache"]).toBe("HIT");
  const csp = response?.headers()["content-security-policy"] ?? "";
  const scriptSrc = csp.split("; ").find((d) => d.startsWith("script-src")) ?? "";
  expect(scriptSrc).toMatch(/^script-src 'self'( 'sha256-[A-Za-z0-9+/=]{44}')+$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "vi");
  await page.waitForLoadState("networkidle");
  expect(violations).toEqual([]);
  // A script injected into the page does not run: its hash is not in the policy.
  const ran = await page.evaluate(async () => {
    const s = document.createElement("script");
    s.textContent = "window.__injected = true";
    document.body.append(s);
    await new Promise((r) => setTimeout(r, 50));
    return (window as unknown as { __injected?: boolean }).__injected === true;
  });
  expect(ran).toBe(false);
});

test("phones asking for a desktop page are redirected before the cache; the mobile edition has no script at all", async ({ request }) => {
  await get(request, REFERENCE_PATH); // cached for desktops
  const phone = await get(request, REFERENCE_PATH, PHONE);
  expect(phone.status()).toBe(302);
  expect(phone.headers()["location"]).toBe(`/m${REFERENCE_PATH}`);
  expect(phone.headers()["vary"]).toBe("User-Agent, Cookie");
  expect(phone.headers()["cache-control"]).toBe("private, no-store");
  // An old slug's 301 and an unpublished article's 410 come first, for phones too.
  for (let i = 0; i < 2; i++) {
    const moved = await get(request, `/bai-viet/${OLD_REFERENCE_SLUG}`, PHONE);
    expect(moved.status()).toBe(301);
    expect(moved.headers()["location"]).toBe(REFERENCE_PATH);
    expect((await get(request, `/bai-viet/${WITHDRAWN_SLUG}`, PHONE)).status()).toBe(410);
  }
  const chose = await get(request, REFERENCE_PATH, { ...PHONE, cookie: "edition=full" });
  expect(chose.status()).toBe(200);
  const mobile = await get(request, `/m${REFERENCE_PATH}`, PHONE);
  expect(mobile.status()).toBe(200);
  expect(mobile.headers()["content-security-policy"]).toContain("script-src 'none'");
});

test("every article view is counted by its beacon, also when the page came from the cache", async ({ page }) => {
  const beacons: number[] = [];
  page.on("response", (r) => new URL(r.url()).pathname === `/luot-xem/${REFERENCE_SLUG}` && beacons.push(r.status()));
  await page.goto(REFERENCE_PATH);
  await page.goto(REFERENCE_PATH);
  await page.goto(`/m${REFERENCE_PATH}`);
  await expect.poll(() => beacons.length).toBe(3);
  expect(beacons).toEqual([200, 200, 200]);
});

async function publishNewArticle(page: Page, title: string) {
  await signIn(page, USERS.editor);
  await page.goto("/admin/bai-viet/moi");
  await expect(page.locator('form[aria-label="Soạn bài"][data-hydrated="true"]')).toBeVisible();
  await page.getByLabel("Tiêu đề", { exact: true }).fill(title);
  await page.getByLabel("Sapo").fill("Bài thử bộ nhớ đệm trang: xuất bản xong là bạn đọc thấy ngay.");
  await page.getByLabel("Chuyên mục").selectOption({ label: "Thời sự" });
  await writeBody(page, "Nội dung bài thử bộ nhớ đệm.");
  await page.getByRole("button", { name: "Lưu bài" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Đã lưu." })).toBeVisible();
  await page.getByRole("button", { name: "Xuất bản" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Đã xuất bản." })).toBeVisible();
}

test("a publish reaches cached pages at once, and 50 readers arriving together cause one render", async ({ page, request }) => {
  const title = "Bộ nhớ đệm trang làm mới ngay khi xuất bản";
  const slug = "bo-nho-dem-trang-lam-moi-ngay-khi-xuat-ban";
  // Cached before the write: the home page, and a 404 for the slug that does not exist yet.
  await get(request, "/");
  expect((await get(request, "/")).headers()["x-page-cache"]).toBe("HIT");
  expect((await get(request, `/bai-viet/${slug}`)).status()).toBe(404);
  expect((await get(request, `/bai-viet/${slug}`)).headers()["x-page-cache"]).toBe("HIT");

  await publishNewArticle(page, title);
  const readers = await Promise.all(Array.from({ length: 50 }, () => get(request, "/")));
  const states = readers.map((r) => r.headers()["x-page-cache"]);
  expect(readers.every((r) => r.status() === 200)).toBe(true);
  expect(states.filter((s) => s === "MISS")).toHaveLength(1);
  expect(states.filter((s) => s !== "MISS" && s !== "WAIT" && s !== "HIT")).toEqual([]);
  expect(await readers[0].text()).toContain(title);
  const article = await get(request, `/bai-viet/${slug}`);
  expect(article.status()).toBe(200);
  expect(await article.text()).toContain(title);
});

test("a kept-alive connection idle for 8 s still takes the next request (a load balancer reuses its connections)", async ({ baseURL }) => {
  const net = await import("node:net");
  const { hostname, port } = new URL(baseURL!);
  const socket = net.connect({ host: hostname, port: Number(port) });
  const received: Buffer[] = [];
  let closed = false;
  socket.on("data", (chunk) => received.push(chunk));
  socket.on("close", () => (closed = true));
  await new Promise((resolve) => socket.once("connect", resolve));
  const ask = () => socket.write(`HEAD /rss.xml HTTP/1.1\r\nHost: ${hostname}\r\nUser-Agent: e2e\r\nConnection: keep-alive\r\n\r\n`);
  const answers = () => Buffer.concat(received).toString("latin1").match(/^HTTP\/1\.1 200/gm)?.length ?? 0;
  ask();
  await expect.poll(answers).toBe(1);
  await new Promise((resolve) => setTimeout(resolve, 8_000)); // Node's own default closes it after 5 s
  expect(closed).toBe(false);
  ask();
  await expect.poll(answers).toBe(2);
  socket.destroy();
});
