// What each dossier event is called on the pages that show a dossier's history.
export const EVENT_NAMES = {
  submitted: { vi: "Nộp hồ sơ", en: "Submitted" },
  "payment.requested": { vi: "Yêu cầu nộp tiền", en: "Payment requested" },
  "payment.paid": { vi: "Nộp phí", en: "Fee paid" },
  received: { vi: "Tiếp nhận", en: "Received" },
  refused: { vi: "Từ chối tiếp nhận", en: "Refused" },
  "supplement.requested": { vi: "Yêu cầu bổ sung", en: "Supplement requested" },
  "supplement.answered": { vi: "Người nộp bổ sung", en: "Supplement supplied" },
  "step.claimed": { vi: "Nhận xử lý", en: "Step taken" },
  "step.handed-over": { vi: "Chuyển bước", en: "Handed over" },
  "step.assigned": { vi: "Phân công", en: "Assigned" },
  decided: { vi: "Ban hành kết quả", en: "Decided" },
  "result.replaced": { vi: "Thay thế kết quả (đính chính)", en: "Result replaced (correction)" },
  "result.returned": { vi: "Trả kết quả", en: "Result returned" },
  "consultation.requested": { vi: "Lấy ý kiến cơ quan khác", en: "Another agency consulted" },
  "consultation.answered": { vi: "Cơ quan được hỏi trả lời", en: "Consulted agency answered" },
  "consultation.escalated": { vi: "Lấy ý kiến quá hạn, chuyển cấp trên", en: "Consultation overdue, escalated" },
  "apology.issued": { vi: "Xin lỗi và hẹn lại ngày trả kết quả", en: "Apology and new date" },
  "deadline.alerted": { vi: "Nhắc hạn cán bộ", en: "Staff reminded of the deadline" },
  rated: { vi: "Người nộp đánh giá mức độ hài lòng", en: "The applicant rated the service" },
  withdrawn: { vi: "Người nộp rút hồ sơ", en: "Withdrawn by the applicant" },
  stopped: { vi: "Dừng xử lý", en: "Processing stopped" },
} satisfies Record<string, { vi: string; en: string }>;

/** The events a dossier's chain may hold. */
export type EventType = keyof typeof EVENT_NAMES;

const isEventType = (type: string): type is EventType => Object.hasOwn(EVENT_NAMES, type);

export function eventName(type: string): { vi: string; en: string } {
  return isEventType(type) ? EVENT_NAMES[type] : { vi: type, en: type };
}
