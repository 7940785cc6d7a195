import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import fsp, { type FileHandle } from "node:fs/promises";
import http from "node:http";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { HeadObjectCommand, ListObjectsV2Command, S3Client } from "@aws-sdk/client-s3";
import S3rver from "s3rver";
import sharp from "sharp";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { GET, HEAD } from "@/app/media/[...key]/route";
import { DiskMediaStore } from "@/content/media/disk-store";
import { S3MediaStore } from "@/content/media/s3-store";
import { MediaWriteError, mediaStore, storeImage } from "@/content/media/storage";
import { s3ConfigFromEnv, UnsafeMediaKeyError, type MediaStore } from "@/content/media/store";
import { uploadImage } from "@/content/media/upload";

/**
 * The media store (src/content/media/store.ts) on both implementations, through one suite:
 * the MEDIA_DIR disk in a temporary directory, and S3 on s3rver (a local S3-compatible server
 * started here on a loopback port, with its own temporary directory). The S3 suite also checks
 * that nothing lands on the local disk, and reads what was written back through a separate raw
 * S3 client, so a "S3" store that quietly wrote to disk fails.
 */

const BUCKET = "toa-soan-media";
const ENV_NAMES = ["MEDIA_DIR", "S3_BUCKET", "S3_ENDPOINT", "S3_REGION", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY", "S3_FORCE_PATH_STYLE"] as const;
const savedEnv = Object.fromEntries(ENV_NAMES.map((name) => [name, process.env[name]]));

const tmp = (prefix: string) => fs.mkdtempSync(path.join(os.tmpdir(), prefix));
const s3rverDir = tmp("media-s3rver-");
const diskDir = tmp("media-disk-");
/** MEDIA_DIR while S3 is configured: must stay empty. */
const unusedLocalDir = tmp("media-unused-");

let server: S3rver;
let endpoint = "";
let raw: S3Client;

const s3Env = () => ({ S3_BUCKET: BUCKET, S3_ENDPOINT: endpoint, S3_ACCESS_KEY_ID: "S3RVER", S3_SECRET_ACCESS_KEY: "S3RVER" });

function useEnv(values: Partial<Record<(typeof ENV_NAMES)[number], string>>) {
  for (const name of ENV_NAMES) delete process.env[name];
  Object.assign(process.env, values);
}

/** Every file under a directory, as keys. */
function filesUnder(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}

/** Every key in the bucket, read with a client of the test's own (not the store under test). */
async function bucketKeys(): Promise<string[]> {
  const listed = await raw.send(new ListObjectsV2Command({ Bucket: BUCKET }));
  return (listed.Contents ?? []).map((object) => object.Key!).sort();
}

const bytesOf = async (body: ReadableStream<Uint8Array> | null) => Buffer.from(await new Response(body).arrayBuffer());
const md5Etag = (bytes: Uint8Array) => `"${createHash("md5").update(bytes).digest("hex")}"`;
const context = (key: string) => ({ params: Promise.resolve({ key: key.split("/") }) });
const request = (key: string, headers: Record<string, string> = {}, method = "GET") => new Request(`http://localhost/media/${key}`, { method, headers });

/**
 * A stand-in S3 server on a loopback port, for what s3rver cannot show: it records each
 * request's method and headers, counts its open connections and answers with `answer`
 * (by default: PUT and DELETE accepted, GET and HEAD give the three bytes "abc").
 */
async function fakeS3(answer?: (req: http.IncomingMessage, res: http.ServerResponse) => void) {
  const requests: { method: string; headers: http.IncomingHttpHeaders }[] = [];
  let open = 0;
  const fallback = (req: http.IncomingMessage, res: http.ServerResponse) => {
    if (req.method === "GET" || req.method === "HEAD") {
      res.writeHead(200, { ETag: '"abc"', "Content-Length": "3", "Content-Type": "image/jpeg" });
      res.end(req.method === "GET" ? "abc" : undefined);
    } else {
      res.writeHead(req.method === "DELETE" ? 204 : 200, { ETag: '"abc"' });
      res.end();
    }
  };
  const fake = http.createServer((req, res) => {
    requests.push({ method: req.method!, headers: req.headers });
    req.resume();
    req.on("end", () => (answer ?? fallback)(req, res));
  });
  fake.keepAliveTimeout = 60_000; // only the client may close an idle connection here
  fake.on("connection", (socket) => {
    open++;
    socket.on("close", () => open--);
  });
  await new Promise<void>((resolve) => fake.listen(0, "127.0.0.1", resolve));
  return {
    endpoint: `http://127.0.0.1:${(fake.address() as net.AddressInfo).port}`,
    requests,
    openConnections: () => open,
    close: () =>
      new Promise<void>((resolve) => {
        fake.closeAllConnections();
        fake.close(() => resolve());
      }),
  };
}

beforeAll(async () => {
  // A loopback side port; another one if it is taken.
  for (let attempt = 1; ; attempt++) {
    server = new S3rver({ address: "127.0.0.1", port: 4569 + Math.floor(Math.random() * 20_000), silent: true, directory: s3rverDir, configureBuckets: [{ name: BUCKET }] });
    try {
      endpoint = `http://127.0.0.1:${(await server.run()).port}`;
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EADDRINUSE" || attempt === 5) throw error;
    }
  }
  raw = new S3Client({
    endpoint,
    region: "us-east-1",
    forcePathStyle: true,
    credentials: { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" },
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
  });
});

afterAll(async () => {
  raw?.destroy();
  mediaStore({ MEDIA_DIR: diskDir }); // lets go of the S3 store's client
  await server?.close();
  for (const name of ENV_NAMES) {
    if (savedEnv[name] === undefined) delete process.env[name];
    else process.env[name] = savedEnv[name];
  }
  for (const dir of [s3rverDir, diskDir, unusedLocalDir]) fs.rmSync(dir, { recursive: true, force: true });
});

describe("choosing the store from the environment", () => {
  it("is the MEDIA_DIR disk without S3_BUCKET", () => {
    const store = mediaStore({ MEDIA_DIR: diskDir });
    expect(store).toBeInstanceOf(DiskMediaStore);
    expect((store as DiskMediaStore).dir).toBe(diskDir);
    expect(s3ConfigFromEnv({ S3_BUCKET: " " })).toBeNull();
  });

  it("is S3 with S3_BUCKET, with the documented defaults", () => {
    expect(mediaStore({ S3_BUCKET: "b", MEDIA_DIR: diskDir })).toBeInstanceOf(S3MediaStore);
    expect(s3ConfigFromEnv({ S3_BUCKET: "b" })).toEqual({ bucket: "b", region: "us-east-1", forcePathStyle: false });
    expect(s3ConfigFromEnv({ S3_BUCKET: "b", S3_ENDPOINT: "http://minio:9000", S3_REGION: "ap-southeast-1", S3_ACCESS_KEY_ID: "k", S3_SECRET_ACCESS_KEY: "s" })).toEqual({
      bucket: "b",
      endpoint: "http://minio:9000",
      region: "ap-southeast-1",
      accessKeyId: "k",
      secretAccessKey: "s",
      forcePathStyle: true, // an endpoint means a third-party server: path style by default
    });
    expect(s3ConfigFromEnv({ S3_BUCKET: "b", S3_ENDPOINT: "https://s3.example.vn", S3_FORCE_PATH_STYLE: "false" })?.forcePathStyle).toBe(false);
    expect(s3ConfigFromEnv({ S3_BUCKET: "b", S3_FORCE_PATH_STYLE: "1" })?.forcePathStyle).toBe(true);
  });

  it("refuses half or malformed settings with a clear message", () => {
    expect(() => s3ConfigFromEnv({ S3_BUCKET: "b", S3_ACCESS_KEY_ID: "k" })).toThrow(/S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY/);
    expect(() => s3ConfigFromEnv({ S3_BUCKET: "b", S3_ENDPOINT: "minio:9000" })).toThrow(/S3_ENDPOINT must be an http\(s\) URL/);
    expect(() => s3ConfigFromEnv({ S3_BUCKET: "b", S3_FORCE_PATH_STYLE: "maybe" })).toThrow(/S3_FORCE_PATH_STYLE/);
  });

  it("a bad setting fails uploads and file reads with a 503, not as a bad image", async () => {
    useEnv({ MEDIA_DIR: diskDir, S3_BUCKET: "b", S3_ENDPOINT: "minio:9000" });
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      const jpeg = await sharp({ create: { width: 40, height: 30, channels: 3, background: "#36c" } }).jpeg().toBuffer();
      await expect(storeImage(jpeg, "t/cau-hinh.jpg")).rejects.toBeInstanceOf(MediaWriteError);
      await expect(uploadImage({ bytes: jpeg, name: "a.jpg" }, { alt: "x", uploadedById: 1 })).rejects.toMatchObject({ status: 503 });
      expect((await GET(request("t/cau-hinh.jpg"), context("t/cau-hinh.jpg"))).status).toBe(503);
      expect(filesUnder(diskDir)).toEqual([]);
    } finally {
      logged.mockRestore();
    }
  });
});

describe("store failures and store changes", () => {
  it("a store failure names the key and the cause, and keeps the cause", () => {
    const cause = new Error("đĩa đầy");
    expect(new MediaWriteError("t/a.jpg", cause)).toMatchObject({ name: "MediaWriteError", message: "Could not store media t/a.jpg: đĩa đầy", cause });
    expect(new MediaWriteError("t/a.jpg", "hết chỗ").message).toBe("Could not store media t/a.jpg: hết chỗ");
  });

  it("a bad setting is reported as the store's failure, naming the setting", async () => {
    useEnv({ MEDIA_DIR: diskDir, S3_BUCKET: "b", S3_ENDPOINT: "minio:9000" });
    const jpeg = await sharp({ create: { width: 40, height: 30, channels: 3, background: "#36c" } }).jpeg().toBuffer();
    const error = await storeImage(jpeg, "t/cau-hinh.jpg").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MediaWriteError);
    expect((error as MediaWriteError).message).toBe('Could not store media t/cau-hinh.jpg: S3_ENDPOINT must be an http(s) URL, not "minio:9000"');
    expect(((error as MediaWriteError).cause as Error).message).toBe('S3_ENDPOINT must be an http(s) URL, not "minio:9000"');
  });

  it("an S3 store replaced after a configuration change closes its connections; an unused one closes quietly", async () => {
    const fake = await fakeS3();
    try {
      useEnv({ MEDIA_DIR: unusedLocalDir, S3_BUCKET: BUCKET, S3_ENDPOINT: fake.endpoint, S3_ACCESS_KEY_ID: "k", S3_SECRET_ACCESS_KEY: "s" });
      await mediaStore().put("t/ket-noi.jpg", Buffer.from("abc"), "image/jpeg");
      expect(fake.openConnections()).toBe(1); // kept alive for the next request
      mediaStore({ MEDIA_DIR: diskDir });
      await vi.waitFor(() => expect(fake.openConnections()).toBe(0), { timeout: 3_000, interval: 20 });
      expect(() => new S3MediaStore(s3ConfigFromEnv({ S3_BUCKET: BUCKET, S3_ENDPOINT: fake.endpoint })!).destroy()).not.toThrow();
    } finally {
      await fake.close();
    }
  });
});

