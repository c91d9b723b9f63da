// The suites start with one procedure whose e-form is not written yet, as a department has
// for a procedure it has just added: the form builder's tests (tests/integration/form-admin
// and tests/e2e/form-admin) build its first form. Every other procedure keeps the form the
// demo data gives it.
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";

export const FORMLESS_PROCEDURE = "dang-ky-khai-tu";

export async function removeSeededForm(prisma: PrismaClient): Promise<void> {
  await prisma.procedureVersion.updateMany({
    where: { procedure: { slug: FORMLESS_PROCEDURE } },
    data: { formDefinition: Prisma.DbNull },
  });
}
