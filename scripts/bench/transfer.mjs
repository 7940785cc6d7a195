// Bytes a browser transfers for a page, measured in Chromium through CDP, for the desktop
// site and the mobile edition; then load timings under a throttled slow-4G profile.
// Usage: node scripts/bench/transfer.mjs [path]   (server at BASE, default http://127.0.0.1:3000)
import { chromium, devices } from "@playwright/test";

const base = process.env.BASE || "http://127.0.0.1:3000";
const path = process.argv[2] || "/bai-viet/dot-thi-dua-cao-diem-chao-mung-dai-hoi-cong-doan-cac-cap-trach-nhiem-tri-tue-tao-da-thanh-cong";
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
});

// Slow 4G as Lighthouse defines it: 150 ms RTT, 1.6 Mbit/s down, 750 kbit/s up.
const SLOW_4G = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };

async function measure(label, url, options, throttle) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  if (throttle) await cdp.send("Network.emulateNetworkConditions", throttle);
  const types = new Map();
  const sizes = {};
  cdp.on("Network.responseReceived", (e) => types.set(e.requestId, e.type));
  cdp.on("Network.loadingFinished", (e) => {
    const type = types.get(e.requestId) ?? "Other";
    sizes[type] = (sizes[type] ?? 0) + e.encodedDataLength;
  });
  await page.goto(url, { waitUntil: "load" });
  await page.waitForTimeout(500);
  const timing = await page.evaluate(() => {
    const nav = performance.getEntriesByType("navigation")[0];
    const paint = performance.getEntriesByName("first-contentful-paint")[0];
    return { ttfb: nav.responseStart, fcp: paint?.startTime ?? null, domContentLoaded: nav.domContentLoadedEventEnd, load: nav.loadEventEnd };
  });
  const scripts = await page.locator("script").count();
  await context.close();
  const kb = (n) => `${((n ?? 0) / 1024).toFixed(1)} KB`;
  console.log(
    `${label}: HTML ${kb(sizes.Document)}, JS ${kb(sizes.Script)} (${scripts} <script>), CSS ${kb(sizes.Stylesheet)}, images ${kb(sizes.Image)}` +
      (throttle ? ` | slow 4G: TTFB ${timing.ttfb.toFixed(0)} ms, FCP ${timing.fcp?.toFixed(0)} ms, DCL ${timing.domContentLoaded.toFixed(0)} ms, load ${timing.load.toFixed(0)} ms` : ""),
  );
}

const phone = { ...devices["Pixel 7"] };
const full = { viewport: { width: 1366, height: 900 } };
console.log("Transferred bytes as sent on the wire (gzip where the server compresses):");
await measure("desktop site, desktop", new URL(path, base).href, full);
await measure("mobile edition, phone", new URL(`/m${path}`, base).href, phone);
await measure("desktop site, desktop, slow 4G", new URL(path, base).href, full, SLOW_4G);
await measure("mobile edition, phone, slow 4G", new URL(`/m${path}`, base).href, phone, SLOW_4G);
await browser.close();
