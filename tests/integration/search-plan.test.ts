// The catalogue search filters through the trigram GIN index. The demo catalogue is
// small enough that the planner would rightly scan it, so sequential scans are disabled
// to show that the index can serve the query at all (the plan a large catalogue gets).
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

describe("catalogue search plan", () => {
  const client = new pg.Client({ connectionString: inject("databaseUrl") });
  beforeAll(() => client.connect());
  afterAll(() => client.end());

  it("uses Procedure_searchText_trgm_idx for diacritic-free LIKE terms", async () => {
    await client.query("BEGIN");
    try {
      await client.query("SET LOCAL enable_seqscan = off");
      const { rows } = await client.query(
        `EXPLAIN SELECT id FROM "Procedure" p WHERE p."isActive" AND p."searchText" LIKE $1 AND p."searchText" LIKE $2`,
        ["%khai%", "%sinh%"],
      );
      const plan = rows.map((r) => r["QUERY PLAN"]).join("\n");
      expect(plan).toContain("Procedure_searchText_trgm_idx");
      expect(plan).not.toMatch(/Seq Scan on "Procedure"/);
    } finally {
      await client.query("ROLLBACK");
    }
  });
});
