// Issue 19, low: a server action whose domain call said *not found* or *forbidden* (a
// complaint about another person's dossier, a replayed form) ended on the 500 page.
import { describe, expect, it } from "vitest";
import { domainAction } from "@/lib/errors/actions";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/errors";

const digestOf = async (promise: Promise<unknown>) => ((await promise.then(() => null, (error: unknown) => error)) as { digest?: string } | null)?.digest ?? "";

describe("low: server actions refused by the domain", () => {
  it("low (actions): not found renders the 404 page, forbidden leads to the no-access page in the action's language", async () => {
    expect(await digestOf(domainAction(async () => { throw new NotFoundError("dossier"); })())).toMatch(/^NEXT_HTTP_ERROR_FALLBACK;404/);
    expect(await digestOf(domainAction(async (_code: string, _locale: string) => { throw new ForbiddenError(); })("X", "en"))).toMatch(/^NEXT_REDIRECT;[a-z]+;\/en\/khong-co-quyen;/);
    expect(await digestOf(domainAction(async () => { throw new ForbiddenError(); })())).toMatch(/^NEXT_REDIRECT;[a-z]+;\/khong-co-quyen;/);
  });

  it("lets other errors and results through as they are", async () => {
    await expect(domainAction(async () => { throw new ConflictError("x", "x"); })()).rejects.toBeInstanceOf(ConflictError);
    expect(await domainAction(async (a: number) => a + 1)(1)).toBe(2);
  });
});
