// Actors for authorization tests: real users and sessions in the database, and the
// Actor values getActor() would build for them. The standard matrix of every domain
// function: the owner, another citizen, a clerk of the competent agency, a clerk of
// another agency, and an administrator.
import { randomInt, randomUUID } from "node:crypto";
import type { StaffRole } from "@/lib/generated/prisma/enums";
import type { PersonActor } from "@/lib/identity/actor";
import { composeIdNumber } from "@/lib/identity/id-number";
import { createPrismaClient } from "@/lib/db/prisma";
import { DomainError } from "@/lib/errors";
import { identityColumns, sealIdNumber, type SealedIdentity } from "@/lib/security/identity-sealing";

const prisma = () => createPrismaClient(process.env.DATABASE_URL!, 2);

/**
 * A test person's ID number: a random serial, tried again when another test file already has
 * it (the whole run shares one database, and files numbered from random starts collided).
 */
async function createWithFreshIdNumber<T>(
  create: (idNumber: string) => Promise<T>,
): Promise<{ idNumber: string; created: T }> {
  for (let attempt = 0; ; attempt++) {
    const idNumber = composeIdNumber("079", 1990, "male", randomInt(0, 1_000_000));
    try {
      return { idNumber, created: await create(idNumber) };
    } catch (error) {
      if (attempt >= 5 || (error as { code?: string }).code !== "P2002") throw error;
    }
  }
}

/** A person who has signed in, with a live session and the given staff roles. */
export async function createPersonActor(
  options: {
    name?: string;
    identity?: Partial<Omit<SealedIdentity, "idNumber">>;
    roles?: Array<{ role: StaffRole; agencyId: string | null }>;
    actingFor?: PersonActor["actingFor"];
  } = {},
): Promise<PersonActor> {
  const client = prisma();
  try {
    const { idNumber, created: user } = await createWithFreshIdNumber((idNumber) =>
      client.user.create({
        data: {
          kind: "PERSON",
          subject: randomUUID(),
          ...identityColumns({ idNumber, ...options.identity }),
          fullName: options.name ?? "Người Kiểm Thử",
          accountLevel: 2,
          identitySource: "VNeID",
          verifiedAt: new Date(),
        },
      }),
    );
    const session = await client.session.create({
      data: {
        sessionToken: randomUUID(),
        userId: user.id,
        expires: new Date(Date.now() + 3600_000),
        actingForOrganisationId: options.actingFor?.organisationId ?? null,
      },
    });
    const person = sealIdNumber(idNumber);
    for (const r of options.roles ?? [])
      await client.staffAssignment.create({
        data: { idNumberHash: person.hash, idNumberSealed: person.sealed, role: r.role, agencyId: r.agencyId },
      });
    return {
      kind: "person",
      userId: user.id,
      sessionId: session.id,
      fullName: user.fullName,
      accountLevel: 2,
      idNumber,
      idNumberHash: person.hash,
      actingFor: options.actingFor ?? null,
      roles: options.roles ?? [],
    };
  } finally {
    await client.$disconnect();
  }
}

/**
 * A person of the simulated population registry (e.g. Nguyễn Văn An, 079090001234), signed
 * in with a session of their own; the account is shared by every test that asks for them.
 */
export async function registryPersonActor(idNumber: string, fullName: string): Promise<PersonActor> {
  const client = prisma();
  try {
    const person = sealIdNumber(idNumber);
    const user =
      (await client.user.findUnique({ where: { idNumberHash: person.hash } })) ??
      (await client.user.create({
        data: {
          kind: "PERSON",
          subject: randomUUID(),
          ...identityColumns({ idNumber }),
          fullName,
          accountLevel: 2,
          identitySource: "VNeID",
          verifiedAt: new Date(),
        },
      }));
    const session = await client.session.create({
      data: { sessionToken: randomUUID(), userId: user.id, expires: new Date(Date.now() + 3600_000) },
    });
    return {
      kind: "person",
      userId: user.id,
      sessionId: session.id,
      fullName: user.fullName,
      accountLevel: 2,
      idNumber,
      idNumberHash: person.hash,
      actingFor: null,
      roles: [],
    };
  } finally {
    await client.$disconnect();
  }
}

/** The ids of demo agencies, in the order of their slugs. */
export async function agencyIds<const S extends readonly string[]>(...slugs: S): Promise<{ [K in keyof S]: string }> {
  const client = prisma();
  try {
    const agencies = await client.agency.findMany({
      where: { slug: { in: [...slugs] } },
      select: { id: true, slug: true },
    });
    return slugs.map((slug) => {
      const agency = agencies.find((a) => a.slug === slug);
      if (!agency) throw new Error(`no demo agency ${slug}`);
      return agency.id;
    }) as { [K in keyof S]: string };
  } finally {
    await client.$disconnect();
  }
}

/** A person with one staff role at an agency. */
export const createStaff = (role: StaffRole, agencyId: string, name?: string) =>
  createPersonActor({ name, roles: [{ role, agencyId }] });

export type MatrixName = "owner" | "anotherCitizen" | "competentClerk" | "otherClerk" | "admin";
export type Outcome = "allowed" | "not-found";

/** "allowed", "not-found", or the unexpected error, for one call. */
export async function outcomeOf(call: () => Promise<unknown>): Promise<string> {
  try {
    await call();
    return "allowed";
  } catch (error) {
    if (error instanceof DomainError && error.code === "not_found") return "not-found";
    return error instanceof DomainError && error.code === "forbidden" ? "refused" : `error: ${String(error)}`;
  }
}

/** Runs `call` as each actor and compares who was allowed and who got *not found*. */
export async function expectAuthorizationMatrix(
  actors: Record<MatrixName, PersonActor>,
  call: (actor: PersonActor) => Promise<unknown>,
  expected: Record<MatrixName, Outcome>,
) {
  // Loaded here, so that the creation helpers above also serve scripts outside vitest (the crash test).
  const { expect } = await import("vitest");
  const actual = {} as Record<MatrixName, Outcome | string>;
  for (const name of Object.keys(expected) as MatrixName[]) actual[name] = await outcomeOf(() => call(actors[name]));
  expect(actual).toEqual(expected);
}
