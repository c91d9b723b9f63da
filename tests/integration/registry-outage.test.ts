// The population registry unreachable while a person files: the page saves what they typed,
// marked as typed (unverified), says the registry did not answer, and nothing breaks; once
// the registry answers again, the same page fills from it.
import { afterEach, describe, expect, it } from "vitest";
import { saveDraftPage, startDraft } from "@/lib/dossiers/mutations";
import { getDraftForOwner } from "@/lib/dossiers/queries";
import { registryPersonActor } from "@/tests/factories/actors";
import { freePort } from "@/tests/setup/throwaway-database";

afterEach(() => {
  delete process.env.REGISTRY_URL;
});

describe("filing with the registry down", () => {
  it("keeps the typed answers as unverified and says so; fills from the registry when it is back", async () => {
    // The mother is the applicant's wife in the registry, so the registry fills her details once it answers.
    const citizen = await registryPersonActor("079090001234", "Nguyễn Văn An");
    const { draftId } = await startDraft(citizen, "dang-ky-khai-sinh");
    const typed = {
      motherIdNumber: "079192005678",
      motherName: "Trần Thị Bình",
      motherBirthYear: "1992",
      motherEthnicity: "Kinh",
      motherNationality: "Việt Nam",
      motherAddress: "12 Lê Lợi",
    };

    // Nothing listens there: every registry request is refused.
    process.env.REGISTRY_URL = `http://127.0.0.1:${await freePort()}`;
    const down = await saveDraftPage(citizen, draftId, "me", typed);
    expect(down).toMatchObject({ registryUnavailable: true, filledFromRegistry: false, errors: {} });
    const saved = await getDraftForOwner(citizen, draftId);
    expect(saved.values).toMatchObject({ motherName: "Trần Thị Bình", motherAddress: "12 Lê Lợi" });
    expect(saved.provenance).toMatchObject({ motherName: "TYPED", motherAddress: "TYPED" });

    delete process.env.REGISTRY_URL;
    const up = await saveDraftPage(citizen, draftId, "me", { ...typed, motherIdNumber: "079192005678 " });
    expect(up).toMatchObject({ registryUnavailable: false, filledFromRegistry: true });
    expect((await getDraftForOwner(citizen, draftId)).provenance).toMatchObject({ motherName: "REGISTRY" });
  });
});
