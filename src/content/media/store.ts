import path from "node:path";
import { isSafeKey } from "./keys";

/**
 * Where media files (originals and WebP variants) live: one interface, two implementations.
 *  - disk (default): files under MEDIA_DIR (default .data/media) of this machine;
 *  - S3 or any S3-compatible server (MinIO, Ceph, R2, …) when S3_BUCKET is set, so that every
 *    instance of a cluster reads and writes the same files.
 * Keys are immutable once written (a new upload always gets a new key), which is what makes the
 * year-long `immutable` caching of /media/... correct. `mediaStore()` (storage.ts) picks one.
 */

export interface MediaInfo {
  size: number;
  /**
   * Strong ETag, quoted, derived from the bytes only (the MD5 of the content on disk, the
   * server's ETag on S3 — also the MD5 for a single PUT), so every instance gives the same one.
   * Null only if an S3-compatible server sends none.
   */
  etag: string | null;
  lastModified: Date | null;
}

export interface MediaObject extends MediaInfo {
  body: ReadableStream<Uint8Array>;
}

export interface MediaStore {
  readonly kind: "disk" | "s3";
  /** Writes the whole object. */
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  /** Size and ETag without the bytes; null for an unknown key. */
  stat(key: string): Promise<MediaInfo | null>;
  /** The bytes as a stream (never buffered whole), with size and ETag; null for an unknown key. */
  get(key: string): Promise<MediaObject | null>;
  exists(key: string): Promise<boolean>;
  /** Removes the object; no error when it does not exist. */
  delete(key: string): Promise<void>;
}

export class UnsafeMediaKeyError extends Error {
  constructor(key: string) {
    super(`Unsafe media key: ${key}`);
    this.name = "UnsafeMediaKeyError";
  }
}

/** Every store method refuses keys outside [a-z0-9-] segments + one extension (no "..", no "/x"). */
export function assertSafeKey(key: string): void {
  if (!isSafeKey(key)) throw new UnsafeMediaKeyError(key);
}

export const IMMUTABLE_CACHE_CONTROL = "public, max-age=31536000, immutable";

/** Quotes a bare ETag value; leaves quoted and weak (W/"…") ones as they are. */
export function normaliseEtag(etag: string | undefined | null): string | null {
  if (!etag) return null;
  return etag.startsWith('"') || etag.startsWith("W/") ? etag : `"${etag}"`;
}

/** The environment variables read here (process.env by default; plain objects in tests). */
export type Env = Record<string, string | undefined>;

export function mediaDir(env: Env = process.env): string {
  return path.resolve(/*turbopackIgnore: true*/ env.MEDIA_DIR || path.join(process.cwd(), ".data", "media"));
}

export interface S3Config {
  bucket: string;
  endpoint?: string;
  region: string;
  accessKeyId?: string;
  secretAccessKey?: string;
  forcePathStyle: boolean;
}

function flag(name: string, value: string | undefined, fallback: boolean): boolean {
  const v = value?.trim().toLowerCase();
  if (!v) return fallback;
  if (["1", "true", "yes", "on"].includes(v)) return true;
  if (["0", "false", "no", "off"].includes(v)) return false;
  throw new Error(`${name} must be true or false, not "${value}"`);
}

/** The S3 settings from the environment, or null when S3_BUCKET is unset (disk storage). */
export function s3ConfigFromEnv(env: Env = process.env): S3Config | null {
  const bucket = env.S3_BUCKET?.trim();
  if (!bucket) return null;
  const endpoint = env.S3_ENDPOINT?.trim() || undefined;
  if (endpoint && !/^https?:\/\/[^/]/.test(endpoint)) throw new Error(`S3_ENDPOINT must be an http(s) URL, not "${endpoint}"`);
  const accessKeyId = env.S3_ACCESS_KEY_ID?.trim() || undefined;
  const secretAccessKey = env.S3_SECRET_ACCESS_KEY?.trim() || undefined;
  if (!accessKeyId !== !secretAccessKey) throw new Error("Set both S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY, or neither (the AWS default credential chain is used then)");
  return {
    bucket,
    endpoint,
    region: env.S3_REGION?.trim() || "us-east-1",
    accessKeyId,
    secretAccessKey,
    // S3-compatible servers rarely have per-bucket host names: path style unless told otherwise.
    forcePathStyle: flag("S3_FORCE_PATH_STYLE", env.S3_FORCE_PATH_STYLE, Boolean(endpoint)),
  };
}
