// Types of next-cache-handler.mjs (plain JavaScript, loaded by Next at run time) for tests.
import type { CacheHandler } from "next/dist/server/lib/cache-handlers/types";

export declare const store: "redis" | "memory";
declare const handler: CacheHandler;
export default handler;
