import { inject } from "vitest";

process.env.DATABASE_URL = inject("databaseUrl");
process.env.VNEID_ISSUER = inject("vneidIssuer");
process.env.VNEID_CLIENT_ID = inject("vneidClient").client_id;
process.env.VNEID_CLIENT_SECRET = inject("vneidClient").client_secret;
