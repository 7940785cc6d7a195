// One Redis connection of the shared caches (REDIS_URL), and how they behave when Redis is
// unreachable: a command that cannot be answered at once (not connected) or within
// COMMAND_TIMEOUT_MS gives its fallback — a cache miss, so the page is rendered from the
// database — and the outage is logged in one line (and its end in another), never per request.
// Plain JavaScript: loaded by Next's 'use cache' handler at run time (see instance.mjs).
import { createClient } from "redis";

const COMMAND_TIMEOUT_MS = 500;
/** The first requests of a starting server wait this long for the first connection, then go on without. */
const FIRST_CONNECT_WAIT_MS = 1_000;

/**
 * @param {string} url REDIS_URL
 * @param {string} role what this connection is for, in log lines
 * @param {string} whileDown what happens meanwhile, in the outage's log line
 * @param {{ warn(message: string): void; info(message: string): void }} [log]
 */
export function connectRedis(url, role, whileDown, log = console) {
  const client = createClient({
    url,
    // While disconnected, commands fail at once instead of waiting in a queue.
    disableOfflineQueue: true,
    socket: { connectTimeout: 2_000, reconnectStrategy: (retries) => Math.min(50 * 2 ** retries, 1_000) },
  });
  let down = false;
  const outage = (error) => {
    if (down) return;
    down = true;
    log.warn(`[shared-cache] Redis unreachable (${role}): ${error instanceof Error ? error.message : error}; ${whileDown}`);
  };
  const recovered = () => {
    if (!down) return;
    down = false;
    log.info(`[shared-cache] Redis reachable again (${role})`);
  };
  client.on("error", outage);
  client.on("ready", recovered);
  const firstConnect = client.connect().then(() => undefined, outage);
  let firstWait = Promise.race([firstConnect, new Promise((resolve) => setTimeout(resolve, FIRST_CONNECT_WAIT_MS).unref())]);

  return {
    client,
    /**
     * `command(client)`'s answer, or `fallback` when Redis cannot give it now.
     * @template T, F
     * @param {(client: typeof client) => Promise<T>} command
     * @param {F} fallback
     * @returns {Promise<T | F>}
     */
    async attempt(command, fallback) {
      if (firstWait) {
        await firstWait;
        firstWait = null;
      }
      if (!client.isReady) {
        outage(new Error("not connected"));
        return fallback;
      }
      let timer;
      try {
        const timeout = new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error(`no answer within ${COMMAND_TIMEOUT_MS} ms`)), COMMAND_TIMEOUT_MS);
        });
        const answer = await Promise.race([command(client), timeout]);
        recovered();
        return answer;
      } catch (error) {
        outage(error);
        return fallback;
      } finally {
        clearTimeout(timer);
      }
    },
    async close() {
      try {
        client.destroy();
      } catch {
        // already closed
      }
    },
  };
}
