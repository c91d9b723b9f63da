// The standard slips as documents (Circular 03/2025 forms, as docs/domain.md §3 lists them),
// rendered from what was recorded when each was issued, for whoever may see the dossier.
import "server-only";
import { db } from "@/lib/db";
import { documentStorage } from "@/lib/documents/mutations";
import { sealedOnce } from "@/lib/documents/sealed-pdf";
import { renderPdf, type PortalDocument } from "@/lib/documents/pdf";
import { NotFoundError } from "@/lib/errors";
import { isSignedIn, type Actor } from "@/lib/identity/actor";
import { applicantOrStaffWhere } from "@/lib/dossiers/staff-access";
import { isUuid } from "@/lib/db/ids";
import { openJson } from "@/lib/security/identity-sealing";

type Mau01 = {
  agency: string;
  receptionUnit: string;
  code: string;
  applicant: { name: string; address: string; phone: string; email: string };
  procedure: string;
  documents: string[];
  sets: number;
  timeLimit: string;
  receivedAt: string;
  appointmentAt: string;
  delivery: string;
  /** Partly online procedures: what the applicant still does in person. */
  inPerson?: string;
  officer: string;
};
type Mau02 = {
  agency: string;
  code: string;
  applicant: string;
  procedure: string;
  items: Array<{ label: string; reason: string }>;
  note: string;
  officer: string;
  officerPhone: string;
  requestedAt: string;
};
type Mau04 = {
  agency: string;
  code: string;
  applicant: string;
  original: string;
  reason: string;
  newAppointment: string;
  signedBy: string;
  issuedAt: string;
};
type Mau03 = {
  agency: string;
  code: string;
  applicant: string;
  procedure: string;
  reasons: string;
  refusedAt: string;
  officer: string;
};

export function slipDocument(kind: string, content: unknown): PortalDocument {
  // The issuing agency heads the slip, beside the national motto, as on the legal forms.
  const agency = (content as { agency?: unknown }).agency;
  const body = slipBody(kind, content);
  return typeof agency === "string" && agency ? { ...body, issuer: [agency.toLocaleUpperCase("vi")] } : body;
}

function slipBody(kind: string, content: unknown): PortalDocument {
  if (kind === "MAU_01") {
    const c = content as Mau01;
    return {
      title: `Giấy tiếp nhận ${c.code}`,
      heading: "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ",
      lines: [`Mã hồ sơ: ${c.code}`, `${c.receptionUnit}`],
      sections: [
        {
          title: "Người nộp hồ sơ",
          rows: [
            ["Họ và tên", c.applicant.name],
            ["Địa chỉ", c.applicant.address],
            ["Số điện thoại", c.applicant.phone],
            ["Thư điện tử", c.applicant.email],
          ],
        },
        {
          title: "Hồ sơ",
          rows: [
            ["Thủ tục", c.procedure],
            ["Số lượng hồ sơ", `${c.sets} bộ`],
            ...c.documents.map((d, i): [string, string] => [`Giấy tờ ${i + 1}`, d]),
          ],
        },
        {
          title: "Thời hạn",
          rows: [
            ["Thời gian giải quyết theo quy định", c.timeLimit],
            ["Thời điểm nhận hồ sơ", c.receivedAt],
            ["Hẹn trả kết quả", c.appointmentAt],
            ["Hình thức nhận kết quả", c.delivery],
          ],
        },
        ...(c.inPerson
          ? [
              {
                title: "Phần thực hiện trực tiếp",
                rows: [["Việc người nộp làm trực tiếp", c.inPerson] as [string, string]],
              },
            ]
          : []),
        {
          title: "Người tiếp nhận",
          rows: [
            ["Cán bộ", c.officer],
            ["Cơ quan", c.agency],
          ],
        },
      ],
      footer:
        "Giấy tiếp nhận điện tử do Cổng dịch vụ công Một Cửa Số lập khi hồ sơ được tiếp nhận; thời hạn giải " +
        "quyết tính từ thời điểm nhận hồ sơ.",
    };
  }
  if (kind === "MAU_02") {
    const c = content as Mau02;
    return {
      title: `Phiếu yêu cầu bổ sung ${c.code}`,
      heading: "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ",
      lines: [`Mã hồ sơ: ${c.code}`, c.agency],
      sections: [
        {
          title: "Hồ sơ",
          rows: [
            ["Người nộp", c.applicant],
            ["Thủ tục", c.procedure],
            ["Thời điểm yêu cầu", c.requestedAt],
          ],
        },
        {
          title: "Nội dung cần bổ sung, hoàn thiện",
          rows: c.items.map((i, n): [string, string] => [`${n + 1}. ${i.label}`, i.reason]),
        },
        ...(c.note ? [{ title: "Ghi chú", rows: [["Ghi chú", c.note]] as Array<[string, string]> }] : []),
        {
          title: "Cán bộ hướng dẫn",
          rows: [
            ["Họ và tên", c.officer],
            ["Số điện thoại", c.officerPhone],
          ],
        },
      ],
      footer:
        "Đây là toàn bộ nội dung cần bổ sung, hoàn thiện của hồ sơ. Bạn bổ sung trực tuyến trên trang hồ sơ; " +
        "cơ quan không yêu cầu thêm giấy tờ ngoài thành phần hồ sơ đã công bố.",
    };
  }
  if (kind === "MAU_03") {
    const c = content as Mau03;
    return {
      title: `Phiếu từ chối ${c.code}`,
      heading: "PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ",
      lines: [`Mã hồ sơ: ${c.code}`, c.agency],
      sections: [
        {
          title: "Hồ sơ",
          rows: [
            ["Người nộp", c.applicant],
            ["Thủ tục", c.procedure],
            ["Thời điểm", c.refusedAt],
          ],
        },
        { title: "Lý do từ chối", rows: [["Lý do", c.reasons]] },
        { title: "Người từ chối", rows: [["Cán bộ", c.officer]] },
      ],
      footer: "Xin lỗi vì sự bất tiện. Nếu có thắc mắc, vui lòng liên hệ bộ phận một cửa của cơ quan.",
    };
  }
  if (kind === "MAU_04") {
    const c = content as Mau04;
    return {
      title: `Phiếu xin lỗi ${c.code}`,
      heading: "PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ",
      lines: [`Mã hồ sơ: ${c.code}`, c.agency],
      sections: [
        { title: "Kính gửi", rows: [["Người nộp", c.applicant]] },
        {
          title: "Nội dung",
          rows: [
            ["Ngày hẹn trả kết quả ban đầu", c.original],
            ["Lý do chậm", c.reason],
            ["Ngày hẹn trả kết quả mới", c.newAppointment],
          ],
        },
        {
          title: "Thủ trưởng cơ quan",
          rows: [
            ["Người ký", c.signedBy],
            ["Ngày", c.issuedAt],
            ["Chữ ký số", `Chữ ký số của ${c.agency}`],
          ],
        },
      ],
      footer:
        `${c.agency} xin lỗi ông/bà vì sự chậm trễ này và cam kết trả kết quả đúng ngày hẹn mới. Văn bản điện ` +
        `tử có chữ ký số của cơ quan; bản gốc được lưu trong kho dữ liệu của người nộp.`,
    };
  }
  throw new NotFoundError("slip");
}

