// Page benchmark: each reader page of a running server side by side with a static server
// answering the same bytes from memory in its own process, measured in the same run by the
// same load generator (autocannon, in a process of its own). Prints req/s, p97.5, errors and
// the ratio to the static server at 50 and 200 connections, the server's memory before and
// after a soak at 200 connections; and first, for every page type (with a tag and an author page),
// its bytes (HTML, gzip, React flight payload, scripts) and its first render after a warm-up
// (Server-Timing of that render: its data uncached, as after a write). Loopback only; every run
// is bounded in time.
//
// Usage: node scripts/bench/pages.mjs [--seconds 10] [--soak 60] [--pid <server pid>] [--encoding identity|gzip|br]
//   --encoding: what the load asks for (Accept-Encoding) and the static twin answers: identity
//   (default, the uncompressed bytes) or, as browsers ask, the server's stored br / gzip copy.
//   BASE=http://127.0.0.1:3000 (default). Start the server first: `npm start`.
import { execFileSync, fork, spawn } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";

const args = Object.fromEntries(process.argv.slice(2).join(" ").split("--").filter(Boolean).map((a) => a.trim().split(/\s+/)));
const base = process.env.BASE || "http://127.0.0.1:3000";
const seconds = Math.min(Number(args.seconds ?? 10), 60);
const soak = Math.min(Number(args.soak ?? 60), 120);
const encoding = args.encoding ?? "identity";
if (!["identity", "gzip", "br"].includes(encoding)) throw new Error("--encoding is identity, gzip or br");
const baseUrl = new URL(base);
if (!["127.0.0.1", "localhost", "[::1]"].includes(baseUrl.hostname)) throw new Error("benchmarks only target this machine");

const REFERENCE = "dot-thi-dua-cao-diem-chao-mung-dai-hoi-cong-doan-cac-cap-trach-nhiem-tri-tue-tao-da-thanh-cong";
const pages = [
  ["article", `/bai-viet/${REFERENCE}`, 0.25],
  ["home", "/", 0.25],
  ["category", "/chuyen-muc/cong-doan", 0.25],
  ["mobile article", `/m/bai-viet/${REFERENCE}`, 0.5],
  ["mobile home", "/m", 0.5],
  ["rss", "/rss.xml", 0.5],
];
const DESKTOP_UA = "Mozilla/5.0 (X11; Linux x86_64) bench";

function serverPid() {
  if (args.pid) return Number(args.pid);
  try {
    const out = execFileSync("ss", ["-ltnpH", `sport = :${baseUrl.port || 80}`], { encoding: "utf8" });
    return Number(out.match(/pid=(\d+)/)?.[1]) || null;
  } catch {
    return null;
  }
}
const rssMb = (pid) => {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
    return Math.round(Number(status.match(/VmRSS:\s+(\d+)/)[1]) / 1024);
  } catch {
    return null;
  }
};

function autocannon(url, connections, duration) {
  const bin = path.resolve(import.meta.dirname, "../../node_modules/.bin/autocannon");
  return new Promise((resolve, reject) => {
    const headers = ["-H", `user-agent=${DESKTOP_UA}`, ...(encoding === "identity" ? [] : ["-H", `accept-encoding=${encoding}`])];
    const child = spawn(bin, ["--json", "-c", String(connections), "-d", String(duration), "-t", "10", ...headers, url], { stdio: ["ignore", "pipe", "ignore"] });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.on("error", reject);
    child.on("exit", () => {
      try {
        const r = JSON.parse(out);
        resolve({ rps: r.requests.average, p975: r.latency.p97_5, non2xx: r.non2xx, errors: r.errors + r.timeouts, total: r.requests.total });
      } catch (error) {
        reject(error);
      }
    });
  });
}

async function staticTwin(body, contentType, contentEncoding, port) {
  const file = path.join(os.tmpdir(), `bench-page-${port}`);
  fs.writeFileSync(file, body);
  const child = fork(path.join(import.meta.dirname, "static-server.mjs"), [file, contentType, String(port), contentEncoding], { stdio: "ignore" });
  await new Promise((resolve) => child.once("message", resolve));
  return child;
}

/** Bytes of the page that are React's flight payload (inline `self.__next_f.push(...)` scripts). */
function flightShare(html) {
  let flight = 0;
  for (const m of html.matchAll(/<script[^>]*>(self\.__next_f\.push[\s\S]*?)<\/script>/g)) flight += Buffer.byteLength(m[1]);
  return flight;
}

