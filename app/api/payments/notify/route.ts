// The gateway's server-to-server answer. Anything not validly signed is refused, and a body
// larger than an answer can be is refused before it is read.
import { DomainError } from "@/lib/errors";
import { BodyRefused, readBoundedJson } from "@/lib/http/body";
import { paramsOf, RESULT_FIELDS } from "@/lib/payments/protocol";
import { settlePayment } from "@/lib/payments/mutations";

/** The gateway's answer is a dozen short fields: 16 KB is ample. */
const MAX_NOTIFY_BYTES = 16 * 1024;

export async function POST(request: Request) {
  let body: unknown;
  try {
    body = await readBoundedJson(request, MAX_NOTIFY_BYTES);
  } catch (error) {
    if (error instanceof BodyRefused) return error.response;
    throw error;
  }
  const entries =
    body && typeof body === "object"
      ? Object.entries(body).filter((e): e is [string, string] => typeof e[1] === "string")
      : [];
  try {
    const settlement = await settlePayment(paramsOf(new URLSearchParams(entries), RESULT_FIELDS));
    return Response.json({ ok: true, outcome: settlement.outcome });
  } catch (error) {
    if (error instanceof DomainError)
      return Response.json({ ok: false, error: error.code }, { status: error.code === "not_found" ? 404 : 400 });
    throw error;
  }
}
