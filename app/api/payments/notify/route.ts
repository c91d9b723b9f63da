// The gateway's server-to-server answer. Anything not validly signed is refused.
import { DomainError } from "@/lib/errors";
import { paramsOf, RESULT_FIELDS } from "@/lib/payments/protocol";
import { settlePayment } from "@/lib/payments/mutations";

export async function POST(request: Request) {
  const body: unknown = await request.json().catch(() => null);
  const entries = body && typeof body === "object" ? Object.entries(body).filter((e): e is [string, string] => typeof e[1] === "string") : [];
  try {
    const settlement = await settlePayment(paramsOf(new URLSearchParams(entries), RESULT_FIELDS));
    return Response.json({ ok: true, outcome: settlement.outcome });
  } catch (error) {
    if (error instanceof DomainError) return Response.json({ ok: false, error: error.code }, { status: error.code === "not_found" ? 404 : 400 });
    throw error;
  }
}
