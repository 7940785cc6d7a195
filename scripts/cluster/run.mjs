// `npm run test:cluster`: the scale-out proof. Starts, on loopback side ports, a PostgreSQL
// primary with a synchronous streaming replica, Redis, an S3-compatible server (s3rver), two
// instances of the site from one build (scripts/server.mjs) and nginx in front of them
// (deploy/nginx.conf), then:
//   1. runs the Playwright cluster tests (tests/cluster/): a change made through instance A is
//      seen on instance B within 1 s, photos uploaded through A are served by B from S3,
//      scheduled articles are published exactly once, reader reads go to the replica;
//   2. kills instance B with SIGKILL under load through nginx: no reader request may fail;
//      B comes back and serves the current content;
//   3. restarts both instances WITHOUT Redis and runs the visibility tests again: they must
//      fail (each instance then keeps its own caches), which shows the tests can see staleness.
// Everything it started is stopped by PID at the end, pass or fail.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import autocannon from "autocannon";
import { buildIfChanged } from "../build-if-changed.mjs";
import { root, startBackends, startInstance, startNginx } from "./services.mjs";

process.chdir(root);
const ports = { primary: 5441, replica: 5442, redis: 6391, s3: 4591, a: 3201, b: 3202, nginx: 3280 };
const work = path.join(root, ".data", "cluster");
fs.rmSync(work, { recursive: true, force: true });
fs.mkdirSync(work, { recursive: true });
const logFile = (name) => path.join(work, `${name}.log`);
const started = Date.now();
const log = (message) => console.log(`[cluster ${Math.round((Date.now() - started) / 1000)}s] ${message}`);

const running = [];
async function stopAll() {
  for (const service of running.reverse()) {
    try {
      await service.stop();
    } catch (error) {
      console.error(`[cluster] stopping: ${error}`);
    }
  }
  running.length = 0;
}
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => void stopAll().finally(() => process.exit(1)));

function step(label, command, args, env) {
  log(label);
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env }, cwd: root });
  return result.status ?? 1;
}

