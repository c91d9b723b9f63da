// Signatures inside the PDFs the portal issues, as any reader verifies them (PAdES baseline:
// a detached CMS signature, sub-filter ETSI.CAdES.detached, over the whole file but the
// signature itself). A result carries two, as Decree 30/2020/NĐ-CP has it: the deciding
// leader's own, then the issuing agency's seal; the second is added as an incremental update
// so that the first stays valid. The portal builds the CMS container: its signed attributes
// hold the SHA-256 of the signed bytes and the signer's certificate hash, and the signing
// service signs those attributes with the signer's key (the document never leaves the
// portal). Signing is split in two where a person confirms with a one-time code: `prepare`
// gives the attributes to sign, `complete` puts the container in once the signature came.
import "server-only";
import { createHash, webcrypto, X509Certificate } from "node:crypto";
import * as asn1js from "asn1js";
import * as pkijs from "pkijs";
import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFRef,
  PDFString,
  type PDFObject,
} from "pdf-lib";
import { pdflibAddPlaceholder } from "@signpdf/placeholder-pdf-lib";
import { findByteRange, SUBFILTER_ETSI_CADES_DETACHED } from "@signpdf/utils";
import { currentTime } from "@/lib/time";

pkijs.setEngine("node", new pkijs.CryptoEngine({ name: "node", crypto: webcrypto as unknown as Crypto }));

const OID = {
  data: "1.2.840.113549.1.7.1",
  signedData: "1.2.840.113549.1.7.2",
  contentType: "1.2.840.113549.1.9.3",
  messageDigest: "1.2.840.113549.1.9.4",
  signingCertificateV2: "1.2.840.113549.1.9.16.2.47",
  sha256: "2.16.840.1.101.3.4.2.1",
  ecdsaWithSha256: "1.2.840.10045.4.3.2",
};

/** Room kept in the file for each CMS container, in hex digits: 4 KB (it takes about 1.5 KB with two certificates). */
const SIGNATURE_ROOM = 8192;
const BYTE_RANGE_PLACEHOLDER = "/ByteRange [0 /********** /********** /**********]";

/** How a signature presents itself in a reader's signature panel. */
export type SignatureLabel = { name: string; reason: string };

const der = (pem: string) => Buffer.from(new X509Certificate(pem).raw);

/** The PDF with a first signature field, its value a placeholder (the file is rewritten: nothing is signed yet). */
async function withFirstPlaceholder(pdf: Uint8Array, label: SignatureLabel): Promise<Buffer> {
  const document = await PDFDocument.load(pdf);
  pdflibAddPlaceholder({
    pdfDoc: document,
    reason: "signature",
    contactInfo: "",
    name: "signature",
    location: "Ho Chi Minh City",
    subFilter: SUBFILTER_ETSI_CADES_DETACHED,
    signatureLength: SIGNATURE_ROOM,
    signingTime: currentTime(),
  });
  // The placeholder writes its texts as PDF strings, which hold Latin-1 only: the Vietnamese
  // name and reason are written as text strings (UTF-16) instead.
  for (const [, object] of document.context.enumerateIndirectObjects())
    if (object instanceof PDFDict && object.get(PDFName.of("Type")) === PDFName.of("Sig")) {
      object.set(PDFName.of("Name"), PDFHexString.fromText(label.name));
      object.set(PDFName.of("Reason"), PDFHexString.fromText(label.reason));
      object.set(PDFName.of("Location"), PDFHexString.fromText("Thành phố Hồ Chí Minh"));
    }
  return Buffer.from(await document.save({ useObjectStreams: false }));
}

/**
 * The signed PDF with one more signature field, its value a placeholder, appended as an
 * incremental update (new and changed objects, a cross-reference section and a trailer
 * pointing to the previous one): the bytes already signed stay as they are.
 */
