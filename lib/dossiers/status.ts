// The ten national dossier statuses, as shown to citizens and exchanged with the
// National Public Service Portal. Editing a dossier never changes its code.
export const DOSSIER_STATUS = {
  SUBMITTED: 1,
  RECEIVED: 2,
  REFUSED: 3,
  PROCESSING: 4,
  SUPPLEMENT_REQUESTED: 5,
  PAYMENT_REQUESTED: 6,
  WITHDRAWN: 7,
  STOPPED: 8,
  DECIDED: 9,
  RESULT_RETURNED: 10,
} as const;

export type DossierStatusCode = (typeof DOSSIER_STATUS)[keyof typeof DOSSIER_STATUS];

export const STATUS_LABELS: Record<DossierStatusCode, { vi: string; en: string }> = {
  1: { vi: "Mới đăng ký", en: "Submitted" },
  2: { vi: "Được tiếp nhận", en: "Received" },
  3: { vi: "Không được tiếp nhận", en: "Refused at reception" },
  4: { vi: "Đang xử lý", en: "Being processed" },
  5: { vi: "Yêu cầu bổ sung giấy tờ", en: "Supplement requested" },
  6: { vi: "Yêu cầu thực hiện nghĩa vụ tài chính", en: "Payment requested" },
  7: { vi: "Công dân yêu cầu rút hồ sơ", en: "Withdrawn" },
  8: { vi: "Dừng xử lý", en: "Processing stopped" },
  9: { vi: "Đã xử lý xong", en: "Decided" },
  10: { vi: "Đã trả kết quả", en: "Result returned" },
};
