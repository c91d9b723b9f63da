// Where document bytes live: on local disk by default, or in an S3-compatible object
// store (AWS S3, MinIO, Ceph, the cloud providers' equivalents), chosen by configuration.
// Keys are the same in both: content hash plus a random suffix, never a user's file name.
import { createHash } from "node:crypto";
import { DeleteObjectCommand, GetObjectCommand, NoSuchKey, PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";

export interface DocumentStorage {
  /** Stores bytes under a new key and returns it. */
  put(bytes: Uint8Array): Promise<string>;
  get(key: string): Promise<Buffer>;
  delete(key: string): Promise<void>;
}

const KEY = /^[0-9a-f]{2}\/[0-9a-f]{64}-[0-9a-f]{8}$/;

function newKey(bytes: Uint8Array): { key: string; sha256: string } {
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  return { key: `${sha256.slice(0, 2)}/${sha256}-${crypto.randomUUID().slice(0, 8)}`, sha256 };
}

function checkedKey(key: string): string {
  if (!KEY.test(key)) throw new Error("invalid storage key");
  return key;
}

/** Files under a folder, named by content hash plus a random suffix; written atomically. */
export class LocalDiskStorage implements DocumentStorage {
  constructor(private readonly root: string) {}

  private pathOf(key: string): string {
    return path.join(this.root, checkedKey(key));
  }

  async put(bytes: Uint8Array): Promise<string> {
    const { key } = newKey(bytes);
    const target = this.pathOf(key);
    await mkdir(path.dirname(target), { recursive: true });
    const temporary = `${target}.part`;
    try {
      await writeFile(temporary, bytes, { mode: 0o600 });
      await rename(temporary, target);
    } catch (error) {
      // A disk that filled up mid-write leaves no partial file behind.
      await rm(temporary, { force: true });
      throw error;
    }
    return key;
  }

  async get(key: string): Promise<Buffer> {
    return readFile(this.pathOf(key));
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }
}

export type S3Options = {
  bucket: string;
  region: string;
  endpoint?: string;
  accessKeyId?: string;
  secretAccessKey?: string;
  forcePathStyle: boolean;
  prefix: string;
};

/**
 * Objects in one bucket under a prefix. Integrity travels with the request (Content-MD5
 * is not needed: the SHA-256 is checked by the store and kept in the database).
 */
export class S3Storage implements DocumentStorage {
  private readonly client: S3Client;

  constructor(private readonly options: S3Options) {
    this.client = new S3Client({
      region: options.region,
      endpoint: options.endpoint,
      forcePathStyle: options.forcePathStyle,
      credentials:
        options.accessKeyId && options.secretAccessKey
          ? { accessKeyId: options.accessKeyId, secretAccessKey: options.secretAccessKey }
          : undefined,
      // Checksums only where the API requires them: S3-compatible stores differ in what they accept.
      requestChecksumCalculation: "WHEN_REQUIRED",
      responseChecksumValidation: "WHEN_REQUIRED",
    });
  }

  private objectKey(key: string): string {
    return `${this.options.prefix}${checkedKey(key)}`;
  }

  async put(bytes: Uint8Array): Promise<string> {
    const { key, sha256 } = newKey(bytes);
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.options.bucket,
        Key: this.objectKey(key),
        Body: bytes,
        ContentType: "application/octet-stream",
        ChecksumSHA256: Buffer.from(sha256, "hex").toString("base64"),
      }),
    );
    return key;
  }

  async get(key: string): Promise<Buffer> {
    try {
      const object = await this.client.send(
        new GetObjectCommand({ Bucket: this.options.bucket, Key: this.objectKey(key) }),
      );
      return Buffer.from(await object.Body!.transformToByteArray());
    } catch (error) {
      if (error instanceof NoSuchKey) throw Object.assign(new Error("no such document"), { code: "ENOENT" });
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.options.bucket, Key: this.objectKey(key) }));
  }
}
