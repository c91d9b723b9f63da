// Uploads to the data store from a filing page with JavaScript (so the page can show
// progress): the same checks as the plain form post. Answers the new document's id.
import { MAX_FILE_BYTES, uploadDocument } from "@/lib/documents/mutations";
import { NotFoundError, RateLimitedError, StorageUnavailableError, ValidationError } from "@/lib/errors";
import { refuseUnreadableForm } from "@/lib/http/responses";
import { getActor } from "@/lib/identity/session";
import { fromOwnOrigin } from "@/lib/http/same-origin";

export async function POST(request: Request) {
  if (!fromOwnOrigin(request)) return Response.json({ error: "forbidden" }, { status: 403 });
  // The file and the multipart framing around it.
  const refused = refuseUnreadableForm(request, MAX_FILE_BYTES + 64 * 1024);
  if (refused) return refused;
  const form = await request.formData().catch(() => null);
  const file = form?.get("file");
  if (!(file instanceof File))
    return Response.json({ error: { vi: "Chưa chọn tệp.", en: "No file was chosen." } }, { status: 400 });
  try {
    const id = await uploadDocument(await getActor(), {
      name: file.name,
      bytes: new Uint8Array(await file.arrayBuffer()),
    });
    return Response.json({ id, name: file.name }, { status: 201 });
  } catch (error) {
    if (error instanceof ValidationError) {
      // Refused files say why next to the field; too many uploads and a failing store also say when to retry.
      const [status, retryAfter] =
        error instanceof RateLimitedError
          ? [429, error.retryAfterSeconds]
          : error instanceof StorageUnavailableError
            ? [503, 120]
            : [400, null];
      return Response.json(
        { error: Object.values(error.fieldErrors)[0] },
        { status, headers: retryAfter === null ? {} : { "Retry-After": String(retryAfter) } },
      );
    }
    if (error instanceof NotFoundError)
      return Response.json({ error: { vi: "Vui lòng đăng nhập lại.", en: "Please sign in again." } }, { status: 401 });
    throw error;
  }
}
