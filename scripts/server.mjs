// The production server (run by `npm start` and the end-to-end tests): Next.js behind the page
// cache, in this one process (src/platform/page-cache/front-server.ts); with REDIS_URL set,
// several of them share their caches through Redis (src/platform/shared-cache/). That server
// also does what Next cannot: it stamps each request with the socket's peer address before
// Next sees it (src/newsroom/auth/client-ip.ts: X-Forwarded-For is believed only from
// TRUSTED_PROXIES), and closes sockets idle for 30 s. The embedded database's lock is taken
// by Next at start-up (src/instrumentation.ts), whatever launched it.
// Usage: node scripts/server.mjs [--port 3000] [--hostname 0.0.0.0]
import path from "node:path";
import { parseArgs } from "node:util";
import { tsImport } from "tsx/esm/api";

const root = path.resolve(import.meta.dirname, "..");
process.chdir(root);
process.env.NODE_ENV ??= "production"; // before Next is loaded
process.env.NEXT_TELEMETRY_DISABLED = "1";

const { values } = parseArgs({ options: { port: { type: "string", short: "p" }, hostname: { type: "string", short: "H" } } });
const port = Number(values.port || process.env.PORT || 3000);
const hostname = values.hostname || "0.0.0.0";
process.env.PORT = String(port); // the scheduler clock calls this server's own port

const clientIp = await tsImport("../src/newsroom/auth/client-ip.ts", import.meta.url);
try {
  clientIp.trustedProxies(process.env.TRUSTED_PROXIES); // a bad setting stops the start, not a sign-in
} catch (error) {
  console.error(`[server] ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}

// With REDIS_URL set, the caches are shared by every instance (src/platform/shared-cache/):
// subscribed to the purge bus from the start, before Next loads its cache handler (which
// joins this same connection). Imported natively, as Next imports the handler.
if (process.env.REDIS_URL) (await import("../src/platform/shared-cache/instance.mjs")).sharedCacheOfThisProcess();

const number = (name) => (process.env[name] ? Number(process.env[name]) : undefined);
const { startFrontServer } = await tsImport("../src/platform/page-cache/front-server.ts", import.meta.url);
const front = await startFrontServer({
  port,
  hostname,
  onRequest: clientIp.stampPeerAddress,
  maxBytes: number("PAGE_CACHE_MB"),
  freshSeconds: number("PAGE_CACHE_FRESH_S"),
  sharedMaxAge: number("PAGE_CACHE_SHARED_MAX_AGE"),
});
console.log(`[server] http://${hostname === "0.0.0.0" ? "localhost" : hostname}:${port} (Next.js behind the page cache)`);
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => void front.close().finally(() => process.exit(0)));
}
