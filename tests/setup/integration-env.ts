import { inject } from "vitest";
import { TEST_IDENTITY_KEYS, TEST_MERCHANT, TEST_SIGNING_CLIENT } from "@/tests/factories/stand-ins";

process.env.DATABASE_URL = inject("databaseUrl");
process.env.VNEID_ISSUER = inject("vneidIssuer");
process.env.VNEID_CLIENT_ID = inject("vneidClient").client_id;
process.env.VNEID_CLIENT_SECRET = inject("vneidClient").client_secret;
process.env.PAYMENT_GATEWAY_URL = inject("paymentGatewayUrl");
process.env.PAYMENT_MERCHANT_ID = TEST_MERCHANT.id;
process.env.PAYMENT_SECRET = TEST_MERCHANT.secret;
process.env.SIGNING_SERVICE_URL = inject("signingServiceUrl");
process.env.SIGNING_CLIENT_ID = TEST_SIGNING_CLIENT.id;
process.env.SIGNING_CLIENT_SECRET = TEST_SIGNING_CLIENT.secret;
// Stored documents are encrypted, as the start command configures the portal.
process.env.DOCUMENT_KEYS = `it:${Buffer.alloc(32, 7).toString("base64url")}`;
// Identities are sealed with the keys the demo data was loaded with.
Object.assign(process.env, TEST_IDENTITY_KEYS);
// Links the portal builds (the gateway's notify URL) lead nowhere during integration tests.
process.env.PUBLIC_URL = "http://127.0.0.1:9";

// Uploaded files go to a throwaway folder (inside the file's temporary folder, see
// temp-folder.ts), not the developer's data folder.
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";

process.env.DATA_DIR = mkdtempSync(path.join(os.tmpdir(), "motcuaso-it-data-"));
