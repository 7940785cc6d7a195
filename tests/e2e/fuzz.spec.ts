import fs from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import { ADMIN_ROUTES } from "@/newsroom/admin-routes";
import { REFERENCE_SLUG, signIn, USERS } from "./fixtures";

/**
 * Bounded, deterministic fuzz of every route: reader pages, the mobile edition, feeds,
 * sitemaps, stored media, the edition switch, search, the newsroom (anonymous and as
 * admin), every server action of src/newsroom/actions and the upload route, with
 * malformed path segments, query values and form fields. Each request must answer with a
 * status below 500 and a complete body within REQUEST_TIMEOUT_MS, and nothing may be
 * written (row counts of the server's database before and after, through
 * /e2e/row-counts, which only the e2e server turns on). Same seed, same requests.
 */

const SEED = 20261126;
const REQUEST_TIMEOUT_MS = 10_000;
const CONCURRENCY = 4;

/** mulberry32: small deterministic PRNG. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = prng(SEED);
const pick = <T,>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
const sample = <T,>(list: readonly T[], n: number): T[] => Array.from({ length: n }, () => pick(list));

/** Path segments as sent on the wire (already percent-encoded, some of them badly). */
const BAD_SEGMENTS = [
  "%00",
  "cong-doan%00",
  "%ff",
  "%C0%AE",
  "%E0%A4",
  "%",
  "%zz",
  "%F0%9F%98%80",
  "%0d%0aX-Injected:%201",
  "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
  "a%2Fb",
  "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
  "'%20OR%201=1%20--",
  "CONG-DOAN",
  "c%C3%B4ng-%C4%91o%C3%A0n",
  "x".repeat(3000),
  "99999999999",
  "2147483648",
  "2147483647",
  "0",
  "-1",
  "1e400",
  "0x10",
  "1.5",
  "NaN",
];

/** Raw query values (encoded with encodeURIComponent unless marked raw). */
const BAD_VALUES = [
  "\u0000",
  "a\u0000b",
  "\u0007\u001b[31m",
  "\ud800",
  "99999999999",
  "2147483648",
  "2147483647", // well-formed, but no such row
  "999999",
  "-1",
  "0",
  "1e400",
  "Infinity",
  "NaN",
  "0x10",
  "abc",
  "2dnw4tonmyo.1",
  "zzzzzzzzzzzz.zzzzzzzzzz",
  "1.1",
  "2htner8qo0.1",
  "9999-99-99",
  "2026-02-30",
  "toString",
  "__proto__",
  "constructor",
  "//evil.example",
  "/\\evil.example",
  "/m//evil.example",
  "javascript:alert(1)",
  "<script>alert(1)</script>",
  "y".repeat(5000),
  "",
];
/** Query strings with escapes that do not decode (sent as is; Next reads them as U+FFFD). */
const RAW_BAD_QUERIES = ["%ff", "%C0%AE", "a%", "%E0%A4%"];

/** encodeURIComponent, and for a lone surrogate (which it refuses) the bytes a sloppy client sends. */
const encode = (value: string) => {
  try {
    return encodeURIComponent(value);
  } catch {
    return "%ED%A0%80";
  }
};

const QUERY_KEYS = ["truoc", "trang", "q", "a", "b", "chuyen_muc", "nguoi", "tu", "den", "hanh_dong", "trang_thai", "sap_xep", "cua_toi", "tiep", "chon", "category", "tag", "author", "since", "cursor", "limit"];

