// The electronic result as a PDF: the portal's document layout with a QR code that
// points to the public verification page of its result code.
import { PDFDocument } from "pdf-lib";
import QRCode from "qrcode";
import { renderPdf, type PortalDocument } from "@/lib/documents/pdf";

export async function renderResultPdf(doc: PortalDocument, verifyUrl: string): Promise<Uint8Array> {
  const pdf = await PDFDocument.load(await renderPdf(doc));
  const png = await pdf.embedPng(
    await QRCode.toBuffer(verifyUrl, { type: "png", margin: 1, width: 240, errorCorrectionLevel: "M" }),
  );
  const page = pdf.getPage(0);
  const { width, height } = page.getSize();
  page.drawImage(png, { x: width - 50 - 96, y: height - 50 - 96, width: 96, height: 96 });
  return pdf.save();
}
