// `npm run vneid:rotate-keys`: the stand-in signs with a new key from its next start;
// the previous keys stay in its JWKS so tokens they signed still verify.
import path from "node:path";
import { env } from "@/lib/env";
import { say } from "@/scripts/runtime/log";
import { rotateSigningKeys } from "@/stand-ins/vneid/keys";

rotateSigningKeys(path.join(env().DATA_DIR, "vneid")).then(
  (kid) => say(`new VNeID signing key ${kid}; restart the portal to sign with it`),
  (error: unknown) => {
    say(String(error));
    process.exit(1);
  },
);