/** Every routable path shape; `:x` is replaced by a malformed segment. */
const READER_ROUTES = [
  "/",
  `/bai-viet/${REFERENCE_SLUG}`,
  "/bai-viet/:x",
  "/chuyen-muc/cong-doan",
  "/chuyen-muc/:x",
  "/chu-de/thi-dua",
  "/chu-de/:x",
  "/tac-gia/pham-diep",
  "/tac-gia/:x",
  "/tim-kiem",
  "/khong-tim-thay",
  "/:x",
  "/m",
  `/m/bai-viet/${REFERENCE_SLUG}`,
  "/m/bai-viet/:x",
  "/m/chuyen-muc/cong-doan",
  "/m/chuyen-muc/:x",
  "/m/tim-kiem",
  "/m/khong-tim-thay",
  "/m/:x",
  "/rss.xml",
  "/rss/:x",
  "/rss/:x.xml",
  "/sitemap.xml",
  "/sitemaps/:x",
  "/sitemaps/articles-:x.xml",
  "/robots.txt",
  "/media/:x",
  "/media/seed/:x.jpg",
  "/media/:x/:x",
  "/phien-ban",
  "/luot-xem/:x",
  "/api/v1/articles",
  `/api/v1/articles/${REFERENCE_SLUG}`,
  "/api/v1/articles/:x",
  "/api/v1/categories",
  "/api/v1/openapi.json",
  "/api/v1/:x",
];
const ADMIN_EXTRA = [
  "/admin/bai-viet/:x",
  "/admin/bai-viet/1",
  "/admin/bai-viet/:x/phien-ban",
  "/admin/bai-viet/1/phien-ban",
  "/admin/bai-viet/:x/xem-truoc",
  "/admin/bai-viet/:x/xem-truoc-di-dong",
  "/admin/dang-nhap",
  "/admin/dat-lai-mat-khau/:x",
  "/admin/:x",
];
const ALL_ROUTES = [...READER_ROUTES, ...ADMIN_ROUTES.map((r) => r.path), ...ADMIN_EXTRA];

function urlsFor(route: string, perRoute: number): string[] {
  const urls: string[] = [];
  const withSegments = () => route.replace(/:x/g, () => pick(BAD_SEGMENTS));
  if (route.includes(":x")) for (let i = 0; i < perRoute; i++) urls.push(withSegments());
  // Query strings on the route (its segments chosen the same way).
  for (let i = 0; i < Math.ceil(perRoute / 2); i++) {
    const params = sample(QUERY_KEYS, 1 + Math.floor(random() * 3)).map((key) => `${key}=${encode(pick(BAD_VALUES))}`);
    if (random() < 0.3) params.push(params[0]); // repeated key: an array in searchParams
    urls.push(`${withSegments()}?${params.join("&")}`);
  }
  urls.push(`${withSegments()}?${pick(QUERY_KEYS)}=${pick(RAW_BAD_QUERIES)}`);
  return urls;
}

/** The cases every run must include, whatever the seed picks (the ones reported in issue 13). */
const MUST = [
  "/chu-de/%00",
  "/chuyen-muc/%00",
  "/tac-gia/%00",
  "/bai-viet/%00",
  "/m/chuyen-muc/%00",
  "/m/bai-viet/%00",
  "/chu-de/%ff",
  "/chuyen-muc/%C0%AE",
  "/media/%ff",
  "/m/bai-viet/%ff",
  "/rss/%ff.xml",
  "/admin/dat-lai-mat-khau/%ff",
  "/chuyen-muc/cong-doan?truoc=2dnw4tonmyo.1",
  "/api/v1/articles/%00",
  "/api/v1/articles/%ff",
  "/api/v1/articles?cursor=2dnw4tonmyo.1&since=9999-12-31&limit=50",
  "/api/v1/articles?category=%00&tag=%ff&author=x&since=1e400",
  "/m/chuyen-muc/cong-doan?truoc=2dnw4tonmyo.1",
  "/tim-kiem?q=%00&trang=1e400",
  "/phien-ban?tiep=%2F%0d%0aX:1",
  "/admin/bai-viet/99999999999",
  "/admin/bai-viet?trang=1e400",
  "/admin/bai-viet?chuyen_muc=99999999999",
  "/admin/bai-viet?q=%00",
  "/admin/anh?q=%00",
  "/admin/nhat-ky?nguoi=99999999999&truoc=1e400&tu=9999-99-99",
  "/admin/bai-viet/1/phien-ban?a=abc&b=1e400",
  "/admin/bai-viet/1/xem-truoc-di-dong",
  "/admin/bai-viet/99999999999/xem-truoc-di-dong",
];

type Counts = Record<string, unknown> & { audit: Record<string, number> };

async function rowCounts(request: APIRequestContext): Promise<Counts> {
  const response = await request.get("/e2e/row-counts");
  expect(response.status(), "the e2e server must expose /e2e/row-counts").toBe(200);
  const counts = (await response.json()) as Counts;
  // The scheduling clock may publish an article another test scheduled: not ours.
  delete counts.audit["article.publish"];
  return counts;
}

