// Versions stored before results had templates (issue 27) get their procedure's seeded
// template, so that a database that already holds the catalogue issues results in their
// legal form too. Only versions with none are touched: an edited template is kept.
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { resultTemplateSchema } from "@/lib/results/template";
import { RESULT_TEMPLATES } from "@/prisma/seed/results";

export async function fillResultTemplates(prisma: PrismaClient, say: (line: string) => void): Promise<void> {
  let filled = 0;
  for (const [slug, template] of Object.entries(RESULT_TEMPLATES)) {
    const { count } = await prisma.procedureVersion.updateMany({
      where: { procedure: { slug }, resultTemplate: { equals: Prisma.DbNull } },
      data: { resultTemplate: resultTemplateSchema.parse(template) },
    });
    filled += count;
  }
  if (filled) say(`gave ${filled} procedure versions their result template`);
}
