// Uploading to the citizen data store: type checked by content, size limited, hashed,
// stored, then recorded. A failure after the file is written removes the file, so no
// row points to a missing file and no file is left without a row.
import "server-only";
import { createHash } from "node:crypto";
import path from "node:path";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { NotFoundError, RateLimitedError, StorageUnavailableError, ValidationError } from "@/lib/errors";
import { isSignedIn, type Actor } from "@/lib/identity/actor";
import { uploadsPerPerson } from "@/lib/security/limits";
import { hitLimit } from "@/lib/security/rate-limit";
import { safeFileName, sniffContentType } from "./content-type";
import { parseKeyRing } from "@/lib/security/key-ring";
import { SealedStorage } from "./sealing";
import { LocalDiskStorage, S3Storage, type DocumentStorage } from "./storage";

export const MAX_FILE_BYTES = Number(process.env.MAX_UPLOAD_MB ?? 10) * 1024 * 1024;

let storage: DocumentStorage | undefined;
/** The store chosen by STORAGE_DRIVER (local disk by default, or S3-compatible), encrypting with DOCUMENT_KEYS. */
export function documentStorage(): DocumentStorage {
  if (storage) return storage;
  const config = env();
  const place =
    config.STORAGE_DRIVER === "s3"
      ? new S3Storage({
          bucket: config.S3_BUCKET!,
          region: config.S3_REGION,
          endpoint: config.S3_ENDPOINT,
          accessKeyId: config.S3_ACCESS_KEY_ID,
          secretAccessKey: config.S3_SECRET_ACCESS_KEY,
          forcePathStyle: config.S3_FORCE_PATH_STYLE,
          prefix: config.S3_PREFIX,
        })
      : new LocalDiskStorage(path.resolve(config.DATA_DIR, "files"));
  // The portal's start command always passes keys; only a tool run by hand may lack them,
  // and outside production it then stores files as they are.
  if (!config.DOCUMENT_KEYS && config.NODE_ENV === "production")
    throw new Error("DOCUMENT_KEYS must be set to store documents");
  storage = config.DOCUMENT_KEYS ? new SealedStorage(place, parseKeyRing(config.DOCUMENT_KEYS)) : place;
  return storage;
}

const ERRORS = {
  empty: { vi: "Tệp trống.", en: "The file is empty." },
  size: {
    vi: `Tệp vượt quá ${MAX_FILE_BYTES / 1024 / 1024} MB.`,
    en: `The file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB.`,
  },
  type: {
    vi: "Chỉ nhận tệp PDF, JPEG hoặc PNG (nội dung tệp không khớp).",
    en: "Only PDF, JPEG or PNG files are accepted (the content does not match).",
  },
};

/** Stores a file the signed-in person uploads; returns its document id. */
export async function uploadDocument(
  actor: Actor,
  file: { name: string; bytes: Uint8Array },
  field = "file",
): Promise<string> {
  if (!isSignedIn(actor)) throw new NotFoundError("document");
  const limit = await hitLimit(uploadsPerPerson(), actor.userId);
  if (!limit.allowed)
    throw new RateLimitedError(field, limit.retryAfterSeconds, { vi: "tải lên tệp", en: "uploaded files" });
  if (file.bytes.length === 0) throw new ValidationError({ [field]: ERRORS.empty });
  if (file.bytes.length > MAX_FILE_BYTES) throw new ValidationError({ [field]: ERRORS.size });
  const type = sniffContentType(file.bytes);
  if (!type) throw new ValidationError({ [field]: ERRORS.type });
  let key: string;
  try {
    key = await documentStorage().put(file.bytes);
  } catch {
    // Nothing was recorded; the store's own message (paths, bucket names) stays out of the answer.
    throw new StorageUnavailableError(field);
  }
  try {
    const row = await db().storedDocument.create({
      data: {
        ownerUserId: actor.userId,
        originalName: safeFileName(file.name, type),
        mimeType: type,
        sizeBytes: file.bytes.length,
        sha256: createHash("sha256").update(file.bytes).digest("hex"),
        storageKey: key,
      },
      select: { id: true },
    });
    return row.id;
  } catch (error) {
    await documentStorage().delete(key);
    throw error;
  }
}
