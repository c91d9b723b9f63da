// Inputs of identity actions; the same schemas validate forms on the client and the server.
import { z } from "zod";
import { checkIdNumber } from "@/lib/identity/id-number";

/** Every staff role, in the order forms list them. */
export const ROLES = [
  "RECEPTION_CLERK",
  "SPECIALIST",
  "LEADER",
  "AGENCY_ADMIN",
  "SYSTEM_ADMIN",
  "INSPECTOR",
  "PROCEDURE_EDITOR",
] as const;

export const idNumberSchema = z
  .string()
  .trim()
  .refine((v) => checkIdNumber(v).length === 0, { message: "id-number" });

/** An enterprise code as people write it ("0312 345 678", "0312.345.678"): spaces and dots are left out. */
export const enterpriseCodeSchema = z
  .string()
  .transform((code) => code.replace(/[\s.]/g, ""))
  .pipe(z.string().regex(/^[A-Za-z0-9]{8,20}$/, { message: "enterprise-code" }));

export const actForSchema = z.object({ enterpriseCode: z.union([enterpriseCodeSchema, z.literal("")]) });

export const grantMandateSchema = z.object({ idNumber: idNumberSchema });

/** Named after its form field, which sits on a page beside another ID-number field. */
export const endSessionsSchema = z.object({ sessionsIdNumber: idNumberSchema });

export const assignRoleSchema = z.object({
  idNumber: idNumberSchema,
  role: z.enum(ROLES, { message: "role" }),
  agencyId: z.union([z.uuid({ message: "agency" }), z.literal("")]),
});

export const idSchema = z.object({ id: z.uuid() });
