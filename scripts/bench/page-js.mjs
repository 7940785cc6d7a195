#!/usr/bin/env node
// JavaScript weight of pages (gzip) and the editor's time to interactive, in real Chromium.
//
//   BASE=http://127.0.0.1:3100 EMAIL=writer@e2e.local PASSWORD=… node scripts/bench/page-js.mjs [--runs 5]
//
// For each page: every script the page loads (as the browser gets it), its size gzipped at level 9
// (what a CDN sends), and whether any of it is the editor framework (Tiptap/ProseMirror/Yjs), which
// reader pages must never load. For the new-article editor: the time from navigation to the moment
// the body accepts typing (the document editor mounted and React hydrated), median of --runs.
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";

const BASE = process.env.BASE ?? "http://127.0.0.1:3100";
const EMAIL = process.env.EMAIL ?? "writer@e2e.local";
const PASSWORD = process.env.PASSWORD ?? "e2e-Phong-vien-2026";
const RUNS = Number(process.argv[process.argv.indexOf("--runs") + 1]) || 5;
const READER_PAGES = ["/", process.env.ARTICLE ?? "/bai-viet/dot-thi-dua-cao-diem-chao-mung-dai-hoi-cong-doan-cac-cap-trach-nhiem-tri-tue-tao-da-thanh-cong", "/chuyen-muc/thoi-su", "/tim-kiem?q=cong+doan"];
const EDITOR_PAGE = "/admin/bai-viet/moi";
// What "accepts typing" means: the body document mounted in the hydrated editor. READY overrides it
// (e.g. 'form[aria-label="Soạn bài"][data-hydrated="true"]' to time an older, form-based editor).
const READY = process.env.READY ?? 'form[aria-label="Soạn bài"][data-hydrated="true"] .ProseMirror[contenteditable="true"]';
const EDITOR_MARKERS = /prosemirror|tiptap|y-prosemirror|yjs|ySyncPlugin/i;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
});

async function scriptsOf(page, path) {
  const bodies = [];
  const listener = async (response) => {
    if (response.request().resourceType() !== "script") return;
    try {
      bodies.push({ url: response.url(), body: await response.body() });
    } catch {
      /* a redirect or an aborted load has no body */
    }
  };
  page.on("response", listener);
  await page.goto(BASE + path, { waitUntil: "networkidle" });
  page.off("response", listener);
  const gzip = bodies.reduce((n, s) => n + gzipSync(s.body, { level: 9 }).length, 0);
  const raw = bodies.reduce((n, s) => n + s.body.length, 0);
  const editorCode = bodies.some((s) => EDITOR_MARKERS.test(s.body.toString("latin1")));
  return { path, files: bodies.length, raw, gzip, editorCode };
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const rows = [];
{
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  const page = await context.newPage();
  for (const path of READER_PAGES) rows.push({ kind: "reader", ...(await scriptsOf(page, path)) });
  await page.goto(`${BASE}/admin/dang-nhap`);
  await page.getByLabel("Email").fill(EMAIL);
  await page.getByLabel("Mật khẩu").fill(PASSWORD);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await page.waitForURL(/\/admin$/);
  rows.push({ kind: "editor", ...(await scriptsOf(page, EDITOR_PAGE)) });

  // Time to interactive of the editor: navigation start → the body document accepts typing.
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    await page.goto("about:blank");
    const start = Date.now();
    await page.goto(BASE + EDITOR_PAGE, { waitUntil: "commit" });
    await page.locator(READY).waitFor();
    times.push(Date.now() - start);
  }
  times.sort((a, b) => a - b);
  console.log("page | scripts | JS raw | JS gzip | editor framework loaded");
  for (const r of rows) console.log(`${r.kind} ${r.path} | ${r.files} | ${kb(r.raw)} | ${kb(r.gzip)} | ${r.editorCode ? "YES" : "no"}`);
  console.log(`editor time to interactive (navigation → body accepts typing), ${RUNS} runs: median ${times[Math.floor(times.length / 2)]} ms, min ${times[0]} ms, max ${times[times.length - 1]} ms`);
  await context.close();
}
await browser.close();
const leaked = rows.filter((r) => r.kind === "reader" && r.editorCode);
if (leaked.length) {
  console.error(`reader pages loading editor code: ${leaked.map((r) => r.path).join(", ")}`);
  process.exit(1);
}