async function withAddedPlaceholder(pdf: Buffer, label: SignatureLabel): Promise<Buffer> {
  const previous = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(pdf.subarray(-64).toString("latin1"));
  if (!previous) throw new Error("the PDF has no cross-reference offset to update");
  const document = await PDFDocument.load(pdf, { updateMetadata: false });
  const { context } = document;
  const root = context.trailerInfo.Root as PDFRef;
  const catalog = context.lookup(root, PDFDict);
  const page = document.getPage(0);
  let next = context.largestObjectNumber + 1;
  const signatureRef = PDFRef.of(next++);
  const widgetRef = PDFRef.of(next++);
  const changed = new Map<PDFRef, string>();
  changed.set(
    signatureRef,
    [
      "<<",
      "/Type /Sig",
      "/Filter /Adobe.PPKLite",
      `/SubFilter /${SUBFILTER_ETSI_CADES_DETACHED}`,
      BYTE_RANGE_PLACEHOLDER,
      `/Contents <${"0".repeat(SIGNATURE_ROOM)}>`,
      `/Reason ${PDFHexString.fromText(label.reason).toString()}`,
      `/Name ${PDFHexString.fromText(label.name).toString()}`,
      `/Location ${PDFHexString.fromText("Thành phố Hồ Chí Minh").toString()}`,
      `/M ${PDFString.fromDate(currentTime()).toString()}`,
      ">>",
    ].join("\n"),
  );
  // Named after the fields the form has: the second signature is "Signature2".
  const existingForm = catalog.lookupMaybe(PDFName.of("AcroForm"), PDFDict);
  const fieldCount = (existingForm?.lookupMaybe(PDFName.of("Fields"), PDFArray)?.size() ?? 0) + 1;
  const widget = context.obj({
    Type: "Annot",
    Subtype: "Widget",
    FT: "Sig",
    Rect: [0, 0, 0, 0],
    V: signatureRef,
    T: PDFString.of(`Signature${fieldCount}`),
    F: 132,
    P: page.ref,
  });
  changed.set(widgetRef, widget.toString());
  // The page lists the new widget among its annotations, and the form among its fields.
  appendTo(context.lookup(page.ref, PDFDict), "Annots", widgetRef, page.ref, changed, context);
  let form = catalog.get(PDFName.of("AcroForm"));
  if (!form) {
    form = context.obj({ Fields: [], SigFlags: 3 });
    catalog.set(PDFName.of("AcroForm"), form);
  }
  const formRef = form instanceof PDFRef ? form : root;
  const formDict = context.lookup(form, PDFDict);
  formDict.set(PDFName.of("SigFlags"), PDFNumber.of(3));
  appendTo(formDict, "Fields", widgetRef, formRef, changed, context);
  if (formRef === root) changed.set(root, catalog.toString());

  // The update: each object, a cross-reference section naming where each starts, the trailer.
  const parts: Buffer[] = [pdf, Buffer.from(pdf.at(-1) === 0x0a ? "" : "\n", "latin1")];
  let offset = parts.reduce((n, p) => n + p.length, 0);
  const entries: Array<[number, number, number]> = [];
  for (const [ref, body] of [...changed].sort(([a], [b]) => a.objectNumber - b.objectNumber)) {
    const text = Buffer.from(`${ref.objectNumber} ${ref.generationNumber} obj\n${body}\nendobj\n`, "latin1");
    entries.push([ref.objectNumber, ref.generationNumber, offset]);
    parts.push(text);
    offset += text.length;
  }
  const xref = ["xref"];
  for (const [number, generation, at] of entries)
    xref.push(`${number} 1`, `${String(at).padStart(10, "0")} ${String(generation).padStart(5, "0")} n `);
  const trailer = context.obj({ Size: next, Root: root, Prev: Number(previous[1]) });
  for (const key of ["Info", "ID"] as const) {
    const value = context.trailerInfo[key];
    if (value) trailer.set(PDFName.of(key), value as PDFObject);
  }
  parts.push(
    Buffer.from(`${xref.join("\n")}\ntrailer\n${trailer.toString()}\nstartxref\n${offset}\n%%EOF\n`, "latin1"),
  );
  return Buffer.concat(parts);
}

/** Adds `ref` to the array `key` of `dict` (inline or an object of its own), noting what changed. */
function appendTo(
  dict: PDFDict,
  key: string,
  ref: PDFRef,
  dictRef: PDFRef,
  changed: Map<PDFRef, string>,
  context: PDFDocument["context"],
) {
  const current = dict.get(PDFName.of(key));
  if (current instanceof PDFRef) {
    const array = context.lookup(current, PDFArray);
    array.push(ref);
    changed.set(current, array.toString());
    return;
  }
  const array = current instanceof PDFArray ? current : context.obj([]);
  array.push(ref);
  dict.set(PDFName.of(key), array);
  changed.set(dictRef, dict.toString());
}

/** A file waiting for its signature: the byte range written in, and what the signature covers. */
export type PreparedPdf = { pdf: Buffer; contentsAt: number; room: number };

/** Writes the byte range of the file's one open placeholder (as `@signpdf/signpdf` does). */
function withByteRange(pdf: Buffer): PreparedPdf {
  const { byteRangePlaceholder: placeholder, byteRangePlaceholderPosition: at } = findByteRange(pdf);
  if (!placeholder || at === undefined) throw new Error("the PDF has no signature placeholder");
  const contentsAt = pdf.indexOf("<", pdf.indexOf("/Contents ", at + placeholder.length));
  const contentsEnd = pdf.indexOf(">", contentsAt) + 1;
  const range = `/ByteRange [0 ${contentsAt} ${contentsEnd} ${pdf.length - contentsEnd}]`;
  const written = Buffer.concat([
    pdf.subarray(0, at),
    Buffer.from(range.padEnd(placeholder.length, " "), "latin1"),
    pdf.subarray(at + placeholder.length),
  ]);
  return { pdf: written, contentsAt, room: contentsEnd - contentsAt - 2 };
}

/** The bytes a prepared file's signature covers: all of it but the placeholder. */
function signedBytesOf({ pdf, contentsAt, room }: PreparedPdf): Buffer {
  return Buffer.concat([pdf.subarray(0, contentsAt), pdf.subarray(contentsAt + room + 2)]);
}

/**
 * The CMS signed attributes over the prepared file, for a signer's certificate, as DER of
 * the SET the signer signs (RFC 5652 §5.4). The same file and certificate give the same bytes.
 */
