import sharp from "sharp";
import { DiskMediaStore } from "./disk-store";
import { checkPixelSize, imageJob, inputOptions, readHeader } from "./image-work";
import { VARIANT_WIDTHS, variantKey } from "./keys";
import { S3MediaStore } from "./s3-store";
import { assertSafeKey, mediaDir, s3ConfigFromEnv, type Env, type MediaStore } from "./store";

/**
 * Media files are kept by the media store (store.ts): the MEDIA_DIR disk (default .data/media,
 * git-ignored), or an S3 bucket when S3_BUCKET is set. Each image is the original as uploaded
 * (JPEG, EXIF stripped, orientation applied) plus WebP variants at responsive widths, named
 * "<key-without-ext>-<width>.webp".
 */

let current: { signature: string; store: MediaStore } | null = null;

/**
 * This process's store, chosen from the environment: S3 when S3_BUCKET is set, the MEDIA_DIR
 * disk otherwise. Built once per configuration (tests switch MEDIA_DIR or S3_* between suites).
 */
export function mediaStore(env: Env = process.env): MediaStore {
  const s3 = s3ConfigFromEnv(env);
  const signature = JSON.stringify(s3 ?? { dir: mediaDir(env) });
  if (current?.signature !== signature) {
    if (current?.store instanceof S3MediaStore) current.store.destroy();
    current = { signature, store: s3 ? new S3MediaStore(s3) : new DiskMediaStore(mediaDir(env)) };
  }
  return current.store;
}

/** Writing to the media store failed (disk full, storage server down…): not the image's fault. */
export class MediaWriteError extends Error {
  constructor(key: string, cause: unknown) {
    super(`Could not store media ${key}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = "MediaWriteError";
  }
}

export interface StoredImage {
  key: string;
  mime: string;
  width: number;
  height: number;
  sizeBytes: number;
  variants: number[];
}

/**
 * Normalises an image (rotate by EXIF, strip metadata) and writes it with its variants.
 * Refuses images above MAX_INPUT_PIXELS from their header, before decoding; the work runs
 * in the process's one-at-a-time image queue (image-work.ts). Everything is made in memory
 * and written through the store only (no temporary file); the variants are written first and
 * the original last, so an original in the store means its whole set is there.
 */
export async function storeImage(input: Buffer, key: string): Promise<StoredImage> {
  assertSafeKey(key);
  let store: MediaStore;
  try {
    store = mediaStore(); // a bad S3_* setting fails here, before any image work
  } catch (error) {
    throw new MediaWriteError(key, error);
  }
  checkPixelSize(await readHeader(input));
  const made = await imageJob(async () => {
    const original = await sharp(input, inputOptions).rotate().jpeg({ quality: 85, mozjpeg: true }).toBuffer({ resolveWithObject: true });
    // Responsive widths up to the image's own width (never enlarged), plus the full width.
    const width = original.info.width;
    const widths = [...new Set([...VARIANT_WIDTHS.filter((w) => w < width), Math.min(width, VARIANT_WIDTHS[VARIANT_WIDTHS.length - 1])])];
    // Decode the original once more only: the variants are made from the largest one's pixels.
    const base = await sharp(input, inputOptions).rotate().resize({ width: Math.max(...widths) }).raw().toBuffer({ resolveWithObject: true });
    const raw = { raw: { width: base.info.width, height: base.info.height, channels: base.info.channels } };
    const variants: { width: number; data: Buffer }[] = [];
    for (const w of widths) variants.push({ width: w, data: await sharp(base.data, raw).resize({ width: w }).webp({ quality: 78 }).toBuffer() });
    return { original, variants };
  });
  // Storage I/O runs outside the image queue: the next image can be decoded meanwhile.
  const written: string[] = [];
  const put = async (fileKey: string, data: Buffer, type: string) => {
    await store.put(fileKey, data, type);
    written.push(fileKey);
  };
  try {
    await Promise.all(made.variants.map((v) => put(variantKey(key, v.width), v.data, "image/webp")));
    await put(key, made.original.data, "image/jpeg");
  } catch (error) {
    await Promise.allSettled(written.map((fileKey) => store.delete(fileKey))); // best effort: no half sets
    throw new MediaWriteError(key, error);
  }
  const { info, data } = made.original;
  return { key, mime: "image/jpeg", width: info.width, height: info.height, sizeBytes: data.length, variants: made.variants.map((v) => v.width) };
}
