// An agency's electronic seal inside the PDF it issues, as a PDF signature any reader can
// verify (PAdES baseline: a detached CMS signature, sub-filter ETSI.CAdES.detached, over the
// whole file but the signature itself). The portal builds the CMS container around it:
// the signed attributes hold the SHA-256 of the file's signed bytes and the certificate's
// hash; the signing service signs those attributes with the agency's key (the document
// never leaves the portal) and returns the certificate, which the container carries with
// its CA's so a reader can build the chain.
import "server-only";
import { createHash, webcrypto, X509Certificate } from "node:crypto";
import * as asn1js from "asn1js";
import * as pkijs from "pkijs";
import { PDFDocument, PDFHexString, PDFName, PDFDict } from "pdf-lib";
import { pdflibAddPlaceholder } from "@signpdf/placeholder-pdf-lib";
import { SignPdf } from "@signpdf/signpdf";
import { Signer, SUBFILTER_ETSI_CADES_DETACHED } from "@signpdf/utils";
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

/** Room kept in the file for the CMS container, in hex digits: 4 KB (it takes about 1.5 KB with two certificates). */
const SIGNATURE_ROOM = 8192;

export type SealInput = {
  /** The agency as the signature names it. */
  name: string;
  /** Why it is signed, as a reader shows it ("Kết quả giải quyết hồ sơ …"). */
  reason: string;
  /** The seal's certificate (PEM) and its CA's, carried in the container for the reader's chain. */
  certificate: string;
  caCertificate: string;
  /** Signs the DER of the signed attributes with the agency's key; the signature as DER, in base64. */
  signAttributes: (der: Buffer) => Promise<string>;
};

const der = (pem: string) => Buffer.from(new X509Certificate(pem).raw);

/** The CMS SignedData (detached) over `content`, its attributes signed by `signAttributes`. */
async function cmsOver(content: Buffer, input: SealInput): Promise<Buffer> {
  const digest = createHash("sha256").update(content).digest();
  const certificateDer = der(input.certificate);
  const certificateHash = createHash("sha256").update(certificateDer).digest();
  const signed = new pkijs.SignedAndUnsignedAttributes({
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
  // What is signed: the attributes DER-encoded as a SET (RFC 5652 §5.4), not as the [0] they are stored as.
  const schema = signed.toSchema();
  schema.idBlock.tagClass = 1;
  schema.idBlock.tagNumber = 17;
  const toBeSigned = Buffer.from(schema.toBER(false));
  schema.idBlock.tagClass = 3;
  schema.idBlock.tagNumber = 0;
  const signature = await input.signAttributes(toBeSigned);
  const agencyCertificate = pkijs.Certificate.fromBER(certificateDer);
  const signerInfo = new pkijs.SignerInfo({
    version: 1,
    sid: new pkijs.IssuerAndSerialNumber({
      issuer: agencyCertificate.issuer,
      serialNumber: agencyCertificate.serialNumber,
    }),
    digestAlgorithm: new pkijs.AlgorithmIdentifier({ algorithmId: OID.sha256 }),
    signedAttrs: signed,
    signatureAlgorithm: new pkijs.AlgorithmIdentifier({ algorithmId: OID.ecdsaWithSha256 }),
    signature: new asn1js.OctetString({ valueHex: Buffer.from(signature, "base64") }),
  });
  const signedData = new pkijs.SignedData({
    version: 1,
    encapContentInfo: new pkijs.EncapsulatedContentInfo({ eContentType: OID.data }),
    digestAlgorithms: [new pkijs.AlgorithmIdentifier({ algorithmId: OID.sha256 })],
    certificates: [agencyCertificate, pkijs.Certificate.fromBER(der(input.caCertificate))],
    signerInfos: [signerInfo],
  });
  const container = new pkijs.ContentInfo({ contentType: OID.signedData, content: signedData.toSchema(true) });
  return Buffer.from(container.toSchema().toBER(false));
}

class AgencySigner extends Signer {
  constructor(private readonly input: SealInput) {
    super();
  }
  async sign(content: Buffer): Promise<Buffer> {
    return cmsOver(content, this.input);
  }
}

/** The PDF with the agency's seal inside, as its one signature (an invisible signature field). */
export async function sealInsidePdf(pdf: Uint8Array, input: SealInput): Promise<Buffer> {
  const document = await PDFDocument.load(pdf);
  pdflibAddPlaceholder({
    pdfDoc: document,
    reason: "seal",
    contactInfo: "",
    name: "seal",
    location: "Ho Chi Minh City",
    subFilter: SUBFILTER_ETSI_CADES_DETACHED,
    signatureLength: SIGNATURE_ROOM,
    signingTime: currentTime(),
  });
  // The placeholder writes its texts as PDF strings, which hold Latin-1 only: the agency's
  // Vietnamese name and the reason are written as text strings (UTF-16) instead.
  for (const [, object] of document.context.enumerateIndirectObjects())
    if (object instanceof PDFDict && object.get(PDFName.of("Type")) === PDFName.of("Sig")) {
      object.set(PDFName.of("Name"), PDFHexString.fromText(input.name));
      object.set(PDFName.of("Reason"), PDFHexString.fromText(input.reason));
      object.set(PDFName.of("Location"), PDFHexString.fromText("Thành phố Hồ Chí Minh"));
    }
  const prepared = Buffer.from(await document.save({ useObjectStreams: false }));
  return new SignPdf().sign(prepared, new AgencySigner(input));
}
