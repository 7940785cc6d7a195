import { isUtf8 } from "node:buffer";

/**
 * Turns the bytes of an export into text a strict reader can take, without ever failing:
 *  - valid UTF-8 passes through (the fast path: one check per chunk);
 *  - a byte that is not part of valid UTF-8 is read as Windows-1252 (what a Latin-1 or
 *    "ANSI" copy-paste left in an otherwise UTF-8 file almost always is), and reported;
 *  - characters XML forbids (C0 controls other than tab and newlines, U+FFFE, U+FFFF) are
 *    removed, and reported;
 *  - a UTF-8 sequence cut by a chunk boundary is kept for the next chunk.
 * Output is a list of pieces: text, or a repair marker placed exactly where the repair is,
 * so the caller can tell which post the problem was in (parsers emit synchronously).
 */
export type DecodedPiece = string | { repair: "encoding" | "control"; text: string };

/** Windows-1252 characters of bytes 0x80–0x9F (undefined ones keep their Latin-1 code). */
const CP1252 = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];
const cp1252 = (byte: number) => String.fromCharCode(byte >= 0x80 && byte <= 0x9f ? CP1252[byte - 0x80] : byte);

const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

/** Length of the valid UTF-8 sequence at `i`, 0 when invalid, -1 when cut by the end of `buf`. */
function sequenceLength(buf: Uint8Array, i: number): number {
  const b0 = buf[i];
  if (b0 < 0x80) return 1;
  let length: number;
  let min = 0x80;
  let max = 0xbf;
  if (b0 >= 0xc2 && b0 <= 0xdf) length = 2;
  else if (b0 >= 0xe0 && b0 <= 0xef) {
    length = 3;
    if (b0 === 0xe0) min = 0xa0;
    if (b0 === 0xed) max = 0x9f;
  } else if (b0 >= 0xf0 && b0 <= 0xf4) {
    length = 4;
    if (b0 === 0xf0) min = 0x90;
    if (b0 === 0xf4) max = 0x8f;
  } else return 0;
  for (let k = 1; k < length; k++) {
    if (i + k >= buf.length) return -1;
    const b = buf[i + k];
    if (b < (k === 1 ? min : 0x80) || b > (k === 1 ? max : 0xbf)) return 0;
  }
  return length;
}

export class ExportTextDecoder {
  private carry: Buffer = Buffer.alloc(0);
  private started = false;
  /** Set when the XML declaration names a single-byte encoding: the whole file is read with it. */
  private legacy: TextDecoder | null = null;

  /** Decodes the next chunk of bytes. */
  push(chunk: Buffer): DecodedPiece[] {
    let buf = this.carry.length ? Buffer.concat([this.carry, chunk]) : chunk;
    this.carry = Buffer.alloc(0);
    if (!this.started) {
      this.started = true;
      if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) buf = buf.subarray(3); // BOM
      const declared = /^<\?xml[^>]*encoding=["']([A-Za-z0-9_-]+)["']/.exec(buf.subarray(0, 200).toString("latin1"))?.[1]?.toLowerCase();
      if (declared && /^(iso-8859-1|latin-?1|windows-1252|cp1252|us-ascii)$/.test(declared)) this.legacy = new TextDecoder("windows-1252");
    }
    if (this.legacy) return this.clean(this.legacy.decode(buf, { stream: true }));
    // Keep a sequence cut at the end for the next chunk.
    let end = buf.length;
    for (let back = 1; back <= 3 && back <= buf.length; back++) {
      const i = buf.length - back;
      if (buf[i] >= 0xc0) {
        if (sequenceLength(buf, i) === -1) end = i;
        break;
      }
      if (buf[i] < 0x80) break;
    }
    this.carry = Buffer.from(buf.subarray(end));
    return this.decode(buf.subarray(0, end));
  }

  /** The end of the file: bytes still kept are an unfinished sequence. */
  end(): DecodedPiece[] {
    if (this.legacy) return this.clean(this.legacy.decode());
    const rest = this.carry;
    this.carry = Buffer.alloc(0);
    return rest.length ? this.decode(rest, true) : [];
  }

  private decode(buf: Buffer, final = false): DecodedPiece[] {
    if (isUtf8(buf)) return this.clean(buf.toString("utf8"));
    const pieces: DecodedPiece[] = [];
    let from = 0;
    let i = 0;
    while (i < buf.length) {
      const length = sequenceLength(buf, i);
      if (length > 0) {
        i += length;
        continue;
      }
      if (length === -1 && !final) break; // cannot happen after push() kept the tail
      if (i > from) pieces.push(...this.clean(buf.toString("utf8", from, i)));
      pieces.push({ repair: "encoding", text: cp1252(buf[i]) });
      i++;
      from = i;
    }
    if (from < buf.length) pieces.push(...this.clean(buf.toString("utf8", from)));
    return pieces;
  }

  private clean(text: string): DecodedPiece[] {
    FORBIDDEN.lastIndex = 0;
    if (!FORBIDDEN.test(text)) return text ? [text] : [];
    const pieces: DecodedPiece[] = [];
    let from = 0;
    FORBIDDEN.lastIndex = 0;
    for (let match = FORBIDDEN.exec(text); match; match = FORBIDDEN.exec(text)) {
      if (match.index > from) pieces.push(text.slice(from, match.index));
      pieces.push({ repair: "control", text: "" });
      from = match.index + 1;
    }
    if (from < text.length) pieces.push(text.slice(from));
    return pieces;
  }
}
