import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { newArticleAddress, OLD_REFERENCE_SLUG, REFERENCE_SLUG, signIn, USERS, WITHDRAWN_SLUG, writeBody } from "./fixtures";

/**
 * The read API (/api/v1) against the built server: status codes, JSON errors, ETag/304, CORS,
 * and that an unpublish made in the newsroom is reflected at once (the API's answers come from
 * the cached reads, invalidated by the same tags as the pages). HTTP level: desktop project only.
 */

const get = (request: APIRequestContext, path: string, headers: Record<string, string> = {}) =>
  request.get(path, { headers, maxRedirects: 0 });

test("answers published content as JSON, and errors as JSON with a code", async ({ request }) => {
  const list = await get(request, "/api/v1/articles?limit=5");
  expect(list.status()).toBe(200);
  expect(list.headers()["content-type"]).toMatch(/^application\/json/);
  const page = await list.json();
  expect(page.items).toHaveLength(5);
  expect(page.nextCursor).toMatch(/^[0-9a-z]+\.[0-9a-z]+$/);
  expect(list.headers()["link"]).toContain(`cursor=${page.nextCursor}`);
  const next = await (await get(request, `/api/v1/articles?limit=5&cursor=${page.nextCursor}`)).json();
  expect(next.items.map((a: { id: number }) => a.id)).not.toContain(page.items[4].id);

  const article = await get(request, `/api/v1/articles/${REFERENCE_SLUG}`);
  expect(article.status()).toBe(200);
  const body = await article.json();
  expect(body.kind).toBe("INTERVIEW");
  expect(body.body.some((b: { type: string }) => b.type === "image")).toBe(true);
  const media = Object.values(body.media) as { url: string; variants: { url: string }[] }[];
  expect(media.length).toBeGreaterThan(0);
  const variant = await request.get(new URL(media[0].variants[0].url).pathname);
  expect(variant.status()).toBe(200);
  expect(variant.headers()["content-type"]).toBe("image/webp");

  expect((await get(request, "/api/v1/categories")).status()).toBe(200);
  const openapi = await get(request, "/api/v1/openapi.json");
  expect(openapi.status()).toBe(200);
  expect((await openapi.json()).openapi).toBe("3.1.0");

  for (const [path, status, code] of [
    ["/api/v1/articles?limit=500", 400, "invalid_parameter"],
    ["/api/v1/articles?since=ngay-mai", 400, "invalid_parameter"],
    ["/api/v1/articles?cursor=%00", 400, "invalid_parameter"],
    ["/api/v1/articles?category=khong-co", 404, "not_found"],
    [`/api/v1/articles/${WITHDRAWN_SLUG}`, 404, "not_found"],
    ["/api/v1/articles/khong-co-bai-nay", 404, "not_found"],
    ["/api/v1/articles/KHONG", 400, "invalid_parameter"],
    ["/api/v1/khong-co", 404, "not_found"],
  ] as const) {
    const response = await get(request, path);
    expect(response.status(), path).toBe(status);
    expect(response.headers()["content-type"], path).toMatch(/^application\/json/);
    const error = (await response.json()).error;
    expect(error.code, path).toBe(code);
    expect(error.message.length, path).toBeGreaterThan(5);
  }
  const moved = await get(request, `/api/v1/articles/${OLD_REFERENCE_SLUG}`);
  expect(moved.status()).toBe(301);
  expect(moved.headers()["location"]).toBe(`/api/v1/articles/${REFERENCE_SLUG}`);
});

test("sends ETags and answers 304, with cache headers and CORS for any origin", async ({ request }) => {
  const first = await get(request, `/api/v1/articles/${REFERENCE_SLUG}`, { origin: "https://app.example" });
  const etag = first.headers()["etag"];
  expect(etag).toMatch(/^"[A-Za-z0-9_-]{32}"$/);
  expect(first.headers()["cache-control"]).toMatch(/^public, max-age=0, s-maxage=\d+/);
  expect(first.headers()["cache-tag"]).toContain(`article:${REFERENCE_SLUG}`);
  expect(first.headers()["access-control-allow-origin"]).toBe("*");
  const again = await get(request, `/api/v1/articles/${REFERENCE_SLUG}`, { "if-none-match": etag });
  expect(again.status()).toBe(304);
  expect(again.headers()["etag"]).toBe(etag);
  const listEtag = (await get(request, "/api/v1/articles")).headers()["etag"];
  expect((await get(request, "/api/v1/articles", { "if-none-match": listEtag })).status()).toBe(304);

  const preflight = await request.fetch("/api/v1/articles", {
    method: "OPTIONS",
    headers: { origin: "https://app.example", "access-control-request-method": "GET", "access-control-request-headers": "if-none-match" },
  });
  expect(preflight.status()).toBe(204);
  expect(preflight.headers()["access-control-allow-origin"]).toBe("*");
  expect(preflight.headers()["access-control-allow-methods"]).toContain("GET");
  expect(preflight.headers()["access-control-allow-headers"]?.toLowerCase()).toContain("if-none-match");
  const head = await request.head(`/api/v1/articles/${REFERENCE_SLUG}`);
  expect(head.status()).toBe(200);
  expect(head.headers()["etag"]).toBe(etag);
});

