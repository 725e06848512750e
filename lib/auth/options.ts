// next-auth: email and password sign-in, sessions in a signed JWT cookie
// (httpOnly; secure whenever the app is served over https). A token names the
// user's session version and password stamp (sessions.ts), so signing out
// ends it on the server too, not just in this browser.
import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getSql } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { clientAddress, peerAddressStamped } from "./client-address";
import { safeRedirectUrl } from "./redirects";
import { revokeSessions, sessionClaimsSchema } from "./sessions";
import { checkSignIn, credentialsSchema, type SignedInUser } from "./sign-in";
import { SIGN_IN_UNAVAILABLE, tooManyAttemptsError } from "./sign-in-errors";

/** The key of the password stamps: the session secret (next-auth has its own fallback in development). */
export function stampSecret(): string {
  return getEnv().AUTH_SECRET ?? "";
}

export function authOptions(): NextAuthOptions {
  const env = getEnv();
  return {
    secret: env.AUTH_SECRET,
    session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
    pages: { signIn: "/login" },
    providers: [
      CredentialsProvider({
        name: "Email",
        credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
        async authorize(raw, request) {
          const parsed = credentialsSchema.safeParse(raw);
          if (!parsed.success) return null;
          const address = clientAddress(request?.headers ?? {}, { proxies: env.TRUST_PROXY, stamped: peerAddressStamped() });
          let result;
          try {
            result = await checkSignIn(await getSql(), { ...parsed.data, address }, { secret: stampSecret() });
          } catch (error) {
            // next-auth hands the message of what is thrown to the browser: never a database's.
            console.error("Sign-in could not be checked:", error);
            throw new Error(SIGN_IN_UNAVAILABLE);
          }
          if (!result.ok) {
            if (result.retryAfterMs !== null) throw new Error(tooManyAttemptsError(result.retryAfterMs));
            return null;
          }
          return { ...result.user, id: String(result.user.id) };
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user) {
          const signedIn = user as unknown as Omit<SignedInUser, "id"> & { id: string };
          token.uid = Number(signedIn.id);
          token.sv = signedIn.sessionVersion;
          token.ps = signedIn.passwordStamp;
        }
        return token;
      },
      session({ session, token }) {
        if (session.user) (session.user as { id?: number }).id = token.uid as number;
        Object.assign(session, { sv: token.sv, ps: token.ps });
        return session;
      },
      redirect({ url, baseUrl }) {
        return safeRedirectUrl(url, baseUrl);
      },
    },
    events: {
      async signOut({ token }) {
        const claims = sessionClaimsSchema.safeParse({ userId: token?.uid, sessionVersion: token?.sv, passwordStamp: token?.ps });
        if (claims.success) await revokeSessions(await getSql(), claims.data.userId, claims.data.sessionVersion);
      },
    },
  };
}
