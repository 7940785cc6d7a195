import fs from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import pg from "pg";
import sharp from "sharp";
import { addPhotoBlock, bodyEditor, newArticleAddress, writeBody } from "../e2e/fixtures";

// Run by scripts/cluster/run.mjs against two instances (A, B) from one build, sharing a
// PostgreSQL primary + synchronous replica, Redis and an S3 server, with nginx in front.
// The newsroom works through A (baseURL); readers are checked on B. Tests tagged @visibility
// are run a second time with both instances started without REDIS_URL, where they must fail.

const A = process.env.CLUSTER_A!;
const B = process.env.CLUSTER_B!;
const EDITOR = { email: "editor@cluster.local", password: "cluster-Bien-tap-2026" };
const DESKTOP_UA = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36";
const REFERENCE_SLUG = "dot-thi-dua-cao-diem-chao-mung-dai-hoi-cong-doan-cac-cap-trach-nhiem-tri-tue-tao-da-thanh-cong";
const run = Date.now().toString(36);

async function sql<T extends pg.QueryResultRow>(url: string, text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}
const primary = <T extends pg.QueryResultRow>(text: string, values: unknown[] = []) => sql<T>(process.env.CLUSTER_PRIMARY_URL!, text, values);
const replica = <T extends pg.QueryResultRow>(text: string, values: unknown[] = []) => sql<T>(process.env.CLUSTER_REPLICA_URL!, text, values);

function read(base: string, pathname: string) {
  return fetch(base + pathname, { headers: { "user-agent": DESKTOP_UA }, redirect: "manual" });
}

/** Loads a page on an instance until its page cache answers it (x-page-cache: HIT). */
async function warm(base: string, pathname: string) {
  await read(base, pathname).then((r) => r.arrayBuffer());
  const second = await read(base, pathname);
  await second.arrayBuffer();
  expect(second.status, `${base}${pathname}`).toBe(200);
  expect(second.headers.get("x-page-cache"), `${base}${pathname} is cached`).toBe("HIT");
}

/** Polls for at most 1 s after the change was acknowledged by instance A. */
async function withinOneSecond(check: () => Promise<boolean>, what: string) {
  await expect.poll(check, { timeout: 1_000, intervals: [50], message: `B is still stale 1 s after the change on A: ${what}` }).toBe(true);
}

async function signIn(page: Page) {
  await page.goto("/admin/dang-nhap");
  await page.getByLabel("Email").fill(EDITOR.email);
  await page.getByLabel("Mật khẩu").fill(EDITOR.password);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await page.waitForURL(/\/admin$/);
}

async function openEditor(page: Page, url: string) {
  await page.goto(url);
  await expect(page.locator('form[aria-label="Soạn bài"][data-hydrated="true"]')).toBeVisible();
}

/** Saves and waits until the server holds everything on screen (see tests/e2e/fixtures.ts). */
async function save(page: Page) {
  await page.getByRole("button", { name: "Lưu bài" }).click();
  await expect(page.locator("[data-save-state]:visible")).toHaveText(/^Đã lưu lúc \d{2}:\d{2}/);
  await expect(page.getByRole("status").filter({ hasText: "Đã lưu." })).toBeVisible();
}