async function openEditor(page: Page, url: string) {
  await page.goto(url);
  await expect(page.locator('form[aria-label="Soạn bài"][data-hydrated="true"]')).toBeVisible();
}

test("a publish and an unpublish in the newsroom show in the API at once", async ({ page, request }) => {
  const title = "Giao diện lập trình đọc bài thấy ngay khi gỡ bài";
  const slug = "giao-dien-lap-trinh-doc-bai-thay-ngay-khi-go-bai";
  expect((await get(request, `/api/v1/articles/${slug}`)).status()).toBe(404); // cached as missing
  const before = await (await get(request, "/api/v1/articles?category=thoi-su&limit=50")).json();

  await signIn(page, USERS.editor);
  await openEditor(page, "/admin/bai-viet/moi");
  await page.getByLabel("Tiêu đề", { exact: true }).fill(title);
  await page.getByLabel("Sapo").fill("Bài thử giao diện lập trình: gỡ bài xong là ứng dụng không còn đọc được.");
  await page.getByLabel("Chuyên mục").selectOption({ label: "Thời sự" });
  await writeBody(page, "Nội dung bài thử giao diện lập trình.");
  await page.getByRole("button", { name: "Lưu bài" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Đã lưu." })).toBeVisible();
  const editor = await newArticleAddress(page);
  await openEditor(page, editor);
  await page.getByRole("button", { name: "Xuất bản" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Đã xuất bản." })).toBeVisible();

  const published = await get(request, `/api/v1/articles/${slug}`);
  expect(published.status()).toBe(200);
  expect((await published.json()).title).toBe(title);
  const listed = await (await get(request, "/api/v1/articles?category=thoi-su&limit=50")).json();
  expect(listed.items[0].slug).toBe(slug);
  expect(listed.items.length).toBe(Math.min(50, before.items.length + 1));
  const etag = published.headers()["etag"];
  expect((await get(request, `/api/v1/articles/${slug}`, { "if-none-match": etag })).status()).toBe(304); // now cached

  await openEditor(page, editor);
  await page.getByRole("button", { name: "Gỡ bài" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Đã gỡ bài khỏi trang báo." })).toBeVisible();
  await expect
    .poll(async () => (await get(request, `/api/v1/articles/${slug}`, { "if-none-match": etag })).status(), { timeout: 1_000, intervals: [100] })
    .toBe(404);
  const after = await (await get(request, "/api/v1/articles?category=thoi-su&limit=50")).json();
  expect(after.items.map((a: { slug: string }) => a.slug)).not.toContain(slug);
  const all = await (await get(request, "/api/v1/articles?limit=50")).json();
  expect(all.items.map((a: { slug: string }) => a.slug)).not.toContain(slug);
});

// Last: it empties this client's token bucket (it refills within seconds).
test("rate-limits one address with 429 and Retry-After", async ({ request }) => {
  const answers = await Promise.all(Array.from({ length: 90 }, () => get(request, "/api/v1/categories")));
  const statuses = answers.map((r) => r.status());
  expect(statuses.filter((s) => s === 200).length).toBeGreaterThan(0);
  const refused = answers.find((r) => r.status() === 429);
  expect(refused, `statuses: ${statuses.join(",")}`).toBeDefined();
  expect(Number(refused!.headers()["retry-after"])).toBeGreaterThanOrEqual(1);
  expect((await refused!.json()).error.code).toBe("rate_limited");
  expect(statuses.every((s) => s === 200 || s === 429)).toBe(true);
});
