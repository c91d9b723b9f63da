// Auth.js: sign-in through VNeID (any OpenID Connect issuer: swapping the stand-in for
// the real provider is configuration), database sessions that can be revoked, and the
// sign-in and sign-out events that refresh identity and write the audit log.
import NextAuth from "next-auth";
import { PrismaAdapter } from "@auth/prisma-adapter";
import type { Adapter, AdapterUser } from "next-auth/adapters";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { hashedSessionAdapter } from "./session-token";
import { accountColumns, recordSignIn, recordSignOut } from "./sign-in";
import { identityFromClaims, type VneidClaims } from "./vneid-profile";

/**
 * The Prisma adapter, tolerant of the first sign-in of one person in two browsers at
 * once: both callbacks miss the account and try to create it; the second used to fail
 * on the unique subject and end in Auth.js's "Configuration" error page.
 */
function raceSafeAdapter(): Adapter {
  const base = hashedSessionAdapter(PrismaAdapter(db()));
  const isUniqueViolation = (error: unknown) =>
    error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
  return {
    ...base,
    async createUser(user) {
      try {
        return await base.createUser!(user);
      } catch (error) {
        const subject = (user as { subject?: string }).subject;
        if (!isUniqueViolation(error) || !subject) throw error;
        return (await db().user.findUniqueOrThrow({ where: { subject } })) as unknown as AdapterUser;
      }
    },
    // The provider's tokens are not kept (issue 19 finding 3): the ID token carries the ID
    // number, birth date, phone, e-mail and address, and the portal needs none of them after
    // sign-in, which reads the claims once. Sign-out at VNeID does without the token too.
    async linkAccount(account) {
      try {
        await base.linkAccount!({
          ...account,
          id_token: undefined,
          access_token: undefined,
          refresh_token: undefined,
          session_state: undefined,
        });
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
      }
    },
  };
}

export const VNEID_SCOPES = "openid profile email phone address vneid organization";

export const { handlers, auth, signIn, signOut } = NextAuth(() => {
  const config = env();
  return {
    adapter: raceSafeAdapter(),
    secret: config.AUTH_SECRET,
    trustHost: true,
    basePath: "/api/auth",
    session: { strategy: "database", maxAge: config.SESSION_IDLE_MINUTES * 60, updateAge: 60 },
    pages: { signIn: "/dang-nhap", error: "/dang-nhap" },
    providers: [
      {
        id: "vneid",
        name: "VNeID",
        type: "oidc",
        issuer: config.VNEID_ISSUER,
        clientId: config.VNEID_CLIENT_ID,
        clientSecret: config.VNEID_CLIENT_SECRET,
        checks: ["pkce", "state", "nonce"],
        authorization: { params: { scope: VNEID_SCOPES, acr_values: "LoA2 LoA1" } },
        profile(claims: VneidClaims) {
          return { id: claims.sub, email: null, image: null, ...accountColumns(identityFromClaims(claims)) };
        },
      },
    ],
    callbacks: {
      // Only what pages need; the session token itself never leaves the server.
      session({ session, user }) {
        const row = session as unknown as { id: string };
        return { expires: session.expires, sessionId: row.id, user: { id: user.id, name: user.name ?? null } } as never;
      },
    },
    events: {
      async signIn({ user, profile, isNewUser }) {
        if (user.id && profile) await recordSignIn(user.id, profile as unknown as VneidClaims, Boolean(isNewUser));
      },
      async signOut(message) {
        const session = "session" in message ? (message.session as { userId?: string } | null) : null;
        await recordSignOut(session?.userId ?? null);
      },
    },
    logger: {
      // Auth.js errors can carry tokens and claims: log the kind only.
      error(error) {
        console.error(`[auth] ${error.name}: ${error.message.split("\n")[0]}`);
      },
      warn(code) {
        console.warn(`[auth] warning ${code}`);
      },
      debug() {},
    },
  };
});