/** A request that must complete (body included) with a status below 500; returns its body. */
async function expectAnswered(what: string, send: () => Promise<APIResponse>, failures: string[]): Promise<string> {
  let response: APIResponse;
  let body: Buffer;
  try {
    response = await send();
    body = await response.body();
  } catch (error) {
    failures.push(`${what}: no complete response (${String(error).split("\n")[0]})`);
    return "";
  }
  if (response.status() >= 500) failures.push(`${what}: ${response.status()}`);
  return body.length < 100_000 ? body.toString("utf8") : "";
}

async function inPool<T>(items: T[], run: (item: T) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < items.length) await run(items[next++]);
    }),
  );
}

const get = (request: APIRequestContext, url: string) => (): Promise<APIResponse> =>
  request.get(url, { maxRedirects: 0, timeout: REQUEST_TIMEOUT_MS, failOnStatusCode: false });

// ---------------------------------------------------------------- server actions

type Entry = { filename: string; exportedName: string; workers?: Record<string, unknown> };
type Action = { id: string; name: string; page: string };
/** "app/admin/(noi-bo)/anh/page" → "/admin/anh": a page whose bundle has the action. */
const pagePath = (worker: string) => worker.replace(/^app/, "").replace(/\/page$/, "").replace(/\/\([^)]+\)/g, "") || "/";
function newsroomActions(): Action[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(process.cwd(), ".next", "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, Entry>;
  };
  return Object.entries(manifest.node)
    .filter(([, e]) => e.filename.startsWith("src/newsroom/actions/") && !e.exportedName.startsWith("$$"))
    .map(([id, e]) => {
      const pages = Object.keys(e.workers ?? {}).map(pagePath).filter((p) => !p.includes("["));
      return { id, name: e.exportedName, page: pages.sort((a, b) => a.length - b.length)[0] ?? "/admin/dang-nhap" };
    })
    .sort((x, y) => x.name.localeCompare(y.name));
}
/** Signing out writes by design and takes no input: nothing to fuzz. */
const WRITES_WITHOUT_INPUT = new Set(["signOutAction", "signOutEverywhereAction"]);

/** Fields any action reads (their values are always malformed). */
const FORM_FIELDS = [
  "id", "version", "revision", "payload", "autosave", "scheduledAt", "q", "exclude", "slot", "ids",
  "userId", "role", "disabled", "email", "name", "password", "confirm", "current", "token", "tiep",
  "alt", "caption", "credit", "focalX", "focalY",
];
const BAD_FORM_VALUES = [
  ...BAD_VALUES,
  "\u0000".repeat(3),
  "1\u0000",
  "{",
  "[]",
  "null",
  JSON.stringify({ title: "Tiêu đề\u0000", sapo: "x", categoryId: 2 ** 31, kind: "NEWS", bylines: [], body: [] }),
  JSON.stringify({ title: "T".repeat(400), sapo: "s".repeat(10), categoryId: "1e400", kind: "X", bylines: [{ name: "\u0000", role: "" }], body: [{ type: "paragraph", content: [{ text: "a\u0000" }] }] }),
  JSON.stringify({ coverMediaId: 99999999999, relatedIds: [2147483648, -1] }),
  "1,2147483648",
];

/** An article form that is valid but for `change` (category 1 exists in the seeded database). */
const articlePayload = (change: Record<string, unknown> = {}, text = "Đoạn văn của bài thử.") =>
  JSON.stringify({
    title: "Bài thử dữ liệu biên",
    sapo: "Sapo của bài thử nghiệm dữ liệu biên.",
    categoryId: 1,
    kind: "NEWS",
    bylines: [{ name: "Phóng viên", role: "Bài" }],
    body: [{ type: "paragraph", content: [{ text }] }],
    ...change,
  });

/**
 * Forms that are valid but for one field (a NUL, an id beyond 2^31-1, an id with no row):
 * they reach the database code, where each used to fail with a 500.
 */
