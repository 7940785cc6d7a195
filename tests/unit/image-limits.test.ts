import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkPixelSize, ImageBusyError, ImageTooLargeError, imageJob, imageQueueState } from "@/content/media/image-work";
import { storeImage } from "@/content/media/storage";
import { MAX_UPLOAD_BYTES, uploadImage, UploadError } from "@/content/media/upload";

/**
 * A decompression bomb: a valid PNG of 16,000 × 16,000 px (256 MP) that weighs a few tens of
 * KB, because every row is the same. Built by hand (1-bit grayscale) so the test makes it
 * in milliseconds; decoding it would cost seconds of CPU and hundreds of MB.
 */
function pngBomb(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 1; // bit depth
  ihdr[9] = 0; // grayscale
  const row = 1 + Math.ceil(width / 8); // filter byte + packed pixels
  const pixels = zlib.deflateSync(Buffer.alloc(row * height), { level: 9 });
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", pixels),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const deferred = () => {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
};

let mediaDir: string;
beforeAll(() => {
  mediaDir = fs.mkdtempSync(path.join(os.tmpdir(), "media-limits-"));
  process.env.MEDIA_DIR = mediaDir;
});
afterAll(() => fs.rmSync(mediaDir, { recursive: true, force: true }));

describe("decompression bombs", () => {
  const bomb = pngBomb(16_000, 16_000);

  it("is a small, valid PNG that declares 256 MP", async () => {
    expect(bomb.length).toBeLessThan(100_000);
    expect(await sharp(bomb).metadata()).toMatchObject({ format: "png", width: 16_000, height: 16_000 });
  });

  it("an upload is refused from the header, before decoding, with a 413 and a clear message", async () => {
    const started = performance.now();
    const error = await uploadImage({ bytes: bomb, name: "bom.png" }, { alt: "x", uploadedById: 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UploadError);
    expect(error).toMatchObject({
      status: 413,
      message: "Ảnh quá lớn: 16.000 × 16.000 điểm ảnh (256 megapixel), tối đa 50 megapixel. Vui lòng thu nhỏ ảnh rồi tải lại.",
    });
    expect(performance.now() - started).toBeLessThan(1500); // decoding it takes ~10 s
    expect(fs.readdirSync(mediaDir)).toEqual([]); // nothing written
  });

  it("the limit is 50 megapixels: 10,000 × 5,000 passes the check, one more row does not", async () => {
    expect(() => checkPixelSize({ width: 10_000, height: 5_000 })).not.toThrow();
    expect(() => checkPixelSize({ width: 10_000, height: 5_001 })).toThrow(ImageTooLargeError);
    const over = await uploadImage({ bytes: pngBomb(10_000, 5_001), name: "a.png" }, { uploadedById: 1 }).catch((e: unknown) => e);
    expect(over).toMatchObject({ status: 413, message: expect.stringMatching(/^Ảnh quá lớn: 10\.000 × 5\.001 điểm ảnh/) });
  });

  it("storeImage refuses it too (seed and any other caller)", async () => {
    await expect(storeImage(bomb, "t/bomb.jpg")).rejects.toThrow("Image of 16000 x 16000 px exceeds 50000000 pixels");
  });

  it("sharp itself refuses to decode it with the shared input options", async () => {
    const { inputOptions } = await import("@/content/media/image-work");
    await expect(sharp(bomb, inputOptions).png().toBuffer()).rejects.toThrow(/pixel limit/);
  });
});

describe("image work queue", () => {
  it("libvips uses one thread per image", () => {
    expect(sharp.concurrency()).toBe(1);
  });

  it("runs one image job at a time, in order, and refuses more than 4 waiting", async () => {
    const gates = [deferred(), deferred(), deferred(), deferred(), deferred()];
    const log: string[] = [];
    const jobs = gates.map((gate, i) =>
      imageJob(async () => {
        log.push(`start ${i}`);
        await gate.promise;
        log.push(`end ${i}`);
        return i;
      }),
    );
    await expect(imageJob(async () => "sixth")).rejects.toBeInstanceOf(ImageBusyError);
    await new Promise((r) => setTimeout(r, 10));
    expect(imageQueueState()).toEqual({ active: 1, waiting: 4 });
    expect(log).toEqual(["start 0"]);
    for (const gate of [...gates].reverse()) gate.resolve(); // the last ones may not jump the queue
    expect(await Promise.all(jobs)).toEqual([0, 1, 2, 3, 4]);
    expect(log).toEqual(["start 0", "end 0", "start 1", "end 1", "start 2", "end 2", "start 3", "end 3", "start 4", "end 4"]);
    expect(imageQueueState()).toEqual({ active: 0, waiting: 0 });
  });

  it("an upload waits for the image job in progress", async () => {
    const jpeg = await sharp({ create: { width: 400, height: 300, channels: 3, background: "#36c" } }).jpeg().toBuffer();
    const gate = deferred();
    const running = imageJob(() => gate.promise);
    let done = false;
    const storing = storeImage(jpeg, "t/cho.jpg").then((stored) => ((done = true), stored));
    await new Promise((r) => setTimeout(r, 300));
    expect(done).toBe(false);
    expect(fs.existsSync(path.join(mediaDir, "t/cho.jpg"))).toBe(false);
    gate.resolve();
    await running;
    expect(await storing).toEqual({ key: "t/cho.jpg", mime: "image/jpeg", width: 400, height: 300, sizeBytes: expect.any(Number), variants: [320, 400] });
    expect((await sharp(path.join(mediaDir, "t/cho-320.webp")).metadata()).width).toBe(320);
    expect((await sharp(path.join(mediaDir, "t/cho-400.webp")).metadata()).width).toBe(400);
  });
});

describe("upload refusals (before anything is stored)", () => {
  const refusal = (bytes: Buffer) => uploadImage({ bytes, name: "anh.jpg" }, { alt: "x", uploadedById: 1 }).catch((e: unknown) => e);

  it("an empty file is a 400 'Tệp rỗng.'", async () => {
    const error = await refusal(Buffer.alloc(0));
    expect(error).toBeInstanceOf(UploadError);
    expect(error).toMatchObject({ status: 400, message: "Tệp rỗng." });
  });

  it("the size limit is 15 MB = 15,728,640 bytes: exactly that passes the size check, one byte more is a 413", async () => {
    expect(MAX_UPLOAD_BYTES).toBe(15_728_640);
    // zeros are no image: past the size check, the content check refuses them
    expect(await refusal(Buffer.alloc(15_728_640))).toMatchObject({ status: 415, message: "Tệp không phải ảnh hợp lệ hoặc đã bị hỏng." });
    expect(await refusal(Buffer.alloc(15_728_641))).toMatchObject({ status: 413, message: "Ảnh quá lớn (tối đa 15 MB)." });
  });

  it("a JPEG whose header reads but whose pixels are cut off is a 415, not a storage failure", async () => {
    const jpeg = await sharp({ create: { width: 400, height: 300, channels: 3, background: "#36c" } }).jpeg().toBuffer();
    const cut = jpeg.subarray(0, Math.floor(jpeg.length / 2));
    expect(await sharp(cut).metadata()).toMatchObject({ format: "jpeg", width: 400, height: 300 }); // the header is whole
    expect(await refusal(cut)).toMatchObject({ status: 415, message: "Tệp không phải ảnh hợp lệ hoặc đã bị hỏng." });
    expect(fs.existsSync(path.join(mediaDir, "uploads"))).toBe(false); // nothing written
  });

  it("a full image queue is a 503 asking to try again in a few minutes", async () => {
    const jpeg = await sharp({ create: { width: 40, height: 30, channels: 3, background: "#36c" } }).jpeg().toBuffer();
    const gate = deferred();
    const jobs = Array.from({ length: 5 }, () => imageJob(() => gate.promise)); // one running, four waiting
    try {
      const error = await refusal(jpeg);
      expect(error).toBeInstanceOf(UploadError);
      expect(error).toMatchObject({ status: 503, message: "Máy chủ đang xử lý nhiều ảnh. Vui lòng thử lại sau ít phút." });
    } finally {
      gate.resolve();
      await Promise.all(jobs);
    }
    expect(fs.existsSync(path.join(mediaDir, "uploads"))).toBe(false);
  });
});