const failures = [];
try {
  buildIfChanged({ ...process.env, NEXT_TELEMETRY_DISABLED: "1" });

  log("PostgreSQL primary + synchronous replica, Redis, s3rver");
  const { postgres, s3, env } = await startBackends({ work, pgDir: path.join("/tmp", `newsroom-cluster-pg-${process.pid}`), ports, bucket: "newsroom-media", running });

  const mediaDirs = { seed: path.join(work, "media-seed"), a: path.join(work, "media-a"), b: path.join(work, "media-b") };
  Object.values(mediaDirs).forEach((dir) => fs.mkdirSync(dir, { recursive: true }));
  const shared = { ...env, NEWSROOM_SCHEDULER_MS: "500", SITE_URL: `http://127.0.0.1:${ports.nginx}` };

  if (step("migrate + seed the primary (photos to S3)", "npx", ["tsx", "scripts/seed.ts"], { ...shared, MEDIA_DIR: mediaDirs.seed }) !== 0) {
    throw new Error("seed failed");
  }
  for (const [role, email, password] of [
    ["admin", "admin@cluster.local", "cluster-Quan-tri-2026"],
    ["editor", "editor@cluster.local", "cluster-Bien-tap-2026"],
  ]) {
    const status = step(`account ${email}`, "npx", ["tsx", "scripts/user-create.ts", "--email", email, "--role", role, "--name", `Cluster ${role}`], {
      ...shared,
      NEWSROOM_PASSWORD: password,
    });
    if (status !== 0) throw new Error("user-create failed");
  }

  const startPair = async (env, suffix) => {
    const a = await startInstance({ name: "A", port: ports.a, env: { ...env, MEDIA_DIR: mediaDirs.a }, logFile: logFile(`instance-a${suffix}`) });
    running.push(a);
    const b = await startInstance({ name: "B", port: ports.b, env: { ...env, MEDIA_DIR: mediaDirs.b }, logFile: logFile(`instance-b${suffix}`) });
    running.push(b);
    return { a, b };
  };
  log("two instances from one build");
  let { a, b } = await startPair(shared, "");
  const nginx = await startNginx({ port: ports.nginx, upstreams: [`127.0.0.1:${ports.a}`, `127.0.0.1:${ports.b}`], dir: path.join(work, "nginx"), logFile: logFile("nginx") });
  running.push(nginx);

  const testEnv = {
    CLUSTER_A: a.url,
    CLUSTER_B: b.url,
    CLUSTER_LB: nginx.url,
    CLUSTER_PRIMARY_URL: postgres.primaryUrl,
    CLUSTER_REPLICA_URL: postgres.replicaUrl,
    CLUSTER_MEDIA_DIRS: [mediaDirs.seed, mediaDirs.a, mediaDirs.b].join(path.delimiter),
    CLUSTER_S3_DIR: s3.dir,
    CLUSTER_STATE: path.join(work, "state.json"),
  };

  // 1. The cluster tests.
  if (step("playwright: tests/cluster", "npx", ["playwright", "test", "-c", "playwright.cluster.config.ts"], testEnv) !== 0) {
    failures.push("the Playwright cluster tests failed");
  }

  // 2. Kill B under load through nginx.
  log("load through nginx; instance B is killed (SIGKILL) after 3 s");
  const paths = ["/", "/chuyen-muc/cong-doan", "/chuyen-muc/thoi-su", "/rss.xml", "/m"];
  const load = autocannon({
    url: nginx.url,
    connections: 20,
    duration: 10,
    requests: paths.map((p) => ({ method: "GET", path: p })),
  });
  const killer = setTimeout(() => b.kill(), 3_000);
  const result = await load;
  clearTimeout(killer);
  log(`under load: ${result.requests.total} requests, ${result["2xx"]} 2xx, ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts`);
  if (result.non2xx + result.errors + result.timeouts > 0) failures.push(`${result.non2xx} non-2xx, ${result.errors} errors and ${result.timeouts} timeouts while B died`);
  if (result["2xx"] < 500) failures.push(`only ${result["2xx"]} reader requests answered while B died`);

  running.splice(running.indexOf(b), 1);
  b = await startInstance({ name: "B", port: ports.b, env: { ...shared, MEDIA_DIR: mediaDirs.b }, logFile: logFile("instance-b-restarted") });
  running.push(b);
  const state = fs.existsSync(testEnv.CLUSTER_STATE) ? JSON.parse(fs.readFileSync(testEnv.CLUSTER_STATE, "utf8")) : null;
  if (!state?.currentTitle || !state?.path) {
    failures.push("the cluster tests left no state to check the restarted instance against");
  } else {
    const html = await (await fetch(b.url + state.path)).text();
    const current = html.includes(state.currentTitle);
    log(`restarted B serves ${state.path} with the current title: ${current}`);
    if (!current) failures.push(`restarted B does not serve the current title "${state.currentTitle}"`);
    const viaNginx = await fetch(nginx.url + state.path);
    if (viaNginx.status !== 200) failures.push(`nginx answered ${viaNginx.status} for ${state.path} after B came back`);
  }

  // 3. The same visibility tests without Redis must fail.
  log("both instances again WITHOUT REDIS_URL: the visibility tests must now detect stale pages");
  for (const instance of [a, b]) {
    await instance.stop();
    running.splice(running.indexOf(instance), 1);
  }
  const { REDIS_URL: _unused, ...noRedis } = shared;
  ({ a, b } = await startPair(noRedis, "-no-redis"));
  const report = path.join(work, "no-redis-report.json");
  const status = spawnSync("npx", ["playwright", "test", "-c", "playwright.cluster.config.ts", "--grep", "@visibility", "--reporter=json"], {
    env: { ...process.env, ...testEnv },
    cwd: root,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  fs.writeFileSync(report, status.stdout);
  let failed = 0;
  let stale = 0;
  try {
    const json = JSON.parse(status.stdout);
    const visit = (suite) => {
      for (const spec of suite.specs ?? []) {
        for (const test of spec.tests) {
          for (const r of test.results) {
            if (r.status === "failed") {
              failed++;
              if (/still stale/.test(JSON.stringify(r.errors))) stale++;
            }
          }
        }
      }
      (suite.suites ?? []).forEach(visit);
    };
    json.suites.forEach(visit);
  } catch {
    failures.push(`could not read the Playwright report of the no-Redis run (${report})`);
  }
  log(`without Redis: exit ${status.status}, ${failed} visibility test(s) failed, ${stale} of them on a stale page`);
  if (status.status === 0 || stale === 0) failures.push("without Redis the visibility tests did not detect any stale page");
} catch (error) {
  failures.push(error instanceof Error ? error.stack ?? error.message : String(error));
} finally {
  await stopAll();
}

if (failures.length) {
  console.error(`\n[cluster] FAILED (logs in ${work}):\n- ${failures.join("\n- ")}`);
  process.exit(1);
}
log("all cluster checks passed");
process.exit(0);
