// The portal's client for the national registries. Against the stand-in it calls its
// registry API with the portal's client credentials; a real integration replaces this
// module's URLs and authentication, not its callers.
import "server-only";
import { env } from "@/lib/env";
import type { BusinessRecord, BusinessRegistry, PersonRecord, PopulationRegistry } from "@/lib/registries/records";

export class RegistryUnavailableError extends Error {
  constructor(cause: unknown) {
    super("The national registry did not answer", { cause });
    this.name = "RegistryUnavailableError";
  }
}

async function getRecord<T>(path: string): Promise<T | null> {
  const config = env();
  const base = (process.env.REGISTRY_URL ?? config.VNEID_ISSUER ?? "").replace(/\/$/, "");
  const credentials = Buffer.from(`${config.VNEID_CLIENT_ID}:${config.VNEID_CLIENT_SECRET ?? ""}`).toString("base64");
  let response: Response;
  try {
    response = await fetch(`${base}${path}`, {
      headers: { authorization: `Basic ${credentials}` },
      signal: AbortSignal.timeout(5000),
      cache: "no-store",
    });
  } catch (error) {
    throw new RegistryUnavailableError(error);
  }
  if (response.status === 404) return null;
  if (!response.ok) throw new RegistryUnavailableError(new Error(`status ${response.status}`));
  return (await response.json()) as T;
}

export const populationRegistry: PopulationRegistry = {
  findPerson: (idNumber) =>
    /^\d{12}$/.test(idNumber) ? getRecord<PersonRecord>(`/registry/v1/people/${idNumber}`) : Promise.resolve(null),
};

export const businessRegistry: BusinessRegistry = {
  findBusiness: (code) =>
    /^[A-Za-z0-9]{1,20}$/.test(code)
      ? getRecord<BusinessRecord>(`/registry/v1/businesses/${code}`)
      : Promise.resolve(null),
};
