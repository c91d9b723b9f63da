// `npm run audit:verify`: checks every dossier's event chain and lists each altered,
// unlinked, unkeyed or missing event, then checks every signed anchor in
// DATA_DIR/audit-anchors against the events as they are. Exit code 1 when anything is wrong. Uses DATABASE_URL when
// set, otherwise the embedded PostgreSQL (stop `npm start` first: it holds that one).
import path from "node:path";
import { ANCHOR_FOLDER, verifyAnchors } from "@/lib/audit/anchors";
import { createPrismaClient } from "@/lib/db/prisma";
import { env } from "@/lib/env";
import { applyIdentityKeys, loadOrCreateSecrets } from "@/scripts/runtime/secrets";
import { verifyAllChains } from "@/lib/dossiers/events";
import { openDatabase } from "@/scripts/runtime/database";
import { say } from "@/scripts/runtime/log";

const PROBLEMS = {
  altered: "event content changed",
  "broken-link": "an event before it is missing or was reordered",
  unchained: "event written outside the chain",
  unkeyed: "event hashed without the chain key (written around the portal, or not yet rekeyed)",
  "unknown-key": "event hashed with a key AUDIT_CHAIN_KEYS no longer holds",
  "end-missing": "the newest events are missing",
};

const ANCHOR_PROBLEMS = {
  unreadable: "not an anchor file",
  "bad-signature": "its signature does not hold (the file was changed)",
  differs: "dossiers or events covered by it were removed or rewritten",
};

async function main() {
  const database = await openDatabase();
  const prisma = createPrismaClient(database.url, 2);
  try {
    applyIdentityKeys(await loadOrCreateSecrets(env().DATA_DIR));
    const report = await verifyAllChains(prisma, (p) =>
      say(`${p.dossierCode}${p.eventId ? ` event ${p.eventId}` : ""}: ${PROBLEMS[p.problem]}`),
    );
    say(
      `checked ${report.dossiers} dossiers: ` +
        `${report.problems === 0 ? "every event chain is intact" : `${report.problems} problems`}`,
    );
    const anchors = await verifyAnchors(prisma, path.join(env().DATA_DIR, ANCHOR_FOLDER));
    for (const p of anchors.problems) say(`anchor ${p.file}: ${ANCHOR_PROBLEMS[p.problem]}`);
    say(
      `checked ${anchors.anchors} daily anchors: ` +
        `${anchors.problems.length === 0 ? "the events match every one" : `${anchors.problems.length} problems`}`,
    );
    process.exitCode = report.problems === 0 && anchors.problems.length === 0 ? 0 : 1;
  } finally {
    await prisma.$disconnect();
    await database.stop();
  }
}

main().catch((error: unknown) => {
  say(error instanceof Error ? error.message : String(error));
  process.exit(2);
});