const NEAR_VALID: [string, [string, string][]][] = [
  ["createUserAction", [["email", "fuzz-nul@e2e.local"], ["name", "Tên\u0000thử"], ["role", "WRITER"], ["password", "Mat-khau-thu-2026!"]]],
  ["updateMediaAction", [["id", "2147483647"], ["alt", "Mô tả ảnh"], ["focalX", "0.5"], ["focalY", "0.5"]]],
  ["updateMediaAction", [["id", "2147483648"], ["alt", "Mô tả ảnh"], ["focalX", "0.5"], ["focalY", "0.5"]]],
  ["deleteMediaAction", [["id", "2147483647"]]],
  ["deleteMediaAction", [["id", "1e400"]]],
  ["saveArticleAction", [["payload", articlePayload({ coverMediaId: 2147483647 })]]],
  ["saveArticleAction", [["payload", articlePayload({ relatedIds: [2147483647] })]]],
  ["saveArticleAction", [["payload", articlePayload({ title: "Tiêu đề có \u0000 ký tự" })]]],
  ["saveArticleAction", [["payload", articlePayload({}, "đoạn có \u0000")]]],
  ["saveArticleAction", [["payload", articlePayload({ categoryId: 2147483648 })]]],
  ["saveArticleAction", [["id", "2147483648"], ["version", "1"], ["payload", articlePayload()]]],
  ["saveArticleAction", [["id", "2147483647"], ["version", "1e400"], ["payload", articlePayload()]]],
  ["publishArticleAction", [["id", "2147483648"], ["version", "1"]]],
  ["scheduleArticleAction", [["id", "2147483647"], ["version", "1e400"], ["scheduledAt", "2099-01-01T08:00"]]],
  ["restoreRevisionAction", [["id", "1"], ["revision", "2147483648"], ["version", "1"]]],
  ["setPicksAction", [["slot", "must-see"], ["ids", "2147483648"]]],
  ["setRoleAction", [["userId", "2147483648"], ["role", "WRITER"]]],
  ["setDisabledAction", [["userId", "2147483647"], ["disabled", "1"]]],
  ["resetLinkAction", [["userId", "99999999999"]]],
  ["searchTitlesAction", [["q", "cong\u0000doan"], ["exclude", "2147483648"]]],
  ["searchMediaAction", [["q", "%_\\ ".repeat(60)]]],
  ["signInAction", [["email", "admin@e2e.local\u0000"], ["password", "x"]]],
];

/**
 * A fetch-style server action call as React encodes it, (prevState, formData): the form's
 * fields as "_1_<name>", then the arguments as part "0" (last: the server resolves the
 * arguments as soon as that part arrives).
 */
function actionCall(fields: [string, string][], root?: string): FormData {
  const multipart = new FormData();
  for (const [key, value] of fields) multipart.append(`_1_${key}`, value);
  multipart.append("0", root ?? JSON.stringify([{}, "$K1"]));
  return multipart;
}

test.describe.configure({ timeout: 120_000 });