test("@visibility a story published through A is on B's warm home and category pages, and its page, within 1 s", async ({ page }) => {
  const title = `Hà Nội mở thêm tuyến buýt điện nối các khu công nghiệp ${run}`;
  await warm(B, "/");
  await warm(B, "/chuyen-muc/thoi-su");
  await signIn(page);
  await openEditor(page, "/admin/bai-viet/moi");
  await page.getByLabel("Tiêu đề", { exact: true }).fill(title);
  await page.getByLabel("Sapo").fill("Tuyến buýt điện mới giúp công nhân đi làm thuận tiện hơn.");
  await page.getByLabel("Chuyên mục").selectOption({ label: "Thời sự" });
  await writeBody(page, "Nội dung bài viết về tuyến buýt điện.");
  await save(page);
  const editor = await newArticleAddress(page);
  const slug = await page.getByLabel("Đường dẫn (slug)").inputValue();
  await openEditor(page, editor);
  await page.getByRole("button", { name: "Xuất bản" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Đã xuất bản." })).toBeVisible();

  await withinOneSecond(async () => (await (await read(B, "/")).text()).includes(title), "home page");
  await withinOneSecond(async () => (await (await read(B, "/chuyen-muc/thoi-su")).text()).includes(title), "category page");
  const article = await read(B, `/bai-viet/${slug}`);
  expect(article.status).toBe(200);
  expect(await article.text()).toContain(title);
});

test("@visibility a title and caption edited through A reach B's warm article page within 1 s", async ({ page }) => {
  const [{ id }] = await primary<{ id: number }>("SELECT id FROM articles WHERE slug = $1", [REFERENCE_SLUG]);
  const pathname = `/bai-viet/${REFERENCE_SLUG}`;
  await warm(B, pathname);
  const title = `Đợt thi đua cao điểm chào mừng Đại hội Công đoàn các cấp (cập nhật ${run})`;
  const caption = `Cầu Ngọc Hà vượt qua sông Cà Lồ, ảnh cập nhật ${run}`;
  await signIn(page);
  await openEditor(page, `/admin/bai-viet/${id}`);
  await page.getByLabel("Tiêu đề", { exact: true }).fill(title);
  await bodyEditor(page).locator('[data-block-type="image"]').first().getByLabel(/^Chú thích ảnh \d+$/).fill(caption);
  await save(page);

  await withinOneSecond(async () => {
    const html = await (await read(B, pathname)).text();
    return html.includes(title) && html.includes(caption);
  }, "article title and photo caption");
  fs.writeFileSync(process.env.CLUSTER_STATE!, JSON.stringify({ path: pathname, currentTitle: title }));
});

test("@visibility a story unpublished through A answers 410 on B within 1 s", async ({ page }) => {
  const [story] = await primary<{ id: number; slug: string }>(
    "SELECT id, slug FROM articles WHERE status = 'PUBLISHED' AND slug <> $1 ORDER BY published_at DESC LIMIT 1 OFFSET 3",
    [REFERENCE_SLUG],
  );
  await warm(B, `/bai-viet/${story.slug}`);
  await signIn(page);
  await openEditor(page, `/admin/bai-viet/${story.id}`);
  await page.getByRole("button", { name: "Gỡ bài" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Đã gỡ bài khỏi trang báo." })).toBeVisible();
  await withinOneSecond(async () => (await read(B, `/bai-viet/${story.slug}`)).status === 410, `410 for /bai-viet/${story.slug}`);
});

test("a photo uploaded through A is served byte-identical by B, from S3, and is on no instance's disk", async ({ page }) => {
  await signIn(page);
  await openEditor(page, "/admin/bai-viet/moi");
  const photo = await sharp({ create: { width: 1200, height: 800, channels: 3, background: "#2a6f97" } }).jpeg().toBuffer();
  const block = await addPhotoBlock(page, { name: `cum-may-chu-${run}.jpg`, mimeType: "image/jpeg", buffer: photo });
  // The block shows the library's resized copy: "/media/<file key without extension>-<width>.webp".
  const shown = String(await block.locator("img").getAttribute("src"));
  const [media] = await primary<{ file_key: string; variants: number[] }>(
    "SELECT file_key, variants FROM media WHERE $1 LIKE '%/' || regexp_replace(file_key, '\\.[a-z0-9]+$', '') || '-%.webp'",
    [shown],
  );
  expect(media.variants).toContain(768);
  const webp = `${media.file_key.replace(/\.[a-z0-9]+$/, "")}-768.webp`;
  for (const key of [media.file_key, webp]) {
    const fromA = await fetch(`${A}/media/${key}`);
    const fromB = await fetch(`${B}/media/${key}`);
    expect(fromA.status, key).toBe(200);
    expect(fromB.status, key).toBe(200);
    const bytesA = Buffer.from(await fromA.arrayBuffer());
    const bytesB = Buffer.from(await fromB.arrayBuffer());
    expect(bytesB.equals(bytesA), `${key}: same bytes from A and B`).toBe(true);
    expect(fromB.headers.get("etag")).toBe(fromA.headers.get("etag"));
    expect(fromB.headers.get("cache-control")).toContain("immutable");
  }
  expect((await sharp(Buffer.from(await (await fetch(`${B}/media/${webp}`)).arrayBuffer())).metadata()).format).toBe("webp");

  // Nothing on the instances' (or the seed's) local media folders; the objects are in the S3 server's.
  const filesUnder = (dir: string): string[] =>
    fs.existsSync(dir) ? fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name)) : [];
  for (const dir of process.env.CLUSTER_MEDIA_DIRS!.split(path.delimiter)) expect(filesUnder(dir), dir).toEqual([]);
  const inS3 = filesUnder(process.env.CLUSTER_S3_DIR!).join("\n");
  expect(inS3).toContain(path.basename(media.file_key));
  expect(inS3).toContain(path.basename(webp));
});

test("20 articles scheduled 2 s ahead are each published exactly once and are visible on both instances", async () => {
  test.setTimeout(60_000);
  const prefix = `bai-hen-gio-cum-${run}`;
  // 20 scheduled copies of a published story (with its authors: the publish checks need one),
  // due in 2 s, in one statement; both instances' schedulers poll every 0.5 s.
  await primary(
    `WITH copies AS (
       INSERT INTO articles (title, slug, sapo, body, kind, status, scheduled_at, category_id, version, created_at, updated_at)
       SELECT 'Bài hẹn giờ số ' || n || ' (' || $2 || ')', $1 || '-' || n, a.sapo, a.body, a.kind, 'SCHEDULED', now() + interval '2 seconds', a.category_id, 1, now(), now()
       FROM articles a, generate_series(1, 20) AS n WHERE a.slug = $3
       RETURNING id
     )
     INSERT INTO bylines (article_id, person_id, role, position)
     SELECT c.id, b.person_id, b.role, b.position FROM copies c, bylines b JOIN articles r ON r.id = b.article_id WHERE r.slug = $3`,
    [prefix, run, REFERENCE_SLUG],
  );
  await expect
    .poll(async () => Number((await primary<{ n: string }>("SELECT count(*) AS n FROM articles WHERE slug LIKE $1 AND status = 'PUBLISHED'", [`${prefix}-%`]))[0].n), {
      timeout: 15_000,
    })
    .toBe(20);
  const rows = await primary<{ slug: string; version: number; publishes: string }>(
    `SELECT a.slug, a.version, (SELECT count(*) FROM audit_log l WHERE l.action = 'article.publish' AND l.target_id = a.id::text) AS publishes
     FROM articles a WHERE a.slug LIKE $1 ORDER BY a.slug`,
    [`${prefix}-%`],
  );
  expect(rows).toHaveLength(20);
  for (const row of rows) {
    expect({ slug: row.slug, version: row.version, publishes: Number(row.publishes) }).toEqual({ slug: row.slug, version: 2, publishes: 1 });
  }
  for (const row of rows) {
    for (const base of [A, B]) expect((await read(base, `/bai-viet/${row.slug}`)).status, `${base}/bai-viet/${row.slug}`).toBe(200);
  }
});

test("reader reads go to the replica; the newsroom's reads and writes to the primary", async ({ page }) => {
  const reset = "SELECT pg_stat_statements_reset()";
  await primary(reset);
  await replica(reset);
  // Uncached reader renders on B: each search is a new URL, so the page cache cannot answer it.
  for (const word of ["buyt dien", "cong doan", "thi dua", "ha noi"]) {
    const response = await read(B, `/tim-kiem?q=${encodeURIComponent(`${word} ${run}`)}`);
    expect(response.status).toBe(200);
  }
  // A newsroom write through A.
  const [{ id }] = await primary<{ id: number }>("SELECT id FROM articles WHERE slug = $1", [REFERENCE_SLUG]);
  await signIn(page);
  await openEditor(page, `/admin/bai-viet/${id}`);
  await page.getByLabel("Sapo").fill(`Sapo được sửa trong kiểm tra cụm máy chủ ${run}: phong trào thi đua lan tỏa khắp các cấp công đoàn.`);
  await save(page);

  const count = async (query: typeof primary, pattern: string) =>
    Number((await query<{ n: string }>("SELECT coalesce(sum(calls), 0) AS n FROM pg_stat_statements WHERE query ILIKE $1", [pattern]))[0].n);
  const searchOnReplica = await count(replica, "%title_hits%");
  const searchOnPrimary = await count(primary, "%title_hits%");
  const updatesOnPrimary = await count(primary, 'UPDATE "public"."articles"%');
  console.log(`search statements: replica ${searchOnReplica}, primary ${searchOnPrimary}; article updates on the primary: ${updatesOnPrimary}`);
  expect(searchOnReplica).toBeGreaterThanOrEqual(4);
  expect(searchOnPrimary).toBe(0);
  expect(updatesOnPrimary).toBeGreaterThanOrEqual(1);
  expect(await count(replica, 'UPDATE "public"."articles"%')).toBe(0);
  // The editor's own reads (the article it opened) went to the primary, not the replica.
  expect(await count(primary, '%FROM "public"."articles"%')).toBeGreaterThan(0);
});