describe("S3 requests", () => {
  const config = (endpointUrl: string) => s3ConfigFromEnv({ S3_BUCKET: BUCKET, S3_ENDPOINT: endpointUrl, S3_ACCESS_KEY_ID: "k", S3_SECRET_ACCESS_KEY: "s" })!;

  it("to a third-party endpoint carry no CRC checksums, and ask for none back", async () => {
    const fake = await fakeS3();
    const store = new S3MediaStore(config(fake.endpoint));
    try {
      await store.put("t/anh.jpg", Buffer.from("hello"), "image/jpeg");
      const object = await store.get("t/anh.jpg");
      expect(object).toMatchObject({ size: 3, etag: '"abc"' });
      expect((await bytesOf(object!.body)).toString()).toBe("abc");
      expect(fake.requests.map((r) => r.method)).toEqual(["PUT", "GET"]);
      for (const { method, headers } of fake.requests) {
        expect(Object.keys(headers).filter((name) => name.includes("checksum")), method).toEqual([]);
      }
    } finally {
      store.destroy();
      await fake.close();
    }
  });

  it("any 404 means no such key, whatever the server calls it", async () => {
    const fake = await fakeS3((req, res) => {
      res.writeHead(404, { "Content-Type": "application/xml" });
      res.end(req.method === "HEAD" ? undefined : '<?xml version="1.0" encoding="UTF-8"?><Error><Code>ResourceNotFound</Code><Message>Không có</Message></Error>');
    });
    const store = new S3MediaStore(config(fake.endpoint));
    try {
      expect(await store.get("t/khong-co.jpg")).toBeNull();
      expect(await store.stat("t/khong-co.jpg")).toBeNull();
      expect(await store.exists("t/khong-co.jpg")).toBe(false);
    } finally {
      store.destroy();
      await fake.close();
    }
  });

  it("without both keys, the AWS default credential chain signs (here: AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY)", async () => {
    const saved = { id: process.env.AWS_ACCESS_KEY_ID, secret: process.env.AWS_SECRET_ACCESS_KEY };
    process.env.AWS_ACCESS_KEY_ID = "S3RVER";
    process.env.AWS_SECRET_ACCESS_KEY = "S3RVER";
    const none = new S3MediaStore({ bucket: BUCKET, endpoint, region: "us-east-1", forcePathStyle: true });
    const half = new S3MediaStore({ bucket: BUCKET, endpoint, region: "us-east-1", forcePathStyle: true, accessKeyId: "S3RVER" });
    try {
      await none.put("t/chuoi-mac-dinh.jpg", Buffer.from("abc"), "image/jpeg");
      expect(await none.stat("t/chuoi-mac-dinh.jpg")).toMatchObject({ size: 3, etag: md5Etag(Buffer.from("abc")) });
      expect(await half.exists("t/chuoi-mac-dinh.jpg")).toBe(true);
      await none.delete("t/chuoi-mac-dinh.jpg");
    } finally {
      none.destroy();
      half.destroy();
      for (const [name, value] of [["AWS_ACCESS_KEY_ID", saved.id], ["AWS_SECRET_ACCESS_KEY", saved.secret]] as const) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
    }
  });
});

