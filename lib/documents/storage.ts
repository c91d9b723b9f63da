// Where document bytes live. The local-disk store is the default; an S3-compatible
// store would implement the same interface, chosen by configuration.
import { createHash } from "node:crypto";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";

export interface DocumentStorage {
  /** Stores bytes under a new key and returns it. */
  put(bytes: Uint8Array): Promise<string>;
  get(key: string): Promise<Buffer>;
  delete(key: string): Promise<void>;
}

/** Files under a folder, named by content hash plus a random suffix; written atomically. */
export class LocalDiskStorage implements DocumentStorage {
  constructor(private readonly root: string) {}

  private pathOf(key: string): string {
    if (!/^[0-9a-f]{2}\/[0-9a-f]{64}-[0-9a-f]{8}$/.test(key)) throw new Error("invalid storage key");
    return path.join(this.root, key);
  }

  async put(bytes: Uint8Array): Promise<string> {
    const hash = createHash("sha256").update(bytes).digest("hex");
    const key = `${hash.slice(0, 2)}/${hash}-${crypto.randomUUID().slice(0, 8)}`;
    const target = this.pathOf(key);
    await mkdir(path.dirname(target), { recursive: true });
    const temporary = `${target}.part`;
    await writeFile(temporary, bytes, { mode: 0o600 });
    await rename(temporary, target);
    return key;
  }

  async get(key: string): Promise<Buffer> {
    return readFile(this.pathOf(key));
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }
}
