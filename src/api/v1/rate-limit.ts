/**
 * Per-IP token buckets for the read API, in memory, per process.
 *
 * Each client address has a bucket of `burst` tokens that refills at `perMinute` tokens a minute;
 * a request takes one token or is refused (429 with Retry-After). The buckets live in this
 * process only: with N instances behind a balancer a client gets up to N times the rate. That is
 * deliberate — the content is public and cached, the limit is there to stop one client from
 * monopolising a process, not to meter anyone — and it costs no database or Redis round trip.
 * Memory is bounded: at most MAX_BUCKETS addresses are tracked (the least recently seen go first),
 * and a full bucket carries no information, so forgetting it changes nothing.
 *
 * Settings: API_RATE_LIMIT_PER_MINUTE (default 300; 0 turns the limit off) and
 * API_RATE_LIMIT_BURST (default 60).
 */

export interface RateLimitSettings {
  perMinute: number;
  burst: number;
}

export type RateDecision =
  | { ok: true; limit: number; remaining: number }
  | { ok: false; limit: number; remaining: 0; retryAfterSeconds: number };

const MAX_BUCKETS = 50_000;

function count(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value.trim() === "") return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a whole number ≥ 0, not "${value}"`);
  return n;
}

export function rateLimitSettings(env: Record<string, string | undefined> = process.env): RateLimitSettings {
  const perMinute = count(env.API_RATE_LIMIT_PER_MINUTE, 300, "API_RATE_LIMIT_PER_MINUTE");
  const burst = count(env.API_RATE_LIMIT_BURST, 60, "API_RATE_LIMIT_BURST");
  return { perMinute, burst: Math.max(1, burst) };
}

export class TokenBuckets {
  private buckets = new Map<string, { tokens: number; at: number }>();

  constructor(private readonly settings: RateLimitSettings) {}

  take(key: string, now = Date.now()): RateDecision {
    const { perMinute, burst } = this.settings;
    if (perMinute === 0) return { ok: true, limit: 0, remaining: burst };
    const perMs = perMinute / 60_000;
    const seen = this.buckets.get(key);
    let tokens = seen ? Math.min(burst, seen.tokens + Math.max(0, now - seen.at) * perMs) : burst;
    this.buckets.delete(key); // re-inserted below: Map order is then least recently seen first
    if (tokens < 1) {
      this.buckets.set(key, { tokens, at: now });
      return { ok: false, limit: burst, remaining: 0, retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / perMs / 1000)) };
    }
    tokens -= 1;
    this.buckets.set(key, { tokens, at: now });
    if (this.buckets.size > MAX_BUCKETS) this.buckets.delete(this.buckets.keys().next().value!);
    return { ok: true, limit: burst, remaining: Math.floor(tokens) };
  }

  get size(): number {
    return this.buckets.size;
  }
}

const memory = globalThis as unknown as { __apiBuckets?: { signature: string; buckets: TokenBuckets } };

/**
 * This process's buckets, rebuilt when the settings change (tests switch them). Called on every
 * API request: only the two raw variables are compared, the settings parsed when they change.
 */
export function apiBuckets(env: Record<string, string | undefined> = process.env): TokenBuckets {
  const signature = `${env.API_RATE_LIMIT_PER_MINUTE ?? ""}\n${env.API_RATE_LIMIT_BURST ?? ""}`;
  if (memory.__apiBuckets?.signature !== signature) memory.__apiBuckets = { signature, buckets: new TokenBuckets(rateLimitSettings(env)) };
  return memory.__apiBuckets.buckets;
}
