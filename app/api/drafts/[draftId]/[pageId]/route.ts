// Autosave of a filing page while the applicant types (with JavaScript): the same save as
// "Continue", without moving on. Answers the values the registries filled in and the draft's
// new revision; refused with 409 when the draft was saved since the page's revision (from
// another tab or device), whose answers an autosave must not write over.
import { z } from "zod";
import { saveDraftPage } from "@/lib/dossiers/mutations";
import { getDraftForOwner } from "@/lib/dossiers/queries";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { readPageValues } from "@/lib/forms/form-data";
import { refuseUnreadableForm } from "@/lib/http/responses";
import { getActor } from "@/lib/identity/session";
import { fromOwnOrigin } from "@/lib/http/same-origin";
import { currentTime } from "@/lib/time";

/** The draft revision the page was shown at (or last autosaved). */
const revisionSchema = z
  .string()
  .regex(/^\d{1,9}$/)
  .transform(Number);

export async function POST(request: Request, { params }: RouteContext<"/api/drafts/[draftId]/[pageId]">) {
  if (!fromOwnOrigin(request)) return Response.json({ error: "forbidden" }, { status: 403 });
  // A page's answers are text: 256 KB is far more than any form holds.
  const refused = refuseUnreadableForm(request, 256 * 1024);
  if (refused) return refused;
  const { draftId, pageId } = await params;
  const form = await request.formData().catch(() => null);
  if (!form) return Response.json({ error: "invalid" }, { status: 400 });
  try {
    const actor = await getActor();
    const draft = await getDraftForOwner(actor, draftId);
    const page = draft.definition.pages.find((p) => p.id === pageId);
    if (!page) throw new NotFoundError("page");
    const shown = revisionSchema.safeParse(form.get("draft-revision"));
    if (!shown.success) return Response.json({ error: "invalid" }, { status: 400 });
    const result = await saveDraftPage(actor, draftId, pageId, readPageValues(page, form), [], shown.data);
    // From the answers as this save left them: reading the draft again would cost a query and a decryption, and might
    // show another save's.
    const filled = Object.fromEntries(
      page.fields.flatMap((f) =>
        result.provenance[f.id] === "REGISTRY" && typeof result.values[f.id] === "string"
          ? [[f.id, result.values[f.id] as string]]
          : [],
      ),
    );
    return Response.json(
      {
        savedAt: currentTime().toISOString(),
        revision: result.revision,
        errors: result.errors,
        filled,
        registryUnavailable: result.registryUnavailable,
        registryNotConfirmed: result.registryNotConfirmed,
        registryLimited: result.registryLimited,
      },
      { headers: { "cache-control": "no-store" } },
    );
  } catch (error) {
    if (error instanceof NotFoundError) return Response.json({ error: "not_found" }, { status: 404 });
    if (error instanceof ConflictError) return Response.json({ error: "conflict" }, { status: 409 });
    throw error;
  }
}
