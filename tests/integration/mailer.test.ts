// The e-mail outbox goes out over real SMTP to a local sink, once per notification.
import nodemailer from "nodemailer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { submitDossier } from "@/lib/dossiers/mutations";
import { sendPendingEmails } from "@/lib/notifications/mailer";
import { startSmtpSink, type SmtpSink } from "@/lib/notifications/smtp-sink";
import { createPersonActor } from "@/tests/factories/actors";
import { birthRegistrationValues, createReadyDraft } from "@/tests/factories/dossiers";

describe("e-mail outbox", () => {
  let sink: SmtpSink;
  beforeAll(async () => {
    sink = await startSmtpSink(0);
  });
  afterAll(() => sink.stop());

  it("sends the submission e-mail over SMTP once, and records that it was sent", async () => {
    const applicant = await createPersonActor({
      name: "Người Nhận Thư",
      identity: { contactEmail: "nguoi.nhan@example.vn" },
    });
    const ready = await createReadyDraft(applicant, birthRegistrationValues(applicant));
    const { code } = await submitDossier(applicant, ready.draftId, ready.idempotencyKey);
    const transport = nodemailer.createTransport({
      host: "127.0.0.1",
      port: sink.port,
      secure: false,
      ignoreTLS: true,
    });
    const options = {
      from: "Một Cửa Số <khong-tra-loi@motcuaso.local>",
      portalUrl: "http://localhost:3000",
      batchSize: 500,
    };
    let total = 0;
    for (let i = 0; i < 20; i++) {
      const { sent, noAddress } = await sendPendingEmails(db(), transport, options);
      total += sent + noAddress;
      if (sent + noAddress === 0) break;
    }
    expect(total).toBeGreaterThan(0);
    const mine = sink.messages.filter((m) => m.includes("nguoi.nhan@example.vn"));
    expect(mine).toHaveLength(1);
    expect(mine[0]).toContain(code);
    expect(await db().notification.count({ where: { channel: "EMAIL", sentAt: null } })).toBe(0);
    expect(await sendPendingEmails(db(), transport, options)).toEqual({ sent: 0, noAddress: 0 });
  });
});