describe("the disk store", () => {
  const dir = tmp("media-disk-own-");
  const file = (key: string) => path.join(dir, key);
  let handleProto: FileHandle;
  const T = new Date("2025-01-01T00:00:00Z");

  beforeAll(async () => {
    const handle = await fsp.open(os.devNull, "r");
    handleProto = Object.getPrototypeOf(handle) as FileHandle;
    await handle.close();
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  /** The file handles the store opens from now on (a closed one has fd -1). */
  const watchOpens = () => {
    const open = fsp.open;
    const handles: FileHandle[] = [];
    vi.spyOn(fsp, "open").mockImplementation(async (...args: Parameters<typeof fsp.open>) => {
      const handle = await open(...args);
      handles.push(handle);
      return handle;
    });
    return handles;
  };

  it("remembers the ETag of what it wrote; another instance hashes a file once", async () => {
    const bytes = randomBytes(5_000);
    const store = new DiskMediaStore(dir);
    await store.put("t/nho.jpg", bytes, "image/jpeg");
    const reads = vi.spyOn(handleProto, "read");
    expect(await store.stat("t/nho.jpg")).toMatchObject({ size: 5_000, etag: md5Etag(bytes) });
    expect(await store.stat("t/nho.jpg")).toMatchObject({ size: 5_000, etag: md5Etag(bytes) });
    expect(reads).not.toHaveBeenCalled();
    const other = new DiskMediaStore(dir);
    expect((await other.stat("t/nho.jpg"))!.etag).toBe(md5Etag(bytes));
    const hashed = reads.mock.calls.length;
    expect(hashed).toBeGreaterThan(0);
    expect((await other.stat("t/nho.jpg"))!.etag).toBe(md5Etag(bytes));
    expect(reads).toHaveBeenCalledTimes(hashed);
  });

  it.each([
    { change: "another size, the same modification time", key: "t/sua.jpg", before: "noi dung cu", after: "noi dung moi, dai hon", laterMs: 0 },
    { change: "the same size, a new modification time", key: "t/sua-2.jpg", before: "aaaa-1", after: "bbbb-2", laterMs: 60_000 },
  ])("a file rewritten with $change keeps no stale ETag", async ({ key, before, after, laterMs }) => {
    const store = new DiskMediaStore(dir);
    await store.put(key, Buffer.from(before), "image/jpeg");
    fs.utimesSync(file(key), T, T);
    expect((await store.stat(key))!.etag).toBe(md5Etag(Buffer.from(before)));
    fs.writeFileSync(file(key), after);
    const later = new Date(T.getTime() + laterMs);
    fs.utimesSync(file(key), later, later);
    expect(await store.stat(key)).toMatchObject({ size: Buffer.byteLength(after), etag: md5Etag(Buffer.from(after)) });
    const object = await store.get(key);
    expect(object!.etag).toBe(md5Etag(Buffer.from(after)));
    expect((await bytesOf(object!.body)).equals(Buffer.from(after))).toBe(true);
  });

  it("remembers at most 20,000 ETags, forgetting the oldest first", async () => {
    const store = new DiskMediaStore(dir);
    const first = randomBytes(1_000);
    await store.put("t/dau-tien.jpg", first, "image/jpeg");
    // The other files are written nowhere: only what the store remembers matters here.
    const fakeWrites = () => {
      vi.spyOn(fsp, "mkdir").mockResolvedValue(undefined);
      vi.spyOn(fsp, "writeFile").mockResolvedValue(undefined);
      vi.spyOn(fsp, "rename").mockResolvedValue(undefined);
      vi.spyOn(fsp, "stat").mockResolvedValue({ size: 1, mtimeMs: 1 } as fs.Stats);
    };
    fakeWrites();
    for (let i = 1; i < 20_000; i++) await store.put(`t/lru/anh-${i}.jpg`, Buffer.from("x"), "image/jpeg");
    vi.restoreAllMocks();
    const reads = vi.spyOn(handleProto, "read");
    expect((await store.stat("t/dau-tien.jpg"))!.etag).toBe(md5Etag(first)); // 20,000 remembered: still known
    expect(reads).not.toHaveBeenCalled();
    fakeWrites();
    await store.put("t/lru/anh-20000.jpg", Buffer.from("x"), "image/jpeg");
    vi.restoreAllMocks();
    const rereads = vi.spyOn(handleProto, "read");
    expect((await store.stat("t/dau-tien.jpg"))!.etag).toBe(md5Etag(first)); // 20,001: the oldest was forgotten
    expect(rereads).toHaveBeenCalled();
  });

  it("a directory in a file's place is no file; every opened file is closed again", async () => {
    const store = new DiskMediaStore(dir);
    fs.mkdirSync(file("t/thu-muc.jpg"), { recursive: true });
    await store.put("t/dong.jpg", Buffer.from("abc"), "image/jpeg");
    const handles = watchOpens();
    expect(await store.stat("t/thu-muc.jpg")).toBeNull();
    expect(await store.get("t/thu-muc.jpg")).toBeNull();
    expect(await store.exists("t/thu-muc.jpg")).toBe(false);
    expect(await store.stat("t/dong.jpg")).toMatchObject({ size: 3 });
    expect(handles.map((handle) => handle.fd)).toEqual([-1, -1, -1]); // three opened, three closed
  });

  it("a failure reading a file's info is thrown, and the file is closed", async () => {
    const store = new DiskMediaStore(dir);
    await store.put("t/loi-doc.jpg", Buffer.from("abc"), "image/jpeg");
    const handles = watchOpens();
    vi.spyOn(handleProto, "stat").mockRejectedValueOnce(Object.assign(new Error("EIO: i/o error"), { code: "EIO" }));
    await expect(store.get("t/loi-doc.jpg")).rejects.toMatchObject({ code: "EIO" });
    vi.spyOn(handleProto, "stat").mockRejectedValueOnce(Object.assign(new Error("EIO: i/o error"), { code: "EIO" }));
    await expect(store.stat("t/loi-doc.jpg")).rejects.toMatchObject({ code: "EIO" });
    expect(handles.map((handle) => handle.fd)).toEqual([-1, -1]); // both closed
  });

  it("writes through a temporary file: a failed write throws its own error and leaves nothing", async () => {
    const store = new DiskMediaStore(dir);
    vi.spyOn(fsp, "rename").mockRejectedValueOnce(Object.assign(new Error("EXDEV: cross-device link not permitted"), { code: "EXDEV" }));
    await expect(store.put("t/tam/a.jpg", Buffer.from("abc"), "image/jpeg")).rejects.toMatchObject({ code: "EXDEV" });
    expect(fs.readdirSync(file("t/tam"))).toEqual([]); // the temporary file is gone
    // a write that fails before the temporary file exists
    vi.spyOn(fsp, "writeFile").mockRejectedValueOnce(Object.assign(new Error("ENOSPC: no space left on device"), { code: "ENOSPC" }));
    await expect(store.put("t/tam/b.jpg", Buffer.from("abc"), "image/jpeg")).rejects.toMatchObject({ code: "ENOSPC" });
    expect(fs.readdirSync(file("t/tam"))).toEqual([]);
    expect(await store.exists("t/tam/a.jpg")).toBe(false);
  });

  it("storeImage: the original is a progressive (mozjpeg) JPEG; each variant is made from the full pixels, never enlarged", async () => {
    useEnv({ MEDIA_DIR: dir });
    // 3 px checks: fine detail that a variant made from a smaller one would lose
    const W = 800;
    const H = 400;
    const pixels = Buffer.alloc(W * H * 3);
    for (let y = 0; y < H; y++) for (let x = 0; x < W; x++) pixels.fill((Math.floor(x / 3) + Math.floor(y / 3)) % 2 ? 230 : 25, (y * W + x) * 3, (y * W + x) * 3 + 3);
    const png = await sharp(pixels, { raw: { width: W, height: H, channels: 3 } }).png().toBuffer();
    const stored = await storeImage(png, "t/o-co.jpg");
    expect(stored).toMatchObject({ width: 800, height: 400, variants: [320, 480, 768, 800] });
    const original = fs.readFileSync(file("t/o-co.jpg"));
    expect(await sharp(original).metadata()).toMatchObject({ format: "jpeg", isProgressive: true });
    const grey = (input: Buffer) => sharp(input).greyscale().raw().toBuffer();
    const [a, b] = await Promise.all([grey(original), grey(fs.readFileSync(file("t/o-co-800.webp")))]);
    expect(b.length).toBe(a.length);
    let difference = 0;
    for (let i = 0; i < a.length; i++) difference += Math.abs(a[i] - b[i]);
    expect(difference / a.length).toBeLessThan(25); // about 10; about 84 when enlarged from the 320 px one
  });

  it("storeImage: variants go as image/webp, the original last as image/jpeg; if the original fails, the variants are removed", async () => {
    useEnv({ MEDIA_DIR: dir });
    const store = mediaStore();
    const put = store.put.bind(store);
    const puts = vi.spyOn(store, "put").mockImplementation((key, bytes, type) => (key.endsWith(".jpg") ? Promise.reject(new Error("đĩa đầy")) : put(key, bytes, type)));
    const jpeg = await sharp({ create: { width: 500, height: 300, channels: 3, background: "#2a6" } }).jpeg().toBuffer();
    const error = await storeImage(jpeg, "t/nua-chung.jpg").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MediaWriteError);
    expect(error).toMatchObject({ message: "Could not store media t/nua-chung.jpg: đĩa đầy", cause: new Error("đĩa đầy") });
    expect(puts.mock.calls.map(([key, , type]) => [key, type])).toEqual([
      ["t/nua-chung-320.webp", "image/webp"],
      ["t/nua-chung-480.webp", "image/webp"],
      ["t/nua-chung-500.webp", "image/webp"],
      ["t/nua-chung.jpg", "image/jpeg"],
    ]);
    expect(filesUnder(dir).filter((key) => key.startsWith("t/nua-chung"))).toEqual([]); // no half set
  });
});

const backends = [
  {
    name: "disk" as const,
    env: () => ({ MEDIA_DIR: diskDir }),
    fresh: (): MediaStore => new DiskMediaStore(diskDir),
    keys: async () => filesUnder(diskDir),
  },
  {
    name: "s3" as const,
    env: () => ({ MEDIA_DIR: unusedLocalDir, ...s3Env() }),
    fresh: (): MediaStore => new S3MediaStore(s3ConfigFromEnv(s3Env())!),
    keys: bucketKeys,
  },
];

describe.each(backends)("media store on $name", ({ name, env, fresh, keys }) => {
  let store: MediaStore;
  const big = randomBytes(700_000); // several stream chunks
  const small = randomBytes(3_000);

  beforeAll(() => {
    useEnv(env());
    store = mediaStore();
  });

  it(`is the ${name} store`, () => {
    expect(store.kind).toBe(name);
  });

  it("gives back exactly the bytes put, streamed, with their size", async () => {
    await store.put("t/anh-lon.jpg", big, "image/jpeg");
    await store.put("t/anh-nho.png", small, "image/png");
    const object = await store.get("t/anh-lon.jpg");
    expect(object).not.toBeNull();
    expect(object!.size).toBe(big.length);
    expect(object!.body).toBeInstanceOf(ReadableStream);
    expect((await bytesOf(object!.body)).equals(big)).toBe(true);
    expect((await bytesOf((await store.get("t/anh-nho.png"))!.body)).equals(small)).toBe(true);
    expect(await store.stat("t/anh-lon.jpg")).toMatchObject({ size: big.length, lastModified: expect.any(Date) });
    expect(await store.exists("t/anh-lon.jpg")).toBe(true);
    expect(await keys()).toEqual(expect.arrayContaining(["t/anh-lon.jpg", "t/anh-nho.png"]));
  });

  it("has a strong ETag derived from the content only: the same from every read, instance and key", async () => {
    const etag = (await store.stat("t/anh-lon.jpg"))!.etag;
    expect(etag).toBe(md5Etag(big)); // quoted, not weak
    const object = await store.get("t/anh-lon.jpg");
    expect(object!.etag).toBe(etag);
    await object!.body.cancel();
    // Another instance (another server of the cluster, or this one after a restart).
    const other = fresh();
    expect((await other.stat("t/anh-lon.jpg"))!.etag).toBe(etag);
    const again = await other.get("t/anh-lon.jpg");
    expect(again!.etag).toBe(etag);
    await again!.body.cancel();
    // Same bytes elsewhere → same ETag; other bytes → another one.
    await store.put("t/ban-sao.jpg", big, "image/jpeg");
    expect((await store.stat("t/ban-sao.jpg"))!.etag).toBe(etag);
    expect((await store.stat("t/anh-nho.png"))!.etag).toBe(md5Etag(small));
  });

  it("answers null for an unknown key, and deletes", async () => {
    expect(await store.get("t/khong-co.jpg")).toBeNull();
    expect(await store.stat("t/khong-co.jpg")).toBeNull();
    expect(await store.exists("t/khong-co.jpg")).toBe(false);
    expect(await store.exists("t.jpg")).toBe(false);
    await expect(store.delete("t/khong-co.jpg")).resolves.toBeUndefined();
    await store.delete("t/ban-sao.jpg");
    expect(await store.exists("t/ban-sao.jpg")).toBe(false);
    expect(await keys()).not.toContain("t/ban-sao.jpg");
  });

  it("refuses unsafe keys in every method, writing nothing", async () => {
    const before = await keys();
    for (const key of ["../thoat.jpg", "/etc/passwd.jpg", "t/../../thoat.jpg", "T/Hoa.JPG", "t/anh.jpg.tmp", "t//anh.jpg", "t/anh", ""]) {
      await expect(store.put(key, small, "image/jpeg"), key).rejects.toBeInstanceOf(UnsafeMediaKeyError);
      await expect(store.get(key), key).rejects.toBeInstanceOf(UnsafeMediaKeyError);
      await expect(store.stat(key), key).rejects.toBeInstanceOf(UnsafeMediaKeyError);
      await expect(store.exists(key), key).rejects.toBeInstanceOf(UnsafeMediaKeyError);
      await expect(store.delete(key), key).rejects.toBeInstanceOf(UnsafeMediaKeyError);
    }
    expect(await keys()).toEqual(before);
    expect(fs.existsSync(path.join(diskDir, "..", "thoat.jpg"))).toBe(false);
  });

  it("storeImage writes the original and its WebP variants through the store", async () => {
    const jpeg = await sharp({ create: { width: 1000, height: 500, channels: 3, background: "#2a6" } }).jpeg().withMetadata({ orientation: 6 }).toBuffer();
    const stored = await storeImage(jpeg, "t/2026/anh-that.jpg");
    expect(stored).toEqual({ key: "t/2026/anh-that.jpg", mime: "image/jpeg", width: 500, height: 1000, sizeBytes: expect.any(Number), variants: [320, 480, 500] });
    const original = await store.get("t/2026/anh-that.jpg");
    const originalBytes = await bytesOf(original!.body);
    expect(original!.size).toBe(stored.sizeBytes);
    const metadata = await sharp(originalBytes).metadata();
    expect(metadata).toMatchObject({ format: "jpeg", width: 500, height: 1000 }); // rotated by EXIF
    expect(metadata.orientation).toBeUndefined(); // and the EXIF stripped
    for (const width of [320, 480, 500]) {
      const variant = await store.get(`t/2026/anh-that-${width}.webp`);
      expect(await sharp(await bytesOf(variant!.body)).metadata()).toMatchObject({ format: "webp", width });
    }
    expect(await keys()).toEqual(expect.arrayContaining(["t/2026/anh-that.jpg", "t/2026/anh-that-320.webp", "t/2026/anh-that-480.webp", "t/2026/anh-that-500.webp"]));
  });

  describe("GET /media/...", () => {
    it("answers 200 with the bytes, type, length, a strong ETag and year-long immutable caching", async () => {
      const response = await GET(request("t/anh-lon.jpg"), context("t/anh-lon.jpg"));
      expect(response.status).toBe(200);
      expect(Object.fromEntries(response.headers)).toMatchObject({
        "content-type": "image/jpeg",
        "content-length": String(big.length),
        "cache-control": "public, max-age=31536000, immutable",
        "x-content-type-options": "nosniff",
        etag: md5Etag(big),
      });
      expect(response.headers.get("last-modified")).toMatch(/GMT$/);
      expect((await bytesOf(response.body)).equals(big)).toBe(true);
      const png = await GET(request("t/anh-nho.png"), context("t/anh-nho.png"));
      expect(png.headers.get("content-type")).toBe("image/png");
      expect((await bytesOf(png.body)).equals(small)).toBe(true);
    });

    it("answers 304 without a body when If-None-Match has the ETag (weak comparison, lists, *)", async () => {
      const etag = md5Etag(big);
      for (const ifNoneMatch of [etag, `W/${etag}`, `"khac", ${etag}`, "*"]) {
        const response = await GET(request("t/anh-lon.jpg", { "If-None-Match": ifNoneMatch }), context("t/anh-lon.jpg"));
        expect(response.status, ifNoneMatch).toBe(304);
        expect(response.headers.get("etag")).toBe(etag);
        expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
        expect(await response.text()).toBe("");
      }
      const changed = await GET(request("t/anh-lon.jpg", { "If-None-Match": '"khac"' }), context("t/anh-lon.jpg"));
      expect(changed.status).toBe(200);
      expect((await bytesOf(changed.body)).equals(big)).toBe(true);
      // If-Modified-Since only counts without If-None-Match.
      const future = new Date(Date.now() + 86_400_000).toUTCString();
      expect((await GET(request("t/anh-lon.jpg", { "If-Modified-Since": future }), context("t/anh-lon.jpg"))).status).toBe(304);
      const both = await GET(request("t/anh-lon.jpg", { "If-Modified-Since": future, "If-None-Match": '"khac"' }), context("t/anh-lon.jpg"));
      expect(both.status).toBe(200);
      await both.body?.cancel();
    });

    it("answers HEAD with the headers and no body", async () => {
      const response = await HEAD(request("t/anh-lon.jpg", {}, "HEAD"), context("t/anh-lon.jpg"));
      expect(response.status).toBe(200);
      expect(response.headers.get("content-length")).toBe(String(big.length));
      expect(response.headers.get("etag")).toBe(md5Etag(big));
      expect(response.body).toBeNull();
      expect((await HEAD(request("t/khong-co.jpg", {}, "HEAD"), context("t/khong-co.jpg"))).status).toBe(404);
    });

    it("answers 404 in Vietnamese for unknown keys, unsafe keys and unknown types", async () => {
      for (const key of ["t/khong-co.jpg", "../etc/passwd.jpg", "t/%2e%2e/anh-lon.jpg", "T/Anh-Lon.jpg", "t/anh-lon.txt", "t/anh-lon"]) {
        const response = await GET(request("x.jpg"), context(key));
        expect(response.status, key).toBe(404);
        expect(await response.text()).toBe("Không tìm thấy tệp.");
        expect(response.headers.get("cache-control")).toBeNull();
      }
      const withIfNoneMatch = await GET(request("t/khong-co.jpg", { "If-None-Match": "*" }), context("t/khong-co.jpg"));
      expect(withIfNoneMatch.status).toBe(404);
    });
  });

  if (name === "s3") {
    it("stores each file with its type: the original as image/jpeg, the variants as image/webp", async () => {
      const type = async (key: string) => (await raw.send(new HeadObjectCommand({ Bucket: BUCKET, Key: key }))).ContentType;
      expect(await type("t/2026/anh-that.jpg")).toBe("image/jpeg");
      expect(await type("t/2026/anh-that-320.webp")).toBe("image/webp");
      expect(await type("t/2026/anh-that-500.webp")).toBe("image/webp");
    });

    it("keeps everything in the bucket: the local MEDIA_DIR stays empty", async () => {
      expect(filesUnder(unusedLocalDir)).toEqual([]);
      expect(fs.readdirSync(unusedLocalDir)).toEqual([]);
      expect(await bucketKeys()).toEqual(["t/2026/anh-that-320.webp", "t/2026/anh-that-480.webp", "t/2026/anh-that-500.webp", "t/2026/anh-that.jpg", "t/anh-lon.jpg", "t/anh-nho.png"]);
      expect(filesUnder(diskDir).some((file) => file.startsWith("t/2026/anh-that"))).toBe(true); // written by the disk suite only
    });

    it("a storage server that does not answer: uploads get a 503 in Vietnamese, files a 503", async () => {
      const closed = net.createServer();
      await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
      const port = (closed.address() as net.AddressInfo).port;
      await new Promise((resolve) => closed.close(resolve));
      useEnv({ MEDIA_DIR: unusedLocalDir, ...s3Env(), S3_ENDPOINT: `http://127.0.0.1:${port}` });
      const logged = vi.spyOn(console, "error").mockImplementation(() => {});
      try {
        const jpeg = await sharp({ create: { width: 400, height: 300, channels: 3, background: "#36c" } }).jpeg().toBuffer();
        await expect(storeImage(jpeg, "t/mat-ket-noi.jpg")).rejects.toBeInstanceOf(MediaWriteError);
        await expect(uploadImage({ bytes: jpeg, name: "a.jpg" }, { alt: "x", uploadedById: 1 })).rejects.toMatchObject({
          status: 503,
          message: "Chưa lưu được ảnh vào kho lưu trữ. Vui lòng thử lại sau ít phút.",
        });
        const response = await GET(request("t/anh-lon.jpg"), context("t/anh-lon.jpg"));
        expect(response.status).toBe(503);
        expect(response.headers.get("cache-control")).toBe("no-store");
        expect(fs.readdirSync(unusedLocalDir)).toEqual([]);
        expect(logged).toHaveBeenCalledTimes(2); // the upload and the file, for the operators
      } finally {
        logged.mockRestore();
        useEnv(env());
      }
    });
  }
});
