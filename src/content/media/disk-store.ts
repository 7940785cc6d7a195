import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { assertSafeKey, type MediaInfo, type MediaObject, type MediaStore } from "./store";

/** Errors that mean "no such file" for a key (missing, a directory in its place, a name too long to exist). */
const MISSING = new Set(["ENOENT", "ENOTDIR", "EISDIR", "ENAMETOOLONG"]);
const isMissing = (error: unknown) => MISSING.has((error as NodeJS.ErrnoException)?.code ?? "");

/** ETags remembered per file (size and mtime tell a rewritten file); the oldest go first. */
const MAX_REMEMBERED_ETAGS = 20_000;

const md5Etag = (hash: ReturnType<typeof createHash>) => `"${hash.digest("hex")}"`;

/**
 * Media on this machine's disk, under `dir`. The ETag is the quoted MD5 of the bytes — the
 * same on every machine holding the same file (and the same as S3 gives for a single PUT) —
 * computed once per file and remembered in memory.
 */
export class DiskMediaStore implements MediaStore {
  readonly kind = "disk" as const;
  readonly #etags = new Map<string, { size: number; mtimeMs: number; etag: string }>();

  constructor(readonly dir: string) {}

  /** Absolute path of a key; refuses unsafe keys. */
  path(key: string): string {
    assertSafeKey(key);
    return path.join(/*turbopackIgnore: true*/ this.dir, key);
  }

  async put(key: string, bytes: Uint8Array, _contentType: string): Promise<void> {
    const target = this.path(key);
    await fs.mkdir(path.dirname(target), { recursive: true });
    // Written beside the target, then renamed: a reader never sees half a file. The temporary
    // name has two dots, so it is never a valid key (never served).
    const temporary = `${target}.${randomBytes(6).toString("hex")}.tmp`;
    try {
      await fs.writeFile(temporary, bytes);
      await fs.rename(temporary, target);
    } catch (error) {
      await fs.rm(temporary, { force: true });
      throw error;
    }
    const stats = await fs.stat(target);
    this.#remember(target, stats.size, stats.mtimeMs, md5Etag(createHash("md5").update(bytes)));
  }

  async stat(key: string): Promise<MediaInfo | null> {
    const opened = await this.#open(key);
    if (!opened) return null;
    const { file, handle } = opened;
    try {
      return await this.#info(file, handle);
    } finally {
      await handle.close();
    }
  }

  async get(key: string): Promise<MediaObject | null> {
    const opened = await this.#open(key);
    if (!opened) return null;
    const { file, handle } = opened;
    try {
      const info = await this.#info(file, handle);
      if (!info) {
        await handle.close();
        return null;
      }
      // The stream reads from the open handle (a file removed meanwhile still reads whole)
      // and closes it at its end or when the response is cancelled.
      const body = Readable.toWeb(handle.createReadStream({ start: 0 })) as ReadableStream<Uint8Array>;
      return { ...info, body };
    } catch (error) {
      await handle.close();
      throw error;
    }
  }

  async exists(key: string): Promise<boolean> {
    try {
      return (await fs.stat(this.path(key))).isFile();
    } catch (error) {
      if (isMissing(error)) return false;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    const file = this.path(key);
    await fs.rm(file, { force: true });
    this.#etags.delete(file);
  }

  /** The key's file opened for reading; null when there is none. */
  async #open(key: string): Promise<{ file: string; handle: fs.FileHandle } | null> {
    const file = this.path(key);
    try {
      return { file, handle: await fs.open(file, "r") };
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  async #info(file: string, handle: fs.FileHandle): Promise<MediaInfo | null> {
    const stats = await handle.stat();
    if (!stats.isFile()) return null;
    const known = this.#etags.get(file);
    let etag = known && known.size === stats.size && known.mtimeMs === stats.mtimeMs ? known.etag : null;
    if (!etag) {
      etag = await hashOpenFile(handle, stats.size);
      this.#remember(file, stats.size, stats.mtimeMs, etag);
    }
    return { size: stats.size, etag, lastModified: stats.mtime };
  }

  #remember(file: string, size: number, mtimeMs: number, etag: string) {
    this.#etags.delete(file);
    this.#etags.set(file, { size, mtimeMs, etag });
    if (this.#etags.size > MAX_REMEMBERED_ETAGS) this.#etags.delete(this.#etags.keys().next().value!);
  }
}

/** MD5 of an open file, read in chunks at explicit positions (the handle's own position is left alone). */
async function hashOpenFile(handle: fs.FileHandle, size: number): Promise<string> {
  const hash = createHash("md5");
  const buffer = Buffer.alloc(Math.min(Math.max(size, 1), 256 * 1024));
  for (let position = 0; position < size; ) {
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, position);
    if (bytesRead === 0) break;
    hash.update(buffer.subarray(0, bytesRead));
    position += bytesRead;
  }
  return md5Etag(hash);
}
