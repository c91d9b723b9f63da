// The draft a filing page shows, read once per request for its title and its body.
import "server-only";
import { cache } from "react";
import { getDraftForOwner } from "@/lib/dossiers/queries";
import { getActor } from "@/lib/identity/session";

export const draftOf = cache(async (draftId: string) => getDraftForOwner(await getActor(), draftId));
