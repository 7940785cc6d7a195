import fs from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { serverLogSince, serverLogSize, signIn, USERS } from "./fixtures";

/**
 * Next.js registers every `'use cache'` function as a server reference (exported or not),
 * and runs whatever id an anonymous POST names. This walks the ids of the build the e2e
 * server runs (its server-reference manifest) and calls each one as an outsider would:
 * only the newsroom's own actions (src/newsroom/actions/) may run; every other id, and in
 * particular every cached read, must be refused before Next decodes it: a 404 from the
 * proxy, never a 200 with data nor a 500.
 */
type Entry = { filename: string; exportedName: string };
const manifest = JSON.parse(
  fs.readFileSync(path.join(process.cwd(), ".next", "server", "server-reference-manifest.json"), "utf8"),
) as { node: Record<string, Entry> };
const entries = Object.entries(manifest.node);
const ACTIONS_DIR = "src/newsroom/actions/";
const outside = entries.filter(([, e]) => !e.filename.startsWith(ACTIONS_DIR));
const signInId = entries.find(([, e]) => e.filename === `${ACTIONS_DIR}account.ts` && e.exportedName === "signInAction")?.[0];

const REFUSED_TEXT = "Không tìm thấy thao tác.";
// A path that is no page renders the not-found page, which runs actions too; /favicon.ico was
// outside the proxy's matcher. Each of these ran a cached read before.
const PATHS = ["/", "/admin/dang-nhap", "/favicon.ico", "/media", "/khong-co-trang-nay"];
const HOSTILE_ARGS = JSON.stringify(["thoi-su", null, 100000]);

async function expectRefused(response: Awaited<ReturnType<APIRequestContext["post"]>>, what: string) {
  expect(response.status(), what).toBe(404);
  expect(response.headers()["x-nextjs-action-not-found"], what).toBe("1");
  expect(await response.text(), what).toBe(REFUSED_TEXT);
}

/** A form as a page without JavaScript posts it: the action named by `$ACTION_REF_` + bound arguments. */
function boundActionForm(descriptor: string, bound: string, extra: Record<string, string> = {}) {
  return { $ACTION_REF_1: "", "$ACTION_1:0": descriptor, "$ACTION_1:1": bound, ...extra };
}


test("the build registers cached reads as server references (what this test guards against)", () => {
  // 18 cached reads in src/content at the time of writing; more may come, never fewer
  // without the test being revisited.
  const cached = outside.filter(([, e]) => e.filename.startsWith("src/content/") && e.exportedName.startsWith("$$RSC_SERVER_CACHE_"));
  expect(cached.length).toBeGreaterThanOrEqual(18);
  expect(new Set(cached.map(([, e]) => e.filename))).toEqual(
    new Set([
      "src/content/article/lists.ts",
      "src/content/article/queries.ts",
      "src/content/category/queries.ts",
      "src/content/feeds/queries.ts",
      "src/content/rails/queries.ts",
      "src/content/search/queries.ts",
    ]),
  );
  expect(signInId).toMatch(/^[0-9a-f]{42}$/);
});

test("no server reference outside src/newsroom/actions can be called by an anonymous POST", async ({ request }) => {
  const logFrom = await serverLogSize();
  expect(outside.length).toBeGreaterThanOrEqual(18);
  for (const [id, entry] of outside) {
    const what = `${entry.filename} ${entry.exportedName}`;
    for (const at of PATHS) {
      const fetchStyle = await request.post(at, {
        headers: { "Next-Action": id, "Content-Type": "text/plain;charset=UTF-8" },
        data: HOSTILE_ARGS,
        maxRedirects: 0,
      });
      await expectRefused(fetchStyle, `${what} via Next-Action at ${at}`);
    }
    // The same read through a no-JavaScript form post, with and without bound arguments.
    await expectRefused(
      await request.post("/", { multipart: boundActionForm(JSON.stringify({ id, bound: "$@1" }), HOSTILE_ARGS), maxRedirects: 0 }),
      `${what} via $ACTION_REF_`,
    );
    await expectRefused(await request.post("/", { multipart: { [`$ACTION_ID_${id}`]: "", q: "x" }, maxRedirects: 0 }), `${what} via $ACTION_ID_`);
    // A descriptor that names the sign-in action first but whose last "id" (the one JSON.parse
    // keeps) points, through an outlined chunk, at the cached read.
    const smuggled = `{"id":"${signInId}","bound":"$@1","id":"$2"}`;
    await expectRefused(
      await request.post("/", { multipart: boundActionForm(smuggled, "[{}]", { "$ACTION_1:2": JSON.stringify(id) }), maxRedirects: 0 }),
      `${what} smuggled behind the sign-in id`,
    );
  }
  const log = await serverLogSince(logFrom);
  expect(log).not.toContain("PrismaClientValidationError");
  expect(log).not.toContain("Failed to find Server Action");
  expect(log).not.toMatch(/⨯/);
});

test("the newsroom's own actions still work, with and without JavaScript", async ({ page, browser }) => {
  // With JavaScript: a fetch action carrying the Next-Action header.
  const actionCall = page.waitForResponse((r) => r.request().method() === "POST" && !!r.request().headers()["next-action"]);
  await signIn(page, USERS.writer);
  const response = await actionCall;
  expect(response.request().headers()["next-action"]).toBe(signInId);
  expect(response.status()).toBe(200);
  expect(response.headers()["x-action-redirect"]).toMatch(/^\/admin(;|$)/);

  // Without JavaScript: the form posts its $ACTION_REF_ fields (multipart) to the page itself,
  // which the proxy reads before letting it through.
  const context = await browser.newContext({ javaScriptEnabled: false });
  const noJs = await context.newPage();
  await noJs.goto("/admin/dang-nhap");
  await noJs.getByLabel("Email").fill(USERS.editor.email);
  await noJs.getByLabel("Mật khẩu").fill(USERS.editor.password);
  const posted = noJs.waitForResponse((r) => r.request().method() === "POST");
  await noJs.getByRole("button", { name: "Đăng nhập" }).click();
  expect((await posted).status()).toBe(303);
  await expect(noJs).toHaveURL(/\/admin$/);
  await expect(noJs.getByRole("heading", { level: 1 })).toHaveText(`Xin chào, ${USERS.editor.name}`);
  await context.close();
});