/** The bytes a reader asking with `encoding` receives, as sent (fetch would decompress them). */
function rawGet(url) {
  return new Promise((resolve, reject) => {
    const headers = { "user-agent": DESKTOP_UA, ...(encoding === "identity" ? {} : { "accept-encoding": encoding }) };
    http
      .get(url, { headers }, (res) => {
        const chunks = [];
        res.on("data", (c) => chunks.push(c));
        res.on("end", () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
        res.on("error", reject);
      })
      .on("error", reject);
  });
}

const get = (pagePath) => fetch(new URL(pagePath, base), { headers: { "user-agent": DESKTOP_UA } });

const pid = serverPid();
console.log(`server ${base} (pid ${pid ?? "?"}), ${os.cpus().length} cores, ${new Date().toISOString()}, ${seconds} s per run, Accept-Encoding: ${encoding}`);
// Warm-up, as a running server is warm when a write invalidates a page: 30 other articles
// (desktop and mobile), then the category, tag and author pages they link to, are rendered
// first. The first renders measured next are then those of the measured pages' own data,
// uncached, on warm code (a freshly started process would also be compiling and optimising
// that code: its very first render of a page type takes 2–4 times longer).
const sitemap = await (await get("/sitemaps/articles-0.xml")).text();
const articles = [...sitemap.matchAll(/<loc>[^<]*?(\/bai-viet\/[a-z0-9-]+)<\/loc>/g)].map((m) => m[1]).filter((p) => !p.endsWith(REFERENCE));
const measured = new Set(pages.map(([, p]) => p));
const lists = new Map();
for (const article of articles.slice(0, 30)) {
  const html = await (await get(article)).text();
  await (await get(`/m${article}`)).arrayBuffer();
  for (const m of html.matchAll(/href="(\/(?:chuyen-muc|chu-de|tac-gia)\/[a-z0-9-]+)"/g)) lists.set(m[1], (lists.get(m[1]) ?? 0) + 1);
}
// The tag and author linked most by those articles are measured too (not rendered in the warm-up).
const pick = (prefix) => [...lists].filter(([p]) => p.startsWith(prefix)).sort((a, b) => b[1] - a[1])[0]?.[0];
const extra = [["tag", pick("/chu-de/")], ["author", pick("/tac-gia/")]].filter(([, p]) => p);
for (const [p] of lists) {
  if (measured.has(p) || extra.some(([, e]) => e === p)) continue;
  await (await get(p)).arrayBuffer();
  if (p.startsWith("/chuyen-muc/")) await (await get(`/m${p}`)).arrayBuffer();
}
// First render (uncached data, warm process) and bytes of every page type, before any load.
const firsts = new Map();
console.log("\npage            status   HTML    gzip  flight  scripts  first render");
for (const [name, pagePath] of [...pages, ...extra]) {
  const response = await fetch(new URL(pagePath, base), { headers: { "user-agent": DESKTOP_UA, "accept-encoding": "gzip" } });
  const timing = response.headers.get("server-timing")?.match(/render;dur=([\d.]+)/)?.[1];
  const gzipped = response.headers.get("content-encoding") === "gzip";
  await response.arrayBuffer();
  const body = Buffer.from(await (await get(pagePath)).arrayBuffer());
  const html = body.toString("utf8");
  const scripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].filter((m) => !/type="application\/ld\+json"/.test(m[0]));
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`.padStart(8);
  const gz = gzipped ? Number(response.headers.get("content-length")) : NaN;
  firsts.set(pagePath, timing ? `${Math.round(Number(timing))} ms` : "cached");
  console.log(
    `${name.padEnd(15)} ${String(response.status).padEnd(6)}${kb(body.length)}${gzipped ? kb(gz) : "       -"}${kb(flightShare(html))}  ${String(scripts.length).padStart(2)} (${scripts.filter((m) => /\ssrc=/.test(m[0])).length} files)  ${firsts.get(pagePath)}${name.startsWith("tag") || name.startsWith("author") ? `  ${pagePath}` : ""}`,
  );
}
console.log("");

const rows = [];
let port = 4100;
for (const [name, pagePath, goal] of pages) {
  const url = new URL(pagePath, base).toString();
  const first = await rawGet(url);
  const body = first.body;
  const sentEncoding = first.headers["content-encoding"] ?? "identity";
  if (sentEncoding !== encoding) console.log(`${name}: asked for ${encoding}, the server sent ${sentEncoding} (the static twin sends the same)`);
  const timing = firsts.get(pagePath);
  const twin = await staticTwin(body, first.headers["content-type"] ?? "text/html", sentEncoding, port++);
  for (const connections of [50, 200]) {
    const ref = await autocannon(`http://127.0.0.1:${port - 1}/`, connections, seconds);
    const ours = await autocannon(url, connections, seconds);
    rows.push({ page: name, kb: Math.round(body.length / 1024), c: connections, status: first.status, render: timing ?? "cached", ours, ref, ratio: ours.rps / ref.rps, goal });
    const r = rows.at(-1);
    console.log(
      `${name.padEnd(15)} ${String(r.kb).padStart(4)} KB  c=${String(connections).padEnd(3)} ours ${Math.round(ours.rps).toString().padStart(6)} req/s p97.5 ${String(ours.p975).padStart(4)} ms  non-2xx ${ours.non2xx} errors ${ours.errors} | static ${Math.round(ref.rps).toString().padStart(6)} req/s p97.5 ${String(ref.p975).padStart(4)} ms | ratio ${r.ratio.toFixed(2)} (goal ≥ ${goal}) ${r.ratio >= goal && ours.p975 < 100 && ours.non2xx + ours.errors === 0 ? "ok" : "MISSED"}  first render ${r.render}`,
    );
  }
  twin.kill();
}

if (soak > 0 && pid) {
  const before = rssMb(pid);
  const mix = pages.map(([, p]) => new URL(p, base).toString());
  const per = Math.max(1, Math.floor(soak / mix.length));
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, rssMb(pid) ?? 0)), 500);
  for (const url of mix) await autocannon(url, 200, per);
  clearInterval(sampler);
  console.log(`memory (RSS) of the server: before ${before} MB, after ${per * mix.length} s at 200 connections ${rssMb(pid)} MB, peak ${peak} MB (goal ≤ 600 MB)`);
}