async function slipForViewer(actor: Actor, slipId: string) {
  if (!isSignedIn(actor) || !isUuid(slipId)) throw new NotFoundError("slip");
  const slip = await db().dossierSlip.findFirst({
    where: { id: slipId, dossier: applicantOrStaffWhere(actor, "dossier.read", "dossier.receive") },
    select: {
      kind: true,
      sealedContent: true,
      documentId: true,
      dossier: { select: { code: true, applicantUserId: true, agencyId: true } },
    },
  });
  if (!slip) throw new NotFoundError("slip");
  return {
    id: slipId,
    dossier: slip.dossier,
    kind: slip.kind,
    documentId: slip.documentId,
    content: openJson(slip.sealedContent),
    fileName: `${slip.kind.toLowerCase()}-${slip.dossier.code}.pdf`,
  };
}

/** A slip's content, for the dossier's applicant or staff who may see the dossier; *not found* otherwise. */
export async function getSlipForViewer(actor: Actor, slipId: string): Promise<PortalDocument & { fileName: string }> {
  const slip = await slipForViewer(actor, slipId);
  return { ...slipDocument(slip.kind, slip.content), fileName: slip.fileName };
}

/**
 * A slip as a PDF with the issuing agency's seal inside: exactly as sealed (its signature
 * covers those bytes), sealed when first asked for if it was issued unsealed (Mẫu 01–03 are
 * drawn from what was recorded at reception and sealed then, once).
 */
export async function getSlipPdfForViewer(
  actor: Actor,
  slipId: string,
): Promise<{ bytes: Uint8Array; fileName: string }> {
  const slip = await slipForViewer(actor, slipId);
  if (slip.documentId) {
    const stored = await db().storedDocument.findUniqueOrThrow({
      where: { id: slip.documentId },
      select: { storageKey: true },
    });
    return { bytes: new Uint8Array(await documentStorage().get(stored.storageKey)), fileName: slip.fileName };
  }
  const agency = await db().agency.findUniqueOrThrow({
    where: { id: slip.dossier.agencyId },
    select: { code: true, nameVi: true },
  });
  const bytes = await sealedOnce({
    agency,
    ownerUserId: slip.dossier.applicantUserId,
    fileName: slip.fileName,
    render: () => renderPdf(slipDocument(slip.kind, slip.content)),
    record: async (tx, documentId, sealed) =>
      (
        await tx.dossierSlip.updateMany({
          where: { id: slip.id, documentId: null },
          data: {
            documentId,
            sha256: sealed.sha256,
            signature: sealed.sealed.signature,
            certificate: sealed.sealed.certificate,
          },
        })
      ).count === 1,
    recorded: async () =>
      (await db().dossierSlip.findUniqueOrThrow({ where: { id: slip.id }, select: { documentId: true } })).documentId,
  });
  return { bytes, fileName: slip.fileName };
}

/** The slips of a dossier the caller may already see, oldest first, saying which are sealed. */
export async function listSlips(dossierId: string) {
  const slips = await db().dossierSlip.findMany({
    where: { dossierId },
    orderBy: { issuedAt: "asc" },
    select: { id: true, kind: true, issuedAt: true, sha256: true },
  });
  return slips.map((s) => ({ id: s.id, kind: s.kind, issuedAt: s.issuedAt, sealed: s.sha256 !== null }));
}
