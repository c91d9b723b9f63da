// The electronic result as a PDF: the portal's document layout with a QR code that
// points to the public verification page of its result code, and the block of who signs
// for the issuing agency.
import QRCode from "qrcode";
import type { AdministrativeLevel, AgencyKind } from "@/lib/generated/prisma/enums";
import { todayInVietnam } from "@/lib/clock/dates";
import { renderPdf, type PortalDocument } from "@/lib/documents/pdf";

/** "Thành phố Hồ Chí Minh, ngày 08 tháng 12 năm 2026": where and when, the date in Vietnam. */
export function placeAndDate(at: Date): string {
  const [year, month, day] = todayInVietnam(at).split("-");
  return `Thành phố Hồ Chí Minh, ngày ${day} tháng ${month} năm ${year}`;
}

/**
 * The lines above the signer's name, by the kind of agency that issues: a People's
 * Committee signs on behalf of its collective (TM.), a police or a department by its head.
 * The portal does not know a leader's position, so a deputy signs under the head's title.
 */
export function signatureTitles(agency: { level: AdministrativeLevel; kind: AgencyKind; nameVi: string }): string[] {
  switch (agency.kind) {
    case "PEOPLES_COMMITTEE":
      return ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"];
    case "POLICE": {
      if (agency.level === "CITY") return ["GIÁM ĐỐC CÔNG AN THÀNH PHỐ"];
      const unit = /đặc khu/i.test(agency.nameVi)
        ? "ĐẶC KHU"
        : /(^|\s)xã(\s|$)/iu.test(agency.nameVi)
          ? "XÃ"
          : "PHƯỜNG";
      return [`TRƯỞNG CÔNG AN ${unit}`];
    }
    default:
      return ["GIÁM ĐỐC"];
  }
}

/** The result as a PDF, with the QR code to its verification page beside the signature block. */
export async function renderResultPdf(doc: PortalDocument, verifyUrl: string): Promise<Uint8Array> {
  const qrCode = await QRCode.toBuffer(verifyUrl, { type: "png", margin: 1, width: 240, errorCorrectionLevel: "M" });
  return renderPdf({ ...doc, qrCode });
}
