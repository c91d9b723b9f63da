// What the applicant is told about their dossier, in Vietnamese and English: one template
// per change, so that the same event reads the same wherever it happens. Personal data is
// left out of what is mailed (issue 19): the dossier's page shows it.
import { formatDateTime } from "@/lib/i18n/format";
import type { Message } from "./applicant";

const vnd = (amount: number) => new Intl.NumberFormat("vi-VN").format(amount);

export const dossierMessages = {
  submitted: (
    code: string,
    procedure: { vi: string; en: string },
    agency: { vi: string; en: string },
    feeVnd: number,
  ): Message =>
    feeVnd > 0
      ? {
          titleVi: `Đã nộp hồ sơ ${code}: cần nộp phí`,
          titleEn: `Dossier ${code} submitted: fee due`,
          bodyVi:
            `Hồ sơ "${procedure.vi}" sẽ được gửi đến ${agency.vi} sau khi bạn nộp ${vnd(feeVnd)} đồng phí, lệ ` +
            `phí.`,
          bodyEn: `Your "${procedure.en}" dossier goes to ${agency.en} once the fee of ${vnd(feeVnd)} đồng is paid.`,
        }
      : {
          titleVi: `Đã nộp hồ sơ ${code}`,
          titleEn: `Dossier ${code} submitted`,
          bodyVi: `Hồ sơ "${procedure.vi}" đã được gửi đến ${agency.vi} và đang chờ tiếp nhận.`,
          bodyEn: `Your "${procedure.en}" dossier was sent to ${agency.en} and awaits reception.`,
        },

  received: (code: string, agency: string, receivedAt: Date, appointmentAt: Date): Message => ({
    titleVi: `Hồ sơ ${code} đã được tiếp nhận`,
    titleEn: `Dossier ${code} received`,
    bodyVi:
      `${agency} đã tiếp nhận hồ sơ lúc ${formatDateTime(receivedAt)}. Hẹn trả kết quả: ` +
      `${formatDateTime(appointmentAt)}. ` +
      `Giấy tiếp nhận hồ sơ và hẹn trả kết quả có trên trang hồ sơ.`,
    bodyEn:
      `${agency} received the dossier at ${formatDateTime(receivedAt, "en")}. Result due: ` +
      `${formatDateTime(appointmentAt, "en")}. ` +
      `The receipt is on the dossier's page.`,
  }),

  refused: (code: string, reasons: string): Message => ({
    titleVi: `Hồ sơ ${code} không được tiếp nhận`,
    titleEn: `Dossier ${code} refused at reception`,
    bodyVi: `Lý do: ${reasons}`,
    bodyEn: `Reasons (in Vietnamese): ${reasons}`,
  }),

  supplementRequested: (code: string, agency: string, items: string[]): Message => ({
    titleVi: `Hồ sơ ${code} cần bổ sung`,
    titleEn: `Dossier ${code} needs supplements`,
    bodyVi: `${agency} đề nghị bổ sung: ${items.join("; ")}. Bổ sung trực tuyến trên trang hồ sơ.`,
    bodyEn: `${agency} asks for: ${items.join("; ")}. Supply them online on the dossier's page.`,
  }),

  supplementAnswered: (code: string): Message => ({
    titleVi: `Đã gửi bổ sung cho hồ sơ ${code}`,
    titleEn: `Supplements sent for dossier ${code}`,
    bodyVi: "Cơ quan tiếp tục xem xét hồ sơ của bạn.",
    bodyEn: "The agency continues with your dossier.",
  }),

  paymentRequested: (code: string, label: string, amountVnd: number): Message => ({
    titleVi: `Hồ sơ ${code}: cần nộp ${vnd(amountVnd)} đồng`,
    titleEn: `Dossier ${code}: ${vnd(amountVnd)} đồng to pay`,
    bodyVi: `${label}. Thanh toán trực tuyến trên trang hồ sơ; hồ sơ tiếp tục được xử lý ngay khi bạn thanh toán.`,
    bodyEn: `${label}. Pay online on the dossier's page; processing resumes as soon as you pay.`,
  }),

  paid: (code: string, amountVnd: number, receiptNumber: string): Message => ({
    titleVi: `Đã nộp phí hồ sơ ${code}`,
    titleEn: `Fee paid for dossier ${code}`,
    bodyVi:
      `Đã nhận ${vnd(amountVnd)} đồng (biên lai số ${receiptNumber}). Hồ sơ đã được chuyển đến cơ quan giải ` +
      `quyết và đang chờ tiếp nhận.`,
    bodyEn:
      `${vnd(amountVnd)} đồng received (receipt ${receiptNumber}). The dossier has gone to the competent ` +
      `agency and awaits reception.`,
  }),

  processingStarted: (code: string, name: string): Message => ({
    titleVi: `Hồ sơ ${code} đang được xử lý`,
    titleEn: `Dossier ${code} is being processed`,
    bodyVi: `${name} đang thẩm định hồ sơ của bạn.`,
    bodyEn: `${name} is appraising your dossier.`,
  }),

  resultReplaced: (code: string, title: string, replaced: string, resultCode: string): Message => ({
    titleVi: `Kết quả hồ sơ ${code} đã được đính chính`,
    titleEn: `The result of dossier ${code} was corrected`,
    bodyVi:
      `${title} số ${resultCode} thay thế văn bản số ${replaced}, nay không còn giá trị. ` +
      "Cả hai văn bản có trong kho dữ liệu của bạn.",
    bodyEn: `Result ${resultCode} replaces ${replaced}, which is no longer valid. Both are in your data store.`,
  }),
  decided: (code: string, approved: boolean, title: string, resultCode: string): Message =>
    approved
      ? {
          titleVi: `Đã có kết quả hồ sơ ${code}`,
          titleEn: `Result ready for dossier ${code}`,
          bodyVi: `${title} (số ${resultCode}) đã được ký số và lưu vào kho dữ liệu của bạn.`,
          bodyEn: `The result (${resultCode}) was signed and added to your data store.`,
        }
      : {
          titleVi: `Hồ sơ ${code} không được giải quyết`,
          titleEn: `Dossier ${code} was denied`,
          bodyVi: `Thông báo (số ${resultCode}) nêu rõ lý do, có trong kho dữ liệu của bạn.`,
          bodyEn: `The notice (${resultCode}) gives the reasons; it is in your data store.`,
        },

  returned: (code: string, how: { vi: string; en: string }, byPost: boolean, officer: string): Message => ({
    titleVi: `Đã trả kết quả hồ sơ ${code}`,
    titleEn: `Result of dossier ${code} handed over`,
    bodyVi: `Kết quả được trả ${how.vi}${
      byPost ? "; địa chỉ nhận và số vận đơn " + "có trên trang hồ sơ" : ""
    }. Cán bộ trả: ${officer}.`,
    bodyEn: `The result was handed over ${how.en}${
      byPost ? "; the delivery address and " + "tracking number are on the " + "dossier's page" : ""
    }. Handed over by ${officer}.`,
  }),

  withdrawn: (code: string): Message => ({
    titleVi: `Đã rút hồ sơ ${code}`,
    titleEn: `Dossier ${code} withdrawn`,
    bodyVi: "Hồ sơ đã được rút theo yêu cầu của bạn; cơ quan không tiếp tục giải quyết.",
    bodyEn: "The dossier was withdrawn at your request; the agency will not go on with it.",
  }),

  stopped: (code: string, reasons: string): Message => ({
    titleVi: `Hồ sơ ${code} bị dừng xử lý`,
    titleEn: `Processing of dossier ${code} stopped`,
    bodyVi: `Lý do: ${reasons}`,
    bodyEn: `Reasons (in Vietnamese): ${reasons}`,
  }),

  apology: (code: string, agency: string, reason: string, newAppointment: Date): Message => ({
    titleVi: `Xin lỗi và hẹn lại ngày trả kết quả hồ sơ ${code}`,
    titleEn: `Apology and new date for dossier ${code}`,
    bodyVi:
      `${agency} xin lỗi vì chưa trả kết quả đúng hẹn. Lý do: ${reason}. Hẹn mới: ` +
      `${formatDateTime(newAppointment)}.`,
    bodyEn: `${agency} apologises for the delay. New date: ${formatDateTime(newAppointment, "en")}.`,
  }),
};
