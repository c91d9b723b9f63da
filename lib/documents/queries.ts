// Reading documents: the owner's data store, and a file for download by someone allowed
// to see it (its owner). Everyone else gets *not found*.
import "server-only";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { isSignedIn, type Actor } from "@/lib/identity/actor";
import { documentStorage } from "./mutations";
import { isUuid } from "@/lib/db/ids";

/** The names of the person's own files among `ids` (answers of their draft), by id; others are left out. */
export async function ownFileNames(actor: Actor, ids: string[]): Promise<Record<string, string>> {
  const wanted = ids.filter(isUuid);
  if (!isSignedIn(actor) || wanted.length === 0) return {};
  const documents = await db().storedDocument.findMany({
    where: { id: { in: wanted.slice(0, 100) }, ownerUserId: actor.userId },
    select: { id: true, originalName: true },
  });
  return Object.fromEntries(documents.map((d) => [d.id, d.originalName]));
}

/** The person's data store, newest first, with the dossiers that used each document. */
export async function listDataStoreForOwner(actor: Actor, take = 50) {
  if (!isSignedIn(actor)) throw new NotFoundError("data store");
  const documents = await db().storedDocument.findMany({
    where: { ownerUserId: actor.userId },
    orderBy: { createdAt: "desc" },
    take,
    select: {
      id: true,
      originalName: true,
      mimeType: true,
      sizeBytes: true,
      createdAt: true,
      uses: { select: { dossierId: true } },
    },
  });
  const dossierIds = [...new Set(documents.flatMap((d) => d.uses.map((u) => u.dossierId)))];
  const dossiers = await db().dossier.findMany({
    where: { id: { in: dossierIds }, applicantUserId: actor.userId },
    select: { id: true, code: true },
  });
  const codeOf = new Map(dossiers.map((d) => [d.id, d.code]));
  return documents.map((d) => ({
    ...d,
    usedBy: d.uses.map((u) => codeOf.get(u.dossierId)).filter((c): c is string => Boolean(c)),
  }));
}

/** A document's bytes and metadata, for its owner only. */
export async function getDocumentForDownload(actor: Actor, id: string) {
  if (!isSignedIn(actor) || !isUuid(id)) throw new NotFoundError("document");
  const document = await db().storedDocument.findFirst({ where: { id, ownerUserId: actor.userId } });
  if (!document) throw new NotFoundError("document");
  return {
    name: document.originalName,
    mimeType: document.mimeType,
    bytes: await documentStorage().get(document.storageKey),
  };
}
