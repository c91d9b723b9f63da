// The processing steps after reception and who works each, by the permission it needs:
// appraisal by a specialist, approval and signature by a leader, return by the one-stop desk.
import type { Permission } from "@/lib/identity/permissions";

export type StepKey = "appraisal" | "approval" | "return";
export const STEP_PERMISSION: Record<StepKey, Permission> = {
  appraisal: "dossier.appraise",
  approval: "dossier.decide",
  return: "dossier.receive",
};
export const NEXT_STEP: Partial<Record<StepKey, StepKey>> = { appraisal: "approval" };

/** The step a received dossier is at: appraisal until someone moves it on. */
export const stepOf = (dossier: { stepKey: string | null }): StepKey =>
  (dossier.stepKey as StepKey | null) ?? "appraisal";

export const STEP_NAMES: Record<StepKey, { vi: string; en: string }> = {
  appraisal: { vi: "Thẩm định", en: "Appraisal" },
  approval: { vi: "Phê duyệt, ký kết quả", en: "Approval and signature" },
  return: { vi: "Trả kết quả", en: "Return of the result" },
};
