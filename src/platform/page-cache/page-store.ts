import { createHash } from "node:crypto";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

/**
 * Finished reader responses kept in memory, each under the cache tags of what it shows.
 *
 * - Rendered at most once per invalidation: concurrent misses of one key wait for a single
 *   render ("single flight"), and a purge removes entries at once (no stale answer after a write).
 * - A render that started before a purge of one of its tags is never stored, and readers
 *   arriving after the purge do not join it: they start a fresh render.
 * - Past `freshMs` an entry is still served while one background render replaces it (time-based
 *   content such as "Đọc nhiều"); past `staleMs` it is dropped.
 * - Bounded by bytes (least recently used entries go first). Compressed copies are made once.
 */
export interface RenderedPage {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

export interface StoredPage extends RenderedPage {
  gzip: Buffer | null;
  br: Buffer | null;
  etag: string;
  tags: string[];
  storedAt: number;
}

export interface PageStoreOptions {
  maxBytes?: number;
  freshMs?: number;
  staleMs?: number;
  now?: () => number;
}

export type Lookup = { page: StoredPage; state: "fresh" | "stale" } | null;

interface Flight {
  tags: string[];
  promise: Promise<StoredPage>;
}

export class PageStore {
  readonly stats = { hits: 0, misses: 0, coalesced: 0, renders: 0, purged: 0 };
  private readonly entries = new Map<string, StoredPage>();
  private readonly keysByTag = new Map<string, Set<string>>();
  private readonly flights = new Map<string, Flight>();
  private readonly tagPurgedAt = new Map<string, number>();
  private purgeSeq = 0;
  /** purgeSeq of the last clear(): renders begun before it are not stored either. */
  private clearedAt = 0;
  private bytes = 0;
  private readonly maxBytes: number;
  private readonly freshMs: number;
  private readonly staleMs: number;
  private readonly now: () => number;

  constructor(options: PageStoreOptions = {}) {
    this.maxBytes = options.maxBytes ?? 64 * 1024 * 1024;
    this.freshMs = options.freshMs ?? 60_000;
    this.staleMs = options.staleMs ?? 3_600_000;
    this.now = options.now ?? Date.now;
  }

  get size(): number {
    return this.entries.size;
  }

  lookup(key: string): Lookup {
    const page = this.entries.get(key);
    if (!page) return null;
    const age = this.now() - page.storedAt;
    if (age >= this.staleMs) {
      this.remove(key);
      return null;
    }
    // Least recently used order: a hit moves the entry to the end.
    this.entries.delete(key);
    this.entries.set(key, page);
    this.stats.hits++;
    return { page, state: age < this.freshMs ? "fresh" : "stale" };
  }

  /**
   * The page for `key`, rendering it with `render` unless a render of it is already under
   * way (then that one's result is shared). `coalesced` tells which of the two happened.
   */
  async fill(key: string, tags: string[], render: () => Promise<RenderedPage>): Promise<{ page: StoredPage; coalesced: boolean }> {
    const joined = this.flights.get(key);
    if (joined) {
      this.stats.coalesced++;
      return { page: await joined.promise, coalesced: true };
    }
    this.stats.misses++;
    const startedAt = this.purgeSeq;
    const flight: Flight = { tags, promise: Promise.resolve(null as unknown as StoredPage) };
    this.flights.set(key, flight);
    flight.promise = (async () => {
      try {
        this.stats.renders++;
        const page = prepare(await Promise.resolve().then(render), tags, this.now());
        if (cacheable(page) && !this.purgedSince(tags, startedAt)) this.store(key, page);
        return page;
      } finally {
        if (this.flights.get(key) === flight) this.flights.delete(key);
      }
    })();
    return { page: await flight.promise, coalesced: false };
  }

  /** Drops every entry (and detaches every render under way) carrying one of `tags`. */
  purge(tags: Iterable<string>): number {
    const seq = ++this.purgeSeq;
    let removed = 0;
    for (const tag of tags) {
      this.tagPurgedAt.set(tag, seq);
      for (const key of [...(this.keysByTag.get(tag) ?? [])]) removed += this.remove(key) ? 1 : 0;
      for (const [key, flight] of this.flights) if (flight.tags.includes(tag)) this.flights.delete(key);
    }
    this.stats.purged += removed;
    return removed;
  }

  /**
   * Drops everything, renders under way included (e.g. a purge of the whole site, or the
   * purge bus reconnecting after messages may have been missed).
   */
  clear(): void {
    this.clearedAt = ++this.purgeSeq;
    this.entries.clear();
    this.keysByTag.clear();
    this.flights.clear();
    this.bytes = 0;
  }

  private purgedSince(tags: string[], seq: number): boolean {
    return this.clearedAt > seq || tags.some((tag) => (this.tagPurgedAt.get(tag) ?? 0) > seq);
  }

  private store(key: string, page: StoredPage) {
    this.remove(key);
    const size = weight(page);
    if (size > this.maxBytes / 2) return; // one huge answer must not flush the whole cache
    this.entries.set(key, page);
    this.bytes += size;
    for (const tag of page.tags) {
      let keys = this.keysByTag.get(tag);
      if (!keys) this.keysByTag.set(tag, (keys = new Set()));
      keys.add(key);
    }
    for (const oldest of this.entries.keys()) {
      if (this.bytes <= this.maxBytes) break;
      this.remove(oldest);
    }
  }

  private remove(key: string): boolean {
    const page = this.entries.get(key);
    if (!page) return false;
    this.entries.delete(key);
    this.bytes -= weight(page);
    for (const tag of page.tags) {
      const keys = this.keysByTag.get(tag);
      keys?.delete(key);
      if (keys?.size === 0) this.keysByTag.delete(tag);
    }
    return true;
  }
}

/** Answers worth keeping: pages, permanent redirects, and definite "not here" answers. */
const CACHEABLE_STATUS = new Set([200, 301, 404, 410]);
const cacheable = (page: StoredPage) => CACHEABLE_STATUS.has(page.status) && !("set-cookie" in page.headers);

const weight = (page: StoredPage) => page.body.length + (page.gzip?.length ?? 0) + (page.br?.length ?? 0) + 512;

const COMPRESSIBLE = /^(text\/|application\/(xml|rss\+xml|json|ld\+json))/;

function prepare(rendered: RenderedPage, tags: string[], now: number): StoredPage {
  const compress = rendered.body.length > 1024 && COMPRESSIBLE.test(rendered.headers["content-type"] ?? "");
  return {
    ...rendered,
    gzip: compress ? gzipSync(rendered.body, { level: 6 }) : null,
    br: compress ? brotliCompressSync(rendered.body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }) : null,
    etag: `"${createHash("sha256").update(rendered.body).digest("base64url").slice(0, 27)}"`,
    tags,
    storedAt: now,
  };
}