function signedAttributes(prepared: PreparedPdf, certificate: string) {
  const digest = createHash("sha256").update(signedBytesOf(prepared)).digest();
  const certificateHash = createHash("sha256").update(der(certificate)).digest();
  const attributes = new pkijs.SignedAndUnsignedAttributes({
    type: 0,
    attributes: [
      new pkijs.Attribute({ type: OID.contentType, values: [new asn1js.ObjectIdentifier({ value: OID.data })] }),
      new pkijs.Attribute({ type: OID.messageDigest, values: [new asn1js.OctetString({ valueHex: digest })] }),
      new pkijs.Attribute({
        type: OID.signingCertificateV2,
        // SigningCertificateV2 { certs: [ESSCertIDv2 { certHash }] } (hash algorithm: SHA-256, the default).
        values: [
          new asn1js.Sequence({
            value: [
              new asn1js.Sequence({
                value: [new asn1js.Sequence({ value: [new asn1js.OctetString({ valueHex: certificateHash })] })],
              }),
            ],
          }),
        ],
      }),
    ],
  });
  const schema = attributes.toSchema();
  schema.idBlock.tagClass = 1;
  schema.idBlock.tagNumber = 17;
  const toBeSigned = Buffer.from(schema.toBER(false));
  return { attributes, toBeSigned };
}

/** What the signer of a prepared file signs, computed again (to check a signature that came back). */
export function attributesToSign(prepared: PreparedPdf, certificate: string): Buffer {
  return signedAttributes(prepared, certificate).toBeSigned;
}

/** A file ready for a signer: the prepared file and the DER the signer signs. */
export type PendingPdfSignature = { prepared: PreparedPdf; toBeSigned: Buffer };

/**
 * Adds a signature placeholder (the first rewrites the file; a later one is an incremental
 * update) and gives what the signer must sign for it.
 */
export async function preparePdfSignature(
  pdf: Uint8Array,
  label: SignatureLabel,
  certificate: string,
): Promise<PendingPdfSignature> {
  const buffer = Buffer.from(pdf);
  const signedAlready = buffer.includes("/ETSI.CAdES.detached");
  const prepared = withByteRange(
    signedAlready ? await withAddedPlaceholder(buffer, label) : await withFirstPlaceholder(buffer, label),
  );
  return { prepared, toBeSigned: signedAttributes(prepared, certificate).toBeSigned };
}

/** The prepared file with its CMS container: the signature over the attributes, the certificate and its CA's. */
export function completePdfSignature(
  prepared: PreparedPdf,
  signer: { certificate: string; caCertificate: string; signature: string },
): Buffer {
  const { attributes } = signedAttributes(prepared, signer.certificate);
  const certificate = pkijs.Certificate.fromBER(der(signer.certificate));
  const signerInfo = new pkijs.SignerInfo({
    version: 1,
    sid: new pkijs.IssuerAndSerialNumber({ issuer: certificate.issuer, serialNumber: certificate.serialNumber }),
    digestAlgorithm: new pkijs.AlgorithmIdentifier({ algorithmId: OID.sha256 }),
    signedAttrs: attributes,
    signatureAlgorithm: new pkijs.AlgorithmIdentifier({ algorithmId: OID.ecdsaWithSha256 }),
    signature: new asn1js.OctetString({ valueHex: Buffer.from(signer.signature, "base64") }),
  });
  const signedData = new pkijs.SignedData({
    version: 1,
    encapContentInfo: new pkijs.EncapsulatedContentInfo({ eContentType: OID.data }),
    digestAlgorithms: [new pkijs.AlgorithmIdentifier({ algorithmId: OID.sha256 })],
    certificates: [certificate, pkijs.Certificate.fromBER(der(signer.caCertificate))],
    signerInfos: [signerInfo],
  });
  const container = new pkijs.ContentInfo({ contentType: OID.signedData, content: signedData.toSchema(true) });
  const hex = Buffer.from(container.toSchema().toBER(false)).toString("hex");
  if (hex.length > prepared.room) throw new Error("the signature is larger than the room kept for it");
  const { pdf, contentsAt, room } = prepared;
  return Buffer.concat([
    pdf.subarray(0, contentsAt + 1),
    Buffer.from(hex.padEnd(room, "0"), "latin1"),
    pdf.subarray(contentsAt + 1 + room),
  ]);
}

export type SealInput = SignatureLabel & {
  /** The seal's certificate (PEM) and its CA's, carried in the container for the reader's chain. */
  certificate: string;
  caCertificate: string;
  /** Signs the DER of the signed attributes with the agency's key; the signature as DER, in base64. */
  signAttributes: (der: Buffer) => Promise<string>;
};

/** The PDF with the agency's seal inside, after any signature it already has. */
export async function sealInsidePdf(pdf: Uint8Array, input: SealInput): Promise<Buffer> {
  const pending = await preparePdfSignature(pdf, input, input.certificate);
  const signature = await input.signAttributes(pending.toBeSigned);
  return completePdfSignature(pending.prepared, { ...input, signature });
}
