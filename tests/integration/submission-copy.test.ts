// The PDF copy of a submission: real PDF, Vietnamese text extracted back intact.
import { describe, expect, it } from "vitest";
import { renderSubmissionPdf } from "@/lib/documents/pdf";
import { submitDossier } from "@/lib/dossiers/mutations";
import { getSubmissionCopyForApplicant } from "@/lib/dossiers/queries";
import { NotFoundError } from "@/lib/errors";
import { createPersonActor } from "@/tests/factories/actors";
import { birthRegistrationValues, createReadyDraft } from "@/tests/factories/dossiers";
import { pdfText } from "@/tests/factories/pdf";

describe("submission copy", () => {
  it("is a PDF with every answer, diacritics intact, for the applicant only", async () => {
    const applicant = await createPersonActor({ name: "Nguyễn Văn Thử" });
    const ready = await createReadyDraft(applicant, birthRegistrationValues(applicant));
    const { code } = await submitDossier(applicant, ready.draftId, ready.idempotencyKey);
    const copy = await getSubmissionCopyForApplicant(applicant, code);
    const bytes = await renderSubmissionPdf(copy);
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe("%PDF-");
    const text = await pdfText(bytes);
    for (const expected of [
      code,
      "Đăng ký khai sinh".toUpperCase(),
      "Nguyễn Bảo Ngọc",
      "Trần Thị Bình",
      "Bệnh viện Từ Dũ",
      "Ủy ban nhân dân Phường Sài Gòn",
      "10/11/2026",
    ]) {
      expect(text).toContain(expected);
    }
    await expect(getSubmissionCopyForApplicant(await createPersonActor(), code)).rejects.toBeInstanceOf(NotFoundError);
  });
});
