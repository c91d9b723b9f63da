// The result the deciding leader is about to sign, as the PDF it will be, unsigned and marked
// as a preview (issue 27, item 2): posted from the decision form with the texts in it, so the
// leader reads exactly what approving issues. Only the leader holding the approval step gets it.
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { notFoundText, refuseUnreadableForm } from "@/lib/http/responses";
import { fromOwnOrigin } from "@/lib/http/same-origin";
import { getActor } from "@/lib/identity/session";
import { previewResult } from "@/lib/processing/workflow";
import { textsFromForm } from "@/lib/results/issue";

/** Ten texts of up to 4,000 characters each, with room for the form's framing. */
const MAX_BODY_BYTES = 64 * 1024;

const text = (status: number, vi: string, en: string) =>
  new Response(`${vi} / ${en}`, { status, headers: { "content-type": "text/plain; charset=utf-8" } });

export async function POST(request: Request, { params }: RouteContext<"/api/dossiers/[code]/xem-truoc-ket-qua">) {
  if (!fromOwnOrigin(request)) return text(403, "Không được phép.", "Forbidden.");
  const refused = refuseUnreadableForm(request, MAX_BODY_BYTES);
  if (refused) return refused;
  const form = await request.formData().catch(() => null);
  if (!form) return text(400, "Yêu cầu không đọc được.", "The request could not be read.");
  const texts = textsFromForm(form);
  const { code } = await params;
  try {
    const pdf = await previewResult(await getActor(), decodeURIComponent(code), texts);
    return new Response(new Uint8Array(pdf), {
      headers: {
        "content-type": "application/pdf",
        "content-disposition": 'inline; filename="xem-truoc-ket-qua.pdf"',
        "cache-control": "private, no-store",
        "x-content-type-options": "nosniff",
        "content-security-policy": "default-src 'none'; frame-ancestors 'none'",
      },
    });
  } catch (error) {
    if (error instanceof NotFoundError) return notFoundText();
    if (error instanceof ForbiddenError)
      return text(403, "Bạn không có quyền xem trước kết quả này.", "You may not preview this result.");
    if (error instanceof ConflictError)
      return text(409, "Hồ sơ không còn ở bước phê duyệt của bạn.", "The dossier is no longer at your approval step.");
    throw error;
  }
}
