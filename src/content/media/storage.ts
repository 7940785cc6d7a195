import fs from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import { checkPixelSize, imageJob, inputOptions, readHeader } from "./image-work";
import { isSafeKey, VARIANT_WIDTHS, variantKey } from "./keys";

export { isSafeKey, variantKey };

/**
 * Media files live on disk under MEDIA_DIR (default .data/media, git-ignored):
 * the original as uploaded (EXIF stripped, orientation applied) plus WebP variants
 * at responsive widths, named "<key-without-ext>-<width>.webp".
 */

export function mediaDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.MEDIA_DIR || path.join(process.cwd(), ".data", "media"));
}


export function mediaPath(key: string): string {
  if (!isSafeKey(key)) throw new Error(`Unsafe media key: ${key}`);
  return path.join(/*turbopackIgnore: true*/ mediaDir(), key);
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
 * in the process's one-at-a-time image queue (image-work.ts).
 */
export async function storeImage(input: Buffer, key: string): Promise<StoredImage> {
  checkPixelSize(await readHeader(input));
  return imageJob(async () => {
    const { data, info } = await sharp(input, inputOptions).rotate().jpeg({ quality: 85, mozjpeg: true }).toBuffer({ resolveWithObject: true });
    const target = mediaPath(key);
    await fs.mkdir(path.dirname(target), { recursive: true });
    await fs.writeFile(target, data);
    // Responsive widths up to the image's own width (never enlarged), plus the full width.
    const widths = [...VARIANT_WIDTHS.filter((w) => w < info.width), Math.min(info.width, VARIANT_WIDTHS[VARIANT_WIDTHS.length - 1])];
    const variants = [...new Set(widths)];
    // Decode the original once more only: the variants are made from the largest one's pixels.
    const largest = Math.max(...variants);
    const base = await sharp(input, inputOptions).rotate().resize({ width: largest }).raw().toBuffer({ resolveWithObject: true });
    const raw = { raw: { width: base.info.width, height: base.info.height, channels: base.info.channels } };
    for (const width of variants) {
      await sharp(base.data, raw).resize({ width }).webp({ quality: 78 }).toFile(mediaPath(variantKey(key, width)));
    }
    return { key, mime: "image/jpeg", width: info.width, height: info.height, sizeBytes: data.length, variants };
  });
}
