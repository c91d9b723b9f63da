// `npm run audit:verify`: checks every dossier's event chain and lists each altered,
// unlinked or missing event. Exit code 1 when anything is wrong. Uses DATABASE_URL when
// set, otherwise the embedded PostgreSQL (stop `npm start` first: it holds that one).
import { createPrismaClient } from "@/lib/db/prisma";
import { verifyAllChains } from "@/lib/dossiers/events";
import { openDatabase } from "@/lib/runtime/database";
import { say } from "@/lib/runtime/log";

const PROBLEMS = { altered: "event content changed", "broken-link": "an event before it is missing or was reordered", unchained: "event written outside the chain", "end-missing": "the newest events are missing" };

async function main() {
  const database = await openDatabase();
  const prisma = createPrismaClient(database.url, 2);
  try {
    const report = await verifyAllChains(prisma, (p) => say(`${p.dossierCode}${p.eventId ? ` event ${p.eventId}` : ""}: ${PROBLEMS[p.problem]}`));
    say(`checked ${report.dossiers} dossiers: ${report.problems === 0 ? "every event chain is intact" : `${report.problems} problems`}`);
    process.exitCode = report.problems === 0 ? 0 : 1;
  } finally {
    await prisma.$disconnect();
    await database.stop();
  }
}

main().catch((error: unknown) => {
  say(error instanceof Error ? error.message : String(error));
  process.exit(2);
});
