// Post/redirect/get for forms outside the filing journey: an action stores what the
// person typed and the errors in a short-lived, http-only cookie tagged with a nonce,
// then redirects to the page with that nonce; the page shows them once more. Works the
// same with and without JavaScript, and keeps typed personal data out of URLs and logs.
// A browser keeps a cookie of at most about 4 KB, so a large form's flash (the version
// rules, a long list of options) is kept in the database instead, for two minutes, and the
// cookie names its row: nothing typed is lost because the form was long.
import "server-only";
import { randomUUID } from "node:crypto";
import { cookies } from "next/headers";
import { db } from "@/lib/db";
import { currentTimeMs } from "@/lib/time";
import { shortLivedCookie } from "@/lib/http/cookies";
import type { ActionState } from "@/lib/errors/action-state";

const COOKIE = "form-flash";
const LIFETIME_SECONDS = 120;
/** The longest flash kept in the cookie itself, in bytes (a browser keeps about 4,096 per cookie). */
const COOKIE_BYTES = 3000;
/** The most typed text a stored flash keeps, in characters: far more than any form of the portal posts. */
const STORED_CHARACTERS = 500_000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The state with its typed values cut to a total length (what is left out is typed again, never wrong). */
function bounded(state: ActionState): ActionState {
  if (!state.values) return state;
  let room = STORED_CHARACTERS;
  const values: Record<string, string> = {};
  for (const [name, value] of Object.entries(state.values)) {
    room -= name.length + value.length;
    if (room < 0) break;
    values[name] = value;
  }
  return { ...state, values };
}

export async function setFlash(state: ActionState): Promise<string> {
  const nonce = randomUUID().slice(0, 8);
  let cookie = JSON.stringify({ nonce, state });
  if (Buffer.byteLength(cookie) > COOKIE_BYTES) {
    const now = currentTimeMs();
    const [row] = await db().$transaction([
      db().formFlash.create({
        data: { state: bounded(state), expiresAt: new Date(now + LIFETIME_SECONDS * 1000) },
        select: { id: true },
      }),
      db().formFlash.deleteMany({ where: { expiresAt: { lt: new Date(now) } } }),
    ]);
    cookie = JSON.stringify({ nonce, stored: row.id });
  }
  (await cookies()).set(COOKIE, cookie, shortLivedCookie(LIFETIME_SECONDS));
  return nonce;
}

/** The flashed state for this nonce, or an empty state. */
export async function readFlash(nonce: unknown): Promise<ActionState> {
  if (typeof nonce !== "string") return {};
  const raw = (await cookies()).get(COOKIE)?.value;
  if (!raw) return {};
  let parsed: { nonce?: unknown; state?: ActionState; stored?: unknown };
  try {
    parsed = JSON.parse(raw) as typeof parsed;
  } catch {
    return {};
  }
  if (parsed.nonce !== nonce) return {};
  if (typeof parsed.stored !== "string") return parsed.state ?? {};
  if (!UUID.test(parsed.stored)) return {};
  const row = await db().formFlash.findFirst({
    where: { id: parsed.stored, expiresAt: { gt: new Date(currentTimeMs()) } },
    select: { state: true },
  });
  return (row?.state as ActionState | undefined) ?? {};
}
