// The servers of the cluster test (scripts/cluster/run.mjs) and its benchmark
// (scripts/bench/cluster.mjs), each started on loopback and a side port, and stopped by its PID:
// a PostgreSQL primary with a synchronous streaming replica, Redis, an S3-compatible test server
// (s3rver), Next.js instances (scripts/server.mjs) and nginx in front.
// Nothing here touches the machine's own PostgreSQL cluster, Redis or nginx.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";

export const root = path.resolve(import.meta.dirname, "..", "..");

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: "utf8", ...options });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(" ")} failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
  return result.stdout;
}

async function waitForPort(port, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const open = await new Promise((resolve) => {
      const socket = net.connect({ port, host: "127.0.0.1" });
      socket.once("connect", () => (socket.destroy(), resolve(true)));
      socket.once("error", () => resolve(false));
    });
    if (open) return;
    await sleep(200);
  }
  throw new Error(`nothing listens on 127.0.0.1:${port} after ${timeoutMs} ms`);
}

async function waitForUrl(url, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, { redirect: "manual" });
      if (response.status < 500) return;
    } catch {
      // not up yet
    }
    await sleep(300);
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

/** A child process stopped by its PID (and its process group) when the run ends. */
function child(name, command, args, { env, logFile, cwd = root } = {}) {
  const log = fs.openSync(logFile, "a");
  const proc = spawn(command, args, { cwd, env: env ?? process.env, stdio: ["ignore", log, log], detached: true });
  fs.closeSync(log);
  return {
    name,
    proc,
    logFile,
    stop(signal = "SIGTERM") {
      if (proc.exitCode !== null || proc.signalCode !== null) return Promise.resolve();
      const exited = new Promise((resolve) => proc.once("exit", resolve));
      try {
        process.kill(-proc.pid, signal);
      } catch {
        return Promise.resolve();
      }
      return Promise.race([exited, sleep(10_000).then(() => this.stop("SIGKILL"))]);
    },
  };
}

// ---------------------------------------------------------------- PostgreSQL primary + replica

function postgresBin() {
  const versions = fs.readdirSync("/usr/lib/postgresql").filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(a) - Number(b));
  if (versions.length === 0) throw new Error("PostgreSQL server binaries not found under /usr/lib/postgresql");
  return `/usr/lib/postgresql/${versions.at(-1)}/bin`;
}

/** Runs a PostgreSQL program as the `postgres` user when we are root (initdb refuses root). */
function asPostgres(program, args) {
  const bin = path.join(postgresBin(), program);
  return process.getuid?.() === 0 ? run("runuser", ["-u", "postgres", "--", bin, ...args]) : run(bin, args);
}

/**
 * A primary on `primaryPort` and a streaming replica on `replicaPort`, made with initdb and
 * pg_basebackup in `dir`. The replica is synchronous with `synchronous_commit = remote_apply`:
 * a commit on the primary returns only once the replica has applied it, so a reader render that
 * follows a write never reads the replica's past. pg_stat_statements counts statements per server.
 */