test("malformed paths, queries and forms on every route: no 5xx, complete responses, nothing written", async ({ page, request, baseURL }) => {
  await signIn(page, USERS.admin);
  const admin = page.request;
  const before = await rowCounts(request);
  const failures: string[] = [];
  let sent = 0;

  // 1. GET: every route shape, anonymous and as admin.
  const urls = [...MUST, ...ALL_ROUTES.flatMap((route) => urlsFor(route, route.startsWith("/admin") ? 3 : 5))];
  const adminUrls = [...MUST.filter((u) => u.startsWith("/admin")), ...ALL_ROUTES.filter((r) => r.startsWith("/admin")).flatMap((r) => urlsFor(r, 3))];
  await inPool(urls, async (url) => void (sent++, await expectAnswered(`GET ${url.slice(0, 120)} (anonymous)`, get(request, url), failures)));
  await inPool(adminUrls, async (url) => void (sent++, await expectAnswered(`GET ${url.slice(0, 120)} (admin)`, get(admin, url), failures)));

  // 2. Headers: cookies that do not decode, a phone with a Host that is no host (the proxy
  // redirects it to the mobile edition on that host).
  for (const cookie of ["newsroom_session=%ff", "newsroom_session=%00", "edition=%E0%A4; =; ;", `newsroom_session=${"x".repeat(4000)}`]) {
    for (const url of ["/", "/admin", "/admin/bai-viet", "/m"]) {
      sent++;
      await expectAnswered(`GET ${url} Cookie: ${cookie.slice(0, 30)}`, () => request.get(url, { headers: { cookie }, maxRedirects: 0, timeout: REQUEST_TIMEOUT_MS }), failures);
    }
  }
  for (const host of ["a b", "[", "%ff", "exa\tmple"]) {
    sent++;
    await expectAnswered(`GET / Host: ${JSON.stringify(host)}`, () =>
      request.get("/", { headers: { host, "user-agent": "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) Mobile Safari" }, maxRedirects: 0, timeout: REQUEST_TIMEOUT_MS }), failures);
  }

  // 3. Server actions: every action of src/newsroom/actions, malformed fields, as anonymous and admin.
  const actions = newsroomActions().filter((a) => !WRITES_WITHOUT_INPUT.has(a.name));
  expect(actions.length, "server actions found in the build's manifest").toBeGreaterThanOrEqual(15);
  const actionCalls: { who: "anonymous" | "admin"; action: Action; multipart: FormData; label: string }[] = [];
  for (const action of actions) {
    for (const who of ["anonymous", "admin"] as const) {
      for (let i = 0; i < 4; i++) {
        const fields = sample(FORM_FIELDS, 4 + Math.floor(random() * 6)).map((key): [string, string] => [key, pick(BAD_FORM_VALUES)]);
        actionCalls.push({ who, action, multipart: actionCall(fields), label: fields.map(([k, v]) => `${k}=${JSON.stringify(v.slice(0, 20))}`).join("&") });
      }
      // Not a form at all, no arguments, and a huge field (refused with a 413 above 2 MB).
      actionCalls.push({ who, action, multipart: actionCall([], JSON.stringify([{}, "không phải form"])), label: "string argument" });
      actionCalls.push({ who, action, multipart: actionCall([], "[]"), label: "no arguments" });
    }
    actionCalls.push({ who: "admin", action, multipart: actionCall([["payload", "ư".repeat(3 * 1024 * 1024)], ["title", "x"]]), label: "6 MB field" });
  }
  for (const [name, fields] of NEAR_VALID) {
    const action = actions.find((a) => a.name === name);
    expect(action, name).toBeDefined();
    actionCalls.push({ who: "admin", action: action!, multipart: actionCall(fields), label: `near-valid ${fields.map(([k, v]) => `${k}=${JSON.stringify(v.slice(0, 40))}`).join("&")}` });
  }
  // What the handlers answered: proof that the calls reached them (and were refused there).
  const answers = { denied: 0, refused: 0 };
  await inPool(actionCalls, async ({ who, action, multipart, label }) => {
    sent++;
    const body = await expectAnswered(`${action.name} as ${who} (${label.slice(0, 160)})`, () =>
      (who === "admin" ? admin : request).post(action.page, {
        headers: { "Next-Action": action.id, Accept: "text/x-component", Origin: baseURL! },
        multipart,
        maxRedirects: 0,
        timeout: REQUEST_TIMEOUT_MS,
      }), failures);
    if (body.includes('"denied":"anonymous"')) answers.denied++;
    else if (body.includes('"ok":false')) answers.refused++;
  });

  // 4. The upload route and the scheduler's route with malformed forms and headers.
  const uploads: [string, Record<string, string>, Record<string, string | { name: string; mimeType: string; buffer: Buffer }>][] = [
    ["Origin: null", { Origin: "null" }, { alt: "a" }],
    ["Origin: %ff", { Origin: "http://%ff" }, { alt: "a" }],
    ["no file", { Origin: baseURL! }, { alt: "\u0000" }],
    ["NUL in alt", { Origin: baseURL! }, { alt: "ảnh\u0000", file: { name: "a.jpg", mimeType: "image/jpeg", buffer: Buffer.from("not an image") } }],
    ["garbage file", { Origin: baseURL! }, { caption: "c".repeat(5000), file: { name: "%00.jpg", mimeType: "image/jpeg", buffer: Buffer.alloc(2048, 0xff) } }],
    ["file as text", { Origin: baseURL! }, { file: "\u0000" }],
  ];
  for (const [label, headers, multipart] of uploads) {
    for (const [who, client] of [["anonymous", request], ["admin", admin]] as const) {
      sent++;
      await expectAnswered(`POST /admin/media/tai-len ${label} as ${who}`, () =>
        client.post("/admin/media/tai-len", { headers, multipart, maxRedirects: 0, timeout: REQUEST_TIMEOUT_MS }), failures);
    }
  }
  // The secret is 48 hex characters; 48 Latin-1 characters are 96 bytes in UTF-8.
  for (const secret of ["", encodeURIComponent("\u0000"), "x".repeat(64), "ÿ".repeat(48), "é".repeat(48)]) {
    sent++;
    await expectAnswered(`POST /admin/lich-xuat-ban secret=${JSON.stringify(secret.slice(0, 5))}`, () =>
      request.post("/admin/lich-xuat-ban", { headers: { "x-scheduler-secret": secret }, maxRedirects: 0, timeout: REQUEST_TIMEOUT_MS }), failures);
  }

  const after = await rowCounts(request);
  expect(failures, `${failures.length} of ${sent} requests failed`).toEqual([]);
  expect(after, "malformed requests must not write anything").toEqual(before);
  expect(sent).toBeGreaterThan(600);
  // Anonymous calls of guarded actions are denied; the admin's (and public actions') reach
  // their handler and are refused there with a message.
  expect(answers.denied).toBeGreaterThanOrEqual(actions.length * 4);
  expect(answers.refused).toBeGreaterThanOrEqual(actions.length * 6);
});

