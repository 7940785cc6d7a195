import pLimit from "p-limit";
import sharp, { type Metadata, type SharpOptions } from "sharp";

/**
 * Image decoding is the one heavy CPU/memory job of the server. Rules for every caller:
 *  - read the pixel size from the header first (`sharp().metadata()` does not decode) and
 *    refuse more than MAX_INPUT_PIXELS before any decode — a 758 KB PNG can declare
 *    16,000 × 16,000 px (256 MP, ~770 MB of pixels once decoded);
 *  - open every untrusted image with `inputOptions()` so libvips refuses it as well;
 *  - run decode/encode work through `imageJob()`: one image at a time per process, on one
 *    libvips thread, so uploads cannot starve page rendering on a small machine.
 */
export const MAX_INPUT_PIXELS = 50_000_000;
/** Jobs allowed to wait behind the running one; more get ImageBusyError (try again later). */
export const MAX_WAITING_JOBS = 4;

sharp.concurrency(1); // libvips threads per image (default: one per core)
sharp.cache(false); // do not keep decoded images around after an upload

export const inputOptions = { limitInputPixels: MAX_INPUT_PIXELS, failOn: "error" } as const satisfies SharpOptions;

export class ImageTooLargeError extends Error {
  constructor(
    readonly width: number,
    readonly height: number,
  ) {
    super(`Image of ${width} x ${height} px exceeds ${MAX_INPUT_PIXELS} pixels`);
    this.name = "ImageTooLargeError";
  }
}

export class ImageBusyError extends Error {
  constructor() {
    super("Too many images waiting to be processed");
    this.name = "ImageBusyError";
  }
}

/**
 * The image's header (format, declared width and height), without decoding any pixel.
 * No pixel limit here (sharp would refuse with a bare "exceeds pixel limit" that cannot
 * say how large the image is); call checkPixelSize() on the result.
 */
export function readHeader(input: Buffer): Promise<Metadata> {
  return sharp(input, { limitInputPixels: false }).metadata();
}

/** Throws ImageTooLargeError when the declared size is above the limit. */
export function checkPixelSize(header: { width?: number; height?: number }): void {
  const { width, height } = header;
  if (width && height && width * height > MAX_INPUT_PIXELS) throw new ImageTooLargeError(width, height);
}

const limit = pLimit(1);

/** Runs `job` when no other image job runs in this process; refuses when the queue is full. */
export function imageJob<T>(job: () => Promise<T>): Promise<T> {
  if (limit.activeCount + limit.pendingCount >= 1 + MAX_WAITING_JOBS) return Promise.reject(new ImageBusyError());
  return limit(job);
}

/** For tests and monitoring: jobs running and waiting. */
export function imageQueueState(): { active: number; waiting: number } {
  return { active: limit.activeCount, waiting: limit.pendingCount };
}
