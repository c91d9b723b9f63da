// The server-action pipeline (lib/web/action.ts): what a form posts and a page binds is
// parsed, and every refusal or failure leads where a person expects, with what they typed.
// Issue 19, low: a server action whose domain call said *not found* or *forbidden* (a
// complaint about another person's dossier, a replayed form) ended on the 500 page.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";

// The request around an action: its cookies, and nobody signed in.
const jar = new Map<string, string>();
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined),
    set: (name: string, value: string) => void jar.set(name, value),
    delete: (name: string) => void jar.delete(name),
  }),
}));
vi.mock("@/lib/identity/session", () => ({ getActor: async () => ({ kind: "anonymous" }) }));

const { boundKey, serverAction, stateAction, textField } = await import("@/lib/web/action");
const { readFlash } = await import("@/lib/web/flash");

/** What an action threw for Next to act on (a redirect, the 404 page), as its digest. */
const digestOf = async (promise: Promise<unknown>) =>
  (
    (await promise.then(
      () => null,
      (error: unknown) => error,
    )) as { digest?: string } | null
  )?.digest ?? "";
/** The address a redirect leads to. */
const target = (digest: string) => digest.split(";")[2] ?? "";

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
}

const action = (run: () => Promise<string>) =>
  serverAction({
    name: "test.answer",
    bound: boundKey,
    input: z.object({ answer: textField(10) }),
    back: ({ key, locale }) => ({ path: `/${locale}/thing/${key}`, form: "answer", anchor: "answer-title" }),
    run,
  });

beforeEach(() => jar.clear());
afterEach(() => vi.restoreAllMocks());

describe("server actions", () => {
  it("go where the domain call says when it succeeds", async () => {
    expect(target(await digestOf(action(async () => "/vi/done")("X", "vi", form({ answer: "yes" }))))).toBe("/vi/done");
  });

  it(
    "low (actions): not found renders the 404 page, forbidden leads to the no-access page in the action's " +
      "language",
    async () => {
      expect(
        await digestOf(
          action(async () => {
            throw new NotFoundError("dossier");
          })("X", "vi", form({})),
        ),
      ).toMatch(/^NEXT_HTTP_ERROR_FALLBACK;404/);
      expect(
        target(
          await digestOf(
            action(async () => {
              throw new ForbiddenError();
            })("X", "en", form({})),
          ),
        ),
      ).toBe("/en/khong-co-quyen");
      expect(
        target(
          await digestOf(
            action(async () => {
              throw new ForbiddenError();
            })("X", "vi", form({})),
          ),
        ),
      ).toBe("/khong-co-quyen");
    },
  );

  it(
    "treat bound arguments as hostile: a key that is not one is not found, a locale that is not one is " + "Vietnamese",
    async () => {
      const run = vi.fn(async () => "/vi/done");
      expect(await digestOf(action(run)("x".repeat(500), "vi", form({})))).toMatch(/^NEXT_HTTP_ERROR_FALLBACK;404/);
      expect(await digestOf(action(run)({ key: "X" }, "vi", form({})))).toMatch(/^NEXT_HTTP_ERROR_FALLBACK;404/);
      expect(run).not.toHaveBeenCalled();
      expect(
        target(
          await digestOf(
            action(async () => {
              throw new ForbiddenError();
            })("X", "//evil.example", form({})),
          ),
        ),
      ).toBe("/khong-co-quyen");
    },
  );

  it("bring a refused answer back beside its field, with what was typed", async () => {
    const refused = action(async () => {
      throw new ValidationError({ answer: { vi: "Chưa đủ.", en: "Not enough." } });
    });
    const to = target(await digestOf(refused("X", "vi", form({ answer: "maybe" }))));
    expect(to).toMatch(/^\/vi\/thing\/X\?f=[0-9a-f]{8}#answer-title$/);
    const flash = await readFlash(new URL(to, "http://x").searchParams.get("f"));
    expect(flash).toEqual({
      fieldErrors: { answer: { vi: "Chưa đủ.", en: "Not enough." } },
      values: { answer: "maybe" },
      form: "answer",
    });
  });

  it("refuse what fails the form's schema before the domain is asked", async () => {
    const run = vi.fn(async () => "/vi/done");
    const strict = serverAction({
      name: "test.strict",
      bound: boundKey,
      input: z.object({ id: z.uuid() }),
      back: () => ({ path: "/vi/x" }),
      run,
    });
    const to = target(await digestOf(strict("X", "vi", form({ id: "not-an-id" }))));
    expect(run).not.toHaveBeenCalled();
    const flash = await readFlash(new URL(to, "http://x").searchParams.get("f"));
    expect(Object.keys(flash.fieldErrors ?? {})).toEqual(["id"]);
    expect(flash.fieldErrors?.id?.vi).toMatch(/chưa hợp lệ/);
    expect(flash.values).toEqual({ id: "not-an-id" });
  });

  it("say at the top of the page that someone acted first", async () => {
    const to = target(
      await digestOf(
        action(async () => {
          throw new ConflictError("Hồ sơ vừa thay đổi.", "The dossier changed.");
        })("X", "en", form({ answer: "a" })),
      ),
    );
    expect(to).toMatch(/^\/en\/thing\/X\?f=[0-9a-f]{8}$/);
    expect(await readFlash(new URL(to, "http://x").searchParams.get("f"))).toEqual({
      message: { vi: "Hồ sơ vừa thay đổi.", en: "The dossier changed." },
    });
  });

  it("log an unexpected failure with a reference and never its message; the person keeps what they typed", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const to = target(
      await digestOf(
        action(async () => {
          throw new TypeError("row for 079203001234 Nguyễn Văn A");
        })("X", "vi", form({ answer: "mine" })),
      ),
    );
    expect(logged).toHaveBeenCalledTimes(1);
    const line = String(logged.mock.calls[0]![0]);
    expect(line).toMatch(/^\[action test\.answer\] [0-9a-f]{8} TypeError/);
    expect(line).not.toMatch(/079203001234|Nguyễn/);
    const flash = await readFlash(new URL(to, "http://x").searchParams.get("f"));
    expect(flash.message?.vi).toContain(line.split(" ")[2]);
    expect(flash.values).toEqual({ answer: "mine" });
  });

  it("let a form that keeps its own state have its refusal as state", async () => {
    const publish = stateAction({
      name: "test.publish",
      bound: boundKey,
      refused: (error) => ({ problems: Object.keys(error.fieldErrors) }),
      run: async (): Promise<{ problems: string[] }> => {
        throw new ValidationError({ "pages.0": { vi: "x", en: "x" } });
      },
    });
    expect(await publish("slug", "vi", { problems: [] }, form({}))).toEqual({ problems: ["pages.0"] });
  });
});
