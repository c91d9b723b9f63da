import { inject } from "vitest";

process.env.DATABASE_URL = inject("databaseUrl");
process.env.VNEID_ISSUER = inject("vneidIssuer");
process.env.VNEID_CLIENT_ID = inject("vneidClient").client_id;
process.env.VNEID_CLIENT_SECRET = inject("vneidClient").client_secret;

// Uploaded files go to a throwaway folder, not the developer's data folder.
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";

process.env.DATA_DIR = mkdtempSync(path.join(os.tmpdir(), "motcuaso-it-data-"));
