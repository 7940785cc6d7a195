// The purge bus: what one instance invalidates, every other instance drops from its own
// memory (finished pages of the page cache, answers of slug-status). A Redis pub/sub channel,
// `<prefix>purge`, carrying JSON messages:
//   { "o": <origin>, "tags": ["article:…", "home", …] }   pages with one of these tags
//   { "o": <origin>, "slugs": ["…"] | "*" }                article-slug answers (all of them: "*")
// An instance ignores its own messages (it applied them before publishing).
// Pub/sub delivers only to connected subscribers, so whenever the subscription (re)starts —
// the first connection, and every reconnection after a dropped connection or a Redis restart —
// messages may have been missed: the instance then drops everything (`{ everything: true }`),
// after the subscription is active again, so nothing stale survives an outage.
import { randomUUID } from "node:crypto";
import { connectRedis } from "./redis.mjs";

/**
 * @typedef {{ tags?: string[]; slugs?: string[] | "*"; everything?: true }} Purge
 * @param {{
 *   url: string,
 *   prefix: string,
 *   publisher: ReturnType<typeof connectRedis>,
 *   deliver: (purge: Purge) => void,
 *   log?: { warn(message: string): void; info(message: string): void },
 * }} options
 */
export function createPurgeBus({ url, prefix, publisher, deliver, log = console }) {
  const channel = `${prefix}purge`;
  const origin = randomUUID();
  const subscriber = connectRedis(url, "purge bus", "changes made on other instances are not heard until it is back (every page is then dropped)", log);
  let subscribed = false;

  const onMessage = (raw) => {
    let message;
    try {
      message = JSON.parse(raw);
    } catch {
      return;
    }
    if (!message || message.o === origin) return;
    const purge = {};
    if (Array.isArray(message.tags)) purge.tags = message.tags.filter((tag) => typeof tag === "string");
    if (message.slugs === "*" || Array.isArray(message.slugs)) purge.slugs = message.slugs;
    if (purge.tags || purge.slugs) deliver(purge);
  };

  subscriber.client.on("ready", async () => {
    try {
      // Once subscribed, the client subscribes again by itself before it is ready again.
      if (!subscribed) {
        await subscriber.client.subscribe(channel, onMessage);
        subscribed = true;
      }
      deliver({ everything: true });
    } catch {
      // the connection dropped again: the next "ready" retries
    }
  });

  return {
    origin,
    /**
     * Sends `purge` to every other instance. False when Redis could not take it.
     * @param {{ tags?: string[]; slugs?: string[] | "*" }} purge
     */
    publish(purge) {
      return publisher.attempt(async (client) => {
        await client.publish(channel, JSON.stringify({ o: origin, ...purge }));
        return true;
      }, false);
    },
    close: () => subscriber.close(),
  };
}