async function startPostgresPair({ dir, primaryPort, replicaPort }) {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  if (process.getuid?.() === 0) run("chown", ["postgres:postgres", dir]);
  const primary = path.join(dir, "primary");
  const replica = path.join(dir, "replica");
  asPostgres("initdb", ["-D", primary, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--locale=C.UTF-8"]);
  fs.appendFileSync(
    path.join(primary, "postgresql.conf"),
    [
      `port = ${primaryPort}`,
      "listen_addresses = '127.0.0.1'",
      `unix_socket_directories = '${dir}'`,
      "wal_level = replica",
      "max_wal_senders = 4",
      "synchronous_standby_names = 'replica'",
      "synchronous_commit = remote_apply",
      "shared_preload_libraries = 'pg_stat_statements'",
      "pg_stat_statements.track = all",
      "fsync = off",
      "",
    ].join("\n"),
  );
  asPostgres("pg_ctl", ["-D", primary, "-l", path.join(dir, "primary.log"), "-w", "start"]);
  asPostgres("pg_basebackup", ["-h", "127.0.0.1", "-p", String(primaryPort), "-U", "postgres", "-D", replica, "-X", "stream", "-R"]);
  fs.appendFileSync(
    path.join(replica, "postgresql.auto.conf"),
    [
      `port = ${replicaPort}`,
      `primary_conninfo = 'host=127.0.0.1 port=${primaryPort} user=postgres application_name=replica'`,
      "",
    ].join("\n"),
  );
  asPostgres("pg_ctl", ["-D", replica, "-l", path.join(dir, "replica.log"), "-w", "start"]);
  const psql = (port, sql) => run("psql", ["-h", "127.0.0.1", "-p", String(port), "-U", "postgres", "-d", "postgres", "-Atc", sql]).trim();
  const deadline = Date.now() + 30_000;
  while (psql(primaryPort, "SELECT count(*) FROM pg_stat_replication WHERE sync_state = 'sync'") !== "1") {
    if (Date.now() > deadline) throw new Error("the replica did not become a synchronous standby");
    await sleep(200);
  }
  psql(primaryPort, "CREATE DATABASE newsroom");
  run("psql", ["-h", "127.0.0.1", "-p", String(primaryPort), "-U", "postgres", "-d", "newsroom", "-Atc", "CREATE EXTENSION pg_stat_statements"]);
  return {
    primaryUrl: `postgresql://postgres@127.0.0.1:${primaryPort}/newsroom`,
    replicaUrl: `postgresql://postgres@127.0.0.1:${replicaPort}/newsroom`,
    async stop() {
      for (const data of [replica, primary]) {
        try {
          asPostgres("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]);
        } catch {
          // not running
        }
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

// ---------------------------------------------------------------- Redis, s3rver, nginx, instances

async function startRedis({ port, logFile }) {
  const redis = child("redis", "redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], { logFile });
  await waitForPort(port);
  return { url: `redis://127.0.0.1:${port}`, stop: () => redis.stop() };
}

async function startS3({ port, dir, bucket, logFile }) {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const s3 = child("s3rver", process.execPath, [path.join(root, "scripts/cluster/s3-server.mjs"), String(port), dir, bucket], { logFile });
  await waitForPort(port);
  return {
    env: {
      S3_ENDPOINT: `http://127.0.0.1:${port}`,
      S3_BUCKET: bucket,
      S3_REGION: "us-east-1",
      S3_ACCESS_KEY_ID: "S3RVER",
      S3_SECRET_ACCESS_KEY: "S3RVER",
      S3_FORCE_PATH_STYLE: "true",
    },
    dir,
    async stop() {
      await s3.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * What every instance shares, started in this order and pushed onto `running` as each one is
 * up (so a failure half-way still stops what was started): the PostgreSQL pair (in `pgDir`),
 * Redis and s3rver (logs and files in `work`). `env` is the environment the instances (and the
 * seed) get to use them, with one server-action key for all (an action encrypted by A is
 * opened by B) and the loopback load balancer trusted.
 */
export async function startBackends({ work, pgDir, ports, bucket, running }) {
  const logFile = (name) => path.join(work, `${name}.log`);
  const postgres = await startPostgresPair({ dir: pgDir, primaryPort: ports.primary, replicaPort: ports.replica });
  running.push(postgres);
  const redis = await startRedis({ port: ports.redis, logFile: logFile("redis") });
  running.push(redis);
  const s3 = await startS3({ port: ports.s3, dir: path.join(work, "s3"), bucket, logFile: logFile("s3rver") });
  running.push(s3);
  const env = {
    DATABASE_URL: postgres.primaryUrl,
    DATABASE_REPLICA_URL: postgres.replicaUrl,
    REDIS_URL: redis.url,
    ...s3.env,
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: randomBytes(32).toString("base64"),
    NEWSROOM_DEMO_USERS: "0",
    TRUSTED_PROXIES: "loopback",
  };
  return { postgres, redis, s3, env };
}

/** One Next.js instance: `node scripts/server.mjs` (Next behind the page cache) on `port`. */
export async function startInstance({ name, port, env, logFile }) {
  const instance = child(name, process.execPath, ["scripts/server.mjs", "--port", String(port), "--hostname", "127.0.0.1"], {
    env: { ...process.env, ...env, NEXT_TELEMETRY_DISABLED: "1" },
    logFile,
  });
  await waitForUrl(`http://127.0.0.1:${port}/`);
  return { ...instance, url: `http://127.0.0.1:${port}`, port, kill: () => process.kill(-instance.proc.pid, "SIGKILL") };
}

/** nginx in front of the instances, with the configuration of deploy/nginx.conf. */
export async function startNginx({ port, upstreams, dir, logFile }) {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const template = fs.readFileSync(path.join(root, "deploy/nginx.conf"), "utf8");
  const servers = upstreams.map((u) => `    server ${u} max_fails=1 fail_timeout=2s;`).join("\n");
  const conf = [
    "daemon off;",
    "worker_processes 1;",
    `pid ${dir}/nginx.pid;`,
    `error_log ${logFile.replace(/\.log$/, "")}-error.log warn;`, // kept after the run (the dir is removed)
    "events { worker_connections 1024; }",
    "http {",
    `  access_log off;`,
    `  client_body_temp_path ${dir}/body;`,
    `  proxy_temp_path ${dir}/proxy;`,
    `  fastcgi_temp_path ${dir}/fastcgi;`,
    `  uwsgi_temp_path ${dir}/uwsgi;`,
    `  scgi_temp_path ${dir}/scgi;`,
    template
      .replace(/# @upstream-servers[\s\S]*?# @end/, servers)
      .replace(/listen 80;/, `listen 127.0.0.1:${port};`)
      .replace(/server_name [^;]+;/, "server_name localhost;"),
    "}",
  ].join("\n");
  fs.writeFileSync(path.join(dir, "nginx.conf"), conf);
  const nginx = child("nginx", "/usr/sbin/nginx", ["-c", path.join(dir, "nginx.conf"), "-p", dir], { logFile });
  await waitForPort(port);
  return {
    url: `http://127.0.0.1:${port}`,
    async stop() {
      await nginx.stop("SIGQUIT");
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
