// One instance vs two behind nginx, on this machine: `node scripts/bench/cluster.mjs [--seconds 10]`.
// Starts the cluster test's servers (scripts/cluster/services.mjs: PostgreSQL primary + replica,
// Redis, s3rver, instances A and B from the current build), seeds, then measures each page with
// autocannon (its own process) three ways in one run:
//   nginx → A only · nginx → A + B · A directly
// and prints req/s and p97.5 for each, and the ratio two/one. Stops everything it started.
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { root, startBackends, startInstance, startNginx } from "../cluster/services.mjs";

const { values } = parseArgs({ options: { seconds: { type: "string", default: "10" }, connections: { type: "string", default: "50" } } });
process.chdir(root);
const work = path.join(root, ".data", "cluster-bench");
fs.rmSync(work, { recursive: true, force: true });
fs.mkdirSync(work, { recursive: true });
const logFile = (name) => path.join(work, `${name}.log`);
const running = [];
const stopAll = async () => {
  for (const s of running.reverse()) await s.stop().catch(() => undefined);
};
process.on("SIGINT", () => void stopAll().finally(() => process.exit(1)));

const pages = [
  ["reference article", "/bai-viet/dot-thi-dua-cao-diem-chao-mung-dai-hoi-cong-doan-cac-cap-trach-nhiem-tri-tue-tao-da-thanh-cong"],
  ["home", "/"],
  ["category", "/chuyen-muc/cong-doan"],
  ["mobile article", "/m/bai-viet/dot-thi-dua-cao-diem-chao-mung-dai-hoi-cong-doan-cac-cap-trach-nhiem-tri-tue-tao-da-thanh-cong"],
];

function measure(url) {
  const out = execFileSync(
    process.execPath,
    [path.join(root, "node_modules/autocannon/autocannon.js"), "-j", "-c", values.connections, "-d", values.seconds, "-H", "accept-encoding=gzip, br", url],
    { maxBuffer: 64 * 1024 * 1024, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] },
  );
  const r = JSON.parse(out);
  return { rps: Math.round(r.requests.average), p975: r.latency.p97_5, bad: r.non2xx + r.errors + r.timeouts };
}

try {
  const backends = await startBackends({
    work,
    pgDir: `/tmp/newsroom-bench-pg-${process.pid}`,
    ports: { primary: 5443, replica: 5444, redis: 6392, s3: 4592 },
    bucket: "bench",
    running,
  });
  const env = { ...backends.env, MEDIA_DIR: path.join(work, "media") };
  if (spawnSync("npx", ["tsx", "scripts/seed.ts"], { env: { ...process.env, ...env }, stdio: "inherit" }).status !== 0) throw new Error("seed failed");
  const a = await startInstance({ name: "A", port: 3211, env, logFile: logFile("a") });
  running.push(a);
  const b = await startInstance({ name: "B", port: 3212, env, logFile: logFile("b") });
  running.push(b);
  const one = await startNginx({ port: 3291, upstreams: ["127.0.0.1:3211"], dir: path.join(work, "nginx-one"), logFile: logFile("nginx-one") });
  running.push(one);
  const two = await startNginx({ port: 3292, upstreams: ["127.0.0.1:3211", "127.0.0.1:3212"], dir: path.join(work, "nginx-two"), logFile: logFile("nginx-two") });
  running.push(two);

  console.log(`\n${values.connections} connections, ${values.seconds} s each, ${new Date().toISOString()}\n`);
  console.log("| page | A directly | nginx → A | nginx → A + B | two / one |");
  console.log("|---|---|---|---|---|");
  for (const [name, pathname] of pages) {
    // Warm both page caches (new connections: a kept-alive one may have idled out meanwhile).
    for (const base of [a.url, b.url]) for (let i = 0; i < 3; i++) await fetch(base + pathname, { headers: { connection: "close" } }).then((r) => r.arrayBuffer());
    const direct = measure(a.url + pathname);
    const viaOne = measure(one.url + pathname);
    const viaTwo = measure(two.url + pathname);
    const cell = (m) => `${m.rps} req/s, p97.5 ${m.p975} ms${m.bad ? `, ${m.bad} failed` : ""}`;
    console.log(`| ${name} | ${cell(direct)} | ${cell(viaOne)} | ${cell(viaTwo)} | ${(viaTwo.rps / viaOne.rps).toFixed(2)} |`);
  }
} finally {
  await stopAll();
}
