import fs from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
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

/** Normalises an image (rotate by EXIF, strip metadata) and writes it with its variants. */
export async function storeImage(input: Buffer, key: string): Promise<StoredImage> {
  const image = sharp(input, { failOn: "error" }).rotate();
  const { data, info } = await image.clone().jpeg({ quality: 85, mozjpeg: true }).toBuffer({ resolveWithObject: true });
  const target = mediaPath(key);
  await fs.mkdir(path.dirname(target), { recursive: true });
  await fs.writeFile(target, data);
  const variants: number[] = [];
  for (const width of VARIANT_WIDTHS) {
    if (width > info.width && variants.length > 0) break;
    await image
      .clone()
      .resize({ width: Math.min(width, info.width), withoutEnlargement: true })
      .webp({ quality: 78 })
      .toFile(mediaPath(variantKey(key, width)));
    variants.push(width);
  }
  return { key, mime: "image/jpeg", width: info.width, height: info.height, sizeBytes: data.length, variants };
}
