// Types of instance.mjs (plain JavaScript, loaded by Next at run time) for TypeScript callers.
import type { CacheHandler } from "next/dist/server/lib/cache-handlers/types";

/** What the purge bus delivers: page tags, article slugs ("*": all), or everything (after a reconnection). */
export interface Purge {
  tags?: string[];
  slugs?: string[] | "*";
  everything?: true;
}

export interface PurgeBus {
  /** This instance's id in messages (its own messages are not delivered back to it). */
  readonly origin: string;
  /** Sends to every other instance; false when Redis could not take it. */
  publish(purge: { tags?: string[]; slugs?: string[] | "*" }): Promise<boolean>;
  close(): Promise<void>;
}

export interface SharedCache {
  handler: CacheHandler;
  bus: PurgeBus;
  close(): Promise<void>;
}

type Log = Pick<Console, "warn" | "info">;

export declare function createSharedCache(options: { url: string; prefix: string; deliver: (purge: Purge) => void; log?: Log }): SharedCache;
export declare function purgeThisProcess(purge: Purge): void;
export declare function sharedCacheOfThisProcess(env?: NodeJS.ProcessEnv): SharedCache | null;
export declare function stopSharedCacheOfThisProcess(): Promise<void>;
