import { randomBytes } from "node:crypto";
import type { Metadata } from "sharp";
import { prisma } from "@/db/client";
import { checkPixelSize, ImageBusyError, ImageTooLargeError, MAX_INPUT_PIXELS, readHeader } from "./image-work";
import { MediaWriteError, storeImage } from "./storage";

/**
 * Upload of a photo: the type is decided by the file's content (sharp reads it), never
 * by its name; the pixel size is checked from the header before anything is decoded
 * (decompression bombs); EXIF is stripped and orientation applied by storeImage.
 */
export const MAX_UPLOAD_BYTES = 15 * 1024 * 1024;
const ACCEPTED = new Set(["jpeg", "png", "webp"]);

export class UploadError extends Error {
  constructor(
    message: string,
    readonly status: 400 | 413 | 415 | 503 = 400,
  ) {
    super(message);
  }
}

function tooManyPixels(width: number, height: number): UploadError {
  const megapixels = (n: number) => Math.round(n / 1_000_000).toLocaleString("vi-VN");
  return new UploadError(
    `Ảnh quá lớn: ${width.toLocaleString("vi-VN")} × ${height.toLocaleString("vi-VN")} điểm ảnh (${megapixels(width * height)} megapixel), ` +
      `tối đa ${megapixels(MAX_INPUT_PIXELS)} megapixel. Vui lòng thu nhỏ ảnh rồi tải lại.`,
    413,
  );
}

/** The name the file was uploaded with, for the library search: no folders or control characters, at most 255 characters. */
export function fileNameOf(name: string): string | null {
  // eslint-disable-next-line no-control-regex
  const base = (name.split(/[\\/]/).pop() ?? "").replace(/[\u0000-\u001f\u007f-\u009f]/g, "").trim().normalize("NFC").slice(0, 255);
  return base || null;
}

export async function uploadImage(
  file: { bytes: Buffer; name: string },
  meta: { alt?: string; caption?: string; credit?: string; uploadedById: number },
) {
  if (file.bytes.length === 0) throw new UploadError("Tệp rỗng.");
  if (file.bytes.length > MAX_UPLOAD_BYTES) throw new UploadError(`Ảnh quá lớn (tối đa ${MAX_UPLOAD_BYTES / 1024 / 1024} MB).`, 413);
  let header: Metadata;
  try {
    header = await readHeader(file.bytes);
  } catch {
    throw new UploadError("Tệp không phải ảnh hợp lệ hoặc đã bị hỏng.", 415);
  }
  if (!header.format || !ACCEPTED.has(header.format)) throw new UploadError("Chỉ nhận ảnh JPEG, PNG hoặc WebP.", 415);
  try {
    checkPixelSize(header);
  } catch (error) {
    if (error instanceof ImageTooLargeError) throw tooManyPixels(error.width, error.height);
    throw error;
  }
  const now = new Date();
  const key = `uploads/${now.getUTCFullYear()}/${String(now.getUTCMonth() + 1).padStart(2, "0")}/${randomBytes(8).toString("hex")}.jpg`;
  let stored;
  try {
    stored = await storeImage(file.bytes, key);
  } catch (error) {
    if (error instanceof ImageTooLargeError) throw tooManyPixels(error.width, error.height);
    if (error instanceof ImageBusyError) throw new UploadError("Máy chủ đang xử lý nhiều ảnh. Vui lòng thử lại sau ít phút.", 503);
    if (error instanceof MediaWriteError) {
      console.error("[media]", error);
      throw new UploadError("Chưa lưu được ảnh vào kho lưu trữ. Vui lòng thử lại sau ít phút.", 503);
    }
    throw new UploadError("Tệp không phải ảnh hợp lệ hoặc đã bị hỏng.", 415);
  }
  return prisma().media.create({
    data: {
      fileKey: stored.key,
      mime: stored.mime,
      width: stored.width,
      height: stored.height,
      sizeBytes: stored.sizeBytes,
      variants: stored.variants,
      alt: meta.alt?.trim().slice(0, 500) ?? "",
      caption: meta.caption?.trim().slice(0, 1000) || null,
      credit: meta.credit?.trim().slice(0, 200) || null,
      fileName: fileNameOf(file.name),
      uploadedById: meta.uploadedById,
    },
    select: { id: true, fileKey: true, alt: true, caption: true, credit: true, width: true, height: true, variants: true },
  });
}

/** Refuses to delete media that an article still shows (cover or body). */
export async function deleteMedia(id: number) {
  const db = prisma();
  const [covers, inBody] = await Promise.all([
    db.article.count({ where: { coverMediaId: id } }),
    db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM articles WHERE body @> ${JSON.stringify([{ type: "image", mediaId: id }])}::jsonb`,
  ]);
  if (covers > 0 || Number(inBody[0].n) > 0) throw new UploadError("Ảnh đang được dùng trong bài viết nên không thể xóa.");
  await db.media.delete({ where: { id } });
}