test("the reported cases answer 400 or 404, completely", async ({ request }) => {
  const status = async (url: string) => (await request.get(url, { maxRedirects: 0, timeout: REQUEST_TIMEOUT_MS })).status();
  for (const url of ["/chu-de/%00", "/chuyen-muc/%00", "/tac-gia/%00", "/bai-viet/%00", "/m/chuyen-muc/%00", "/m/bai-viet/%00"]) {
    expect(await status(url), url).toBe(404);
  }
  for (const url of ["/chu-de/%ff", "/chuyen-muc/%C0%AE", "/media/%ff", "/m/bai-viet/%ff", "/rss/%ff.xml", "/sitemaps/%E0%A4", "/%"]) {
    expect(await status(url), url).toBe(400);
  }
  expect(await status("/chuyen-muc/cong-doan?truoc=2dnw4tonmyo.1")).toBe(404);
  expect(await status("/m/chuyen-muc/cong-doan?truoc=2dnw4tonmyo.1")).toBe(400);
  expect(await status("/m/tim-kiem?trang=1e400")).toBe(400);
  expect(await status("/tim-kiem?trang=1e400")).toBe(404);
});

test("an over-long paragraph is a message on the body; a 5 MB or 20 MB save a 413; Origin: null a 403", async ({ page, baseURL }) => {
  await signIn(page, USERS.admin);
  const before = await rowCounts(page.request);
  const save = newsroomActions().find((a) => a.name === "saveArticleAction")!;
  const post = (text: string) =>
    page.request.post(save.page, {
      headers: { "Next-Action": save.id, Accept: "text/x-component", Origin: baseURL! },
      multipart: actionCall([["payload", articlePayload({}, text)]]),
      maxRedirects: 0,
      timeout: 30_000,
    });

  const long = await post("ư".repeat(600_000)); // 1.2 MB of UTF-8: under the body limit
  expect(long.status()).toBe(200);
  expect(await long.text()).toContain('"body":"Khối nội dung số 1: Đoạn văn quá dài (tối đa 20000 ký tự)."');

  for (const size of [5, 20]) {
    const huge = await post("x".repeat(size * 1024 * 1024));
    expect(huge.status(), `${size} MB`).toBe(413);
    expect(await huge.text()).toBe("Dữ liệu gửi lên quá lớn (tối đa 2 MB). Nội dung chưa được lưu.");
  }
  expect(await rowCounts(page.request)).toEqual(before);

  const upload = await page.request.post("/admin/media/tai-len", { headers: { Origin: "null" }, multipart: { alt: "a" }, maxRedirects: 0 });
  expect(upload.status()).toBe(403);
});
