// Documents are encrypted at rest: every file the portal stores (uploads, sealed results,
// slips) is AES-256-GCM under the current key of a key ring from configuration
// (DOCUMENT_KEYS, "id:key,id:key", newest first; generated into DATA_DIR when unset).
// Each stored file names the key that sealed it, so adding a key rotates: new files use
// it, older ones stay readable as long as their key is in the ring. Files stored before
// encryption (no header) are read as they are. GCM's tag makes a changed file fail to
// open rather than be served.
import { seal, unseal, type KeyRing } from "@/lib/security/key-ring";
import type { DocumentStorage } from "./storage";

/** Any store, with what goes in sealed and what comes out opened. Keys are hashes of the sealed bytes, so they reveal
 * nothing of the content. */
export class SealedStorage implements DocumentStorage {
  constructor(
    private readonly inner: DocumentStorage,
    private readonly ring: KeyRing,
  ) {}

  put(bytes: Uint8Array): Promise<string> {
    return this.inner.put(seal(this.ring, bytes));
  }

  async get(key: string): Promise<Buffer> {
    return unseal(this.ring, await this.inner.get(key));
  }

  delete(key: string): Promise<void> {
    return this.inner.delete(key);
  }
}
