// A local SMTP server that keeps every message it receives as an .eml file: the mail
// server of the demo and of the tests. Listens on loopback only.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { SMTPServer } from "smtp-server";

export type SmtpSink = { port: number; messages: string[]; stop: () => Promise<void> };

export async function startSmtpSink(port: number, dir?: string): Promise<SmtpSink> {
  const messages: string[] = [];
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
        messages.push(message);
        if (dir) await writeFile(path.join(dir, `${Date.now()}-${messages.length}.eml`), message);
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const address = server.server.address();
  return {
    port: typeof address === "object" && address ? address.port : port,
    messages,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
