import zlib from "node:zlib";
import sharp from "sharp";
import { describe, expect, it, vi } from "vitest";
import { articleInputSchema } from "@/content/article/schema";
import { checkPixelSize, ImageBusyError, ImageTooLargeError, readHeader } from "@/content/media/image-work";
import { safeMetadata } from "@/content/routing/safe-metadata";

/**
 * Edges of content rules the first mutation run found untested (the revision comparison's
 * are in revision-diff.test.ts): the slug rule of the form, image size checks and their
 * errors, and the default fallback of page metadata.
 */
const base = {
  title: "Tiêu đề ban đầu của bài",
  sapo: "Sapo ban đầu đủ dài để hợp lệ.",
  categoryId: 1,
  kind: "NEWS",
  tags: ["A"],
  bylines: [{ name: "Phạm Diệp", role: "Bài" }],
  body: [{ type: "paragraph", content: [{ text: "Một" }] }],
};

describe("the article form's slug", () => {
  it("may be empty (made from the title) or lower-case words joined by single hyphens", () => {
    const slugOf = (slug: string) => articleInputSchema.safeParse({ ...base, slug });
    expect(slugOf("").success).toBe(true);
    expect(slugOf("bai-moi-2").success).toBe(true);
    for (const bad of ["Bai-moi", "bai--moi", "-bai", "bai-", "bài-mới", "bai moi"]) {
      const parsed = slugOf(bad);
      expect(parsed.success, bad).toBe(false);
      expect(parsed.error!.issues[0]).toMatchObject({ path: ["slug"], message: "Đường dẫn chỉ gồm chữ thường không dấu, số và dấu gạch ngang." });
    }
  });

  it("control characters anywhere are refused with the field's path", () => {
    const parsed = articleInputSchema.safeParse({ ...base, bylines: [{ name: "Phạm\u0000Diệp", role: "Bài" }] });
    expect(parsed.error!.issues).toEqual([expect.objectContaining({ code: "custom", path: ["bylines", 0, "name"], message: "Có ký tự không hợp lệ (ký tự điều khiển)." })]);
  });
});

describe("image checks", () => {
  it("refuse more than 50 megapixels by the declared size, before decoding", async () => {
    expect(() => checkPixelSize({ width: 10_000, height: 5_000 })).not.toThrow(); // exactly 50 MP
    expect(() => checkPixelSize({ width: 10_000, height: 5_001 })).toThrow(new ImageTooLargeError(10_000, 5_001));
    expect(() => checkPixelSize({ width: 60_000 })).not.toThrow(); // unknown height: left to the decoder
    expect(() => checkPixelSize({ height: 60_000 })).not.toThrow();
    const error = new ImageTooLargeError(16_000, 16_000);
    expect(error).toMatchObject({ name: "ImageTooLargeError", width: 16_000, height: 16_000, message: "Image of 16000 x 16000 px exceeds 50000000 pixels" });
    expect(new ImageBusyError()).toMatchObject({ name: "ImageBusyError", message: "Too many images waiting to be processed" });
  });

  it("read the header of an image above sharp's own pixel limit without refusing it", async () => {
    // 20,000 × 20,000 declared (400 MP): sharp's default limit (268 MP) would refuse to read even the header
    const chunk = (type: string, data: Buffer) => {
      const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
      const length = Buffer.alloc(4);
      length.writeUInt32BE(data.length);
      const crc = Buffer.alloc(4);
      crc.writeUInt32BE(zlib.crc32(body));
      return Buffer.concat([length, body, crc]);
    };
    const ihdr = Buffer.alloc(13);
    ihdr.writeUInt32BE(20_000, 0);
    ihdr.writeUInt32BE(20_000, 4);
    ihdr[8] = 1; // 1-bit grayscale
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk("IHDR", ihdr), chunk("IDAT", zlib.deflateSync(Buffer.alloc(2501))), chunk("IEND", Buffer.alloc(0))]);
    await expect(sharp(png).metadata()).rejects.toThrow(); // sharp's own limit refuses even the header
    const header = await readHeader(png);
    expect([header.format, header.width, header.height]).toEqual(["png", 20_000, 20_000]);
  }, 60_000);
});

describe("page metadata", () => {
  it("falls back to 'not indexed' when the page gives no fallback of its own", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const generate = safeMetadata(async () => {
      throw new Error("hỏng");
    });
    expect(await generate()).toEqual({ robots: { index: false } });
    expect(log.mock.calls[0][0]).toBe("[metadata] generateMetadata failed; using the fallback");
    log.mockRestore();
  });
});
