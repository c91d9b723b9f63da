// A local SMTP server that keeps every message it receives as an .eml file: the mail
// server of the demo and of the tests. Listens on loopback only. Like a mail store, it
// keeps one copy per Message-ID: a message handed over again replaces itself.
import { createHash } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { SMTPServer } from "smtp-server";
import { currentTimeMs } from "@/lib/time";

/** `messages`: every message as received, repeats included; `mailbox`: one per Message-ID. */
export type SmtpSink = { port: number; messages: string[]; mailbox: Map<string, string>; stop: () => Promise<void> };

/** `acceptDelayMs` makes the sink slow to accept each message, as a busy mail server is. */
export async function startSmtpSink(
  port: number,
  dir?: string,
  options: { acceptDelayMs?: number } = {},
): Promise<SmtpSink> {
  const messages: string[] = [];
  const mailbox = new Map<string, string>();
  if (dir) await mkdir(dir, { recursive: true });
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", async () => {
        const message = Buffer.concat(chunks).toString("utf8");
        if (options.acceptDelayMs) await new Promise((resolve) => setTimeout(resolve, options.acceptDelayMs));
        messages.push(message);
        const messageId =
          /^message-id:\s*(<[^>\r\n]+>)/im.exec(message)?.[1] ?? `<received-${currentTimeMs()}-${messages.length}>`;
        mailbox.set(messageId, message);
        const name = createHash("sha256").update(messageId).digest("hex").slice(0, 32);
        if (dir) await writeFile(path.join(dir, `${name}.eml`), message);
        callback();
      });
    },
  });
  // A sender that dies mid-conversation resets its connection: that message was not
  // accepted, the sender will hand it over again, and the sink carries on.
  server.on("error", () => {});
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const address = server.server.address();
  return {
    port: typeof address === "object" && address ? address.port : port,
    messages,
    mailbox,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
