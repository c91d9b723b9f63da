// Script-driven POSTs (autosave, uploads) must come from the portal's own pages: a
// request whose Origin names another site is refused before any work is done.
import { publicUrl } from "@/lib/env";

export function fromOwnOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return request.headers.get("sec-fetch-site") !== "cross-site";
  return origin === new URL(publicUrl()).origin || origin === new URL(request.url).origin;
}
