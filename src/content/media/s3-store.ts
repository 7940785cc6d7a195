import type { S3Client } from "@aws-sdk/client-s3";
import { assertSafeKey, IMMUTABLE_CACHE_CONTROL, normaliseEtag, type MediaInfo, type MediaObject, type MediaStore, type S3Config } from "./store";

type Sdk = typeof import("@aws-sdk/client-s3");

/** "No such key" as S3 and compatible servers say it: NoSuchKey on GET, a bare 404 (NotFound) on HEAD. */
function isNotFound(error: unknown): boolean {
  const e = error as { name?: string; $metadata?: { httpStatusCode?: number } } | null;
  return e?.name === "NoSuchKey" || e?.name === "NotFound" || e?.$metadata?.httpStatusCode === 404;
}

/**
 * Media in an S3 bucket (AWS or any S3-compatible server). Objects are written whole with one
 * PUT, so their ETag is the MD5 of the bytes on every server that follows S3 — the same value
 * whichever instance serves the file. The SDK is loaded on first use only, so disk-only
 * deployments never load it.
 */
export class S3MediaStore implements MediaStore {
  readonly kind = "s3" as const;
  #client: Promise<{ sdk: Sdk; client: S3Client }> | null = null;

  constructor(readonly config: S3Config) {}

  #s3(): Promise<{ sdk: Sdk; client: S3Client }> {
    this.#client ??= import("@aws-sdk/client-s3").then((sdk) => {
      const { bucket: _bucket, accessKeyId, secretAccessKey, ...options } = this.config;
      const client = new sdk.S3Client({
        ...options,
        credentials: accessKeyId && secretAccessKey ? { accessKeyId, secretAccessKey } : undefined,
        // Third-party servers do not all know the CRC checksums the SDK adds by default since
        // 3.729: send and check them only where the API requires it.
        ...(options.endpoint ? { requestChecksumCalculation: "WHEN_REQUIRED", responseChecksumValidation: "WHEN_REQUIRED" } : {}),
        // A stuck storage server must not hold a reader's request (or an upload) forever: up to
        // the response's headers only (no idle timeout on the body, which a slow reader paces).
        requestHandler: { connectionTimeout: 5_000, requestTimeout: 30_000, throwOnRequestTimeout: true },
      });
      return { sdk, client };
    });
    return this.#client;
  }

  async put(key: string, bytes: Uint8Array, contentType: string): Promise<void> {
    assertSafeKey(key);
    const { sdk, client } = await this.#s3();
    await client.send(
      new sdk.PutObjectCommand({
        Bucket: this.config.bucket,
        Key: key,
        Body: bytes,
        ContentLength: bytes.length,
        ContentType: contentType,
        // For a CDN or a public bucket serving the files directly: they never change either.
        CacheControl: IMMUTABLE_CACHE_CONTROL,
      }),
    );
  }

  async stat(key: string): Promise<MediaInfo | null> {
    assertSafeKey(key);
    const { sdk, client } = await this.#s3();
    try {
      const head = await client.send(new sdk.HeadObjectCommand({ Bucket: this.config.bucket, Key: key }));
      return { size: head.ContentLength ?? 0, etag: normaliseEtag(head.ETag), lastModified: head.LastModified ?? null };
    } catch (error) {
      if (isNotFound(error)) return null;
      throw error;
    }
  }

  async get(key: string): Promise<MediaObject | null> {
    assertSafeKey(key);
    const { sdk, client } = await this.#s3();
    try {
      const object = await client.send(new sdk.GetObjectCommand({ Bucket: this.config.bucket, Key: key }));
      if (!object.Body) throw new Error(`S3 answered GET ${key} without a body`);
      return {
        size: object.ContentLength ?? 0,
        etag: normaliseEtag(object.ETag),
        lastModified: object.LastModified ?? null,
        // Streamed through, never buffered: cancelling it (client gone) closes the S3 connection.
        body: object.Body.transformToWebStream() as ReadableStream<Uint8Array>,
      };
    } catch (error) {
      if (isNotFound(error)) return null;
      throw error;
    }
  }

  async exists(key: string): Promise<boolean> {
    return (await this.stat(key)) !== null;
  }

  async delete(key: string): Promise<void> {
    assertSafeKey(key);
    const { sdk, client } = await this.#s3();
    await client.send(new sdk.DeleteObjectCommand({ Bucket: this.config.bucket, Key: key }));
  }

  /** Closes the client's sockets (tests; a store replaced after a configuration change). */
  destroy(): void {
    void this.#client?.then(({ client }) => client.destroy()).catch(() => {});
    this.#client = null;
  }
}
