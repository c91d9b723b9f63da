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

/** Every status, in the order of their codes. */
export const ALL_STATUSES: readonly DossierStatusCode[] = Object.values(DOSSIER_STATUS);

const CODES: ReadonlySet<number> = new Set(ALL_STATUSES);

/** The status column read as a status: the database stores the national code as an integer. */
export function asStatus(code: number): DossierStatusCode {
  if (!CODES.has(code)) throw new Error(`unknown dossier status ${code}`);
  return code as DossierStatusCode;
}

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

/**
 * Where a dossier may go from each status, and by which action. Statuses 5 (supplement)
 * and 6 (payment) pause a dossier before or after reception: it returns to where it
 * was, so the way back depends on whether it had been received.
 */
export type DossierAction =
  | "receive"
  | "refuse"
  | "request-supplement"
  | "supplement-answered"
  | "request-payment"
  | "paid"
  | "start-processing"
  | "decide"
  | "stop"
  | "withdraw"
  | "return-result";

type Rule = {
  action: DossierAction;
  from: DossierStatusCode[];
  to: DossierStatusCode | "back";
  receivedOnly?: boolean;
  notReceivedOnly?: boolean;
};

const S = DOSSIER_STATUS;
const RULES: Rule[] = [
  { action: "receive", from: [S.SUBMITTED], to: S.RECEIVED },
  { action: "refuse", from: [S.SUBMITTED], to: S.REFUSED },
  { action: "request-supplement", from: [S.SUBMITTED, S.RECEIVED, S.PROCESSING], to: S.SUPPLEMENT_REQUESTED },
  { action: "supplement-answered", from: [S.SUPPLEMENT_REQUESTED], to: "back" },
  { action: "request-payment", from: [S.RECEIVED, S.PROCESSING], to: S.PAYMENT_REQUESTED },
  { action: "paid", from: [S.PAYMENT_REQUESTED], to: "back" },
  { action: "start-processing", from: [S.RECEIVED], to: S.PROCESSING },
  { action: "decide", from: [S.PROCESSING], to: S.DECIDED },
  {
    action: "stop",
    from: [S.RECEIVED, S.PROCESSING, S.SUPPLEMENT_REQUESTED, S.PAYMENT_REQUESTED],
    to: S.STOPPED,
    receivedOnly: true,
  },
  {
    action: "withdraw",
    from: [S.SUBMITTED, S.RECEIVED, S.PROCESSING, S.SUPPLEMENT_REQUESTED, S.PAYMENT_REQUESTED],
    to: S.WITHDRAWN,
  },
  { action: "return-result", from: [S.DECIDED], to: S.RESULT_RETURNED },
];

/** Statuses in which a received dossier runs against its appointment (paused or not). */
export const RUNNING_STATUSES: readonly DossierStatusCode[] = [
  S.RECEIVED,
  S.PROCESSING,
  S.SUPPLEMENT_REQUESTED,
  S.PAYMENT_REQUESTED,
];

/** Statuses nothing leaves. */
export const FINAL_STATUSES: readonly DossierStatusCode[] = [S.REFUSED, S.WITHDRAWN, S.STOPPED, S.RESULT_RETURNED];

/**
 * The status an action leads to, or null when the action is not allowed from `from`.
 * `received` tells whether the dossier had been received (status 2 reached) before.
 */
export function nextStatus(
  from: DossierStatusCode,
  action: DossierAction,
  received: boolean,
): DossierStatusCode | null {
  const rule = RULES.find((r) => r.action === action && r.from.includes(from));
  if (!rule || (rule.receivedOnly && !received)) return null;
  if (rule.to !== "back") return rule.to;
  return received ? S.PROCESSING : S.SUBMITTED;
}

/** Every action allowed from a status (what a queue may offer). */
export function allowedActions(from: DossierStatusCode, received: boolean): DossierAction[] {
  return RULES.filter((r) => nextStatus(from, r.action, received) !== null).map((r) => r.action);
}
