import "server-only";
import { DrizzleAdapter } from "@auth/drizzle-adapter";
import NextAuth from "next-auth";
import { getLocale } from "next-intl/server";
import { getDb } from "@/lib/db/client";
import { accounts, sessions, users, verificationTokens } from "@/lib/db/schema";
import { env } from "@/lib/env";
import { grantConfiguredAdmin } from "@/lib/server/people/grant-configured-admin";
import { sendMagicLink } from "@/lib/server/auth/send-magic-link";
import { rememberFirstLanguage } from "@/lib/server/profile/set-language";
import { MAGIC_LINK_MINUTES, SESSION_MAX_AGE_SECONDS, SESSION_UPDATE_AGE_SECONDS } from "@/lib/domain/access/sign-in-settings";
import { ZRole } from "@/lib/domain/access/roles";
import { siteRedirect, siteSignInLink } from "./site-link";

/**
 * Auth.js: email magic links (15 minutes, single use: the adapter deletes a token as it is used)
 * and database sessions, so a session can be revoked by deleting its row.
 * Lazily configured so nothing touches the database at build time.
 */
export const { handlers,  signIn, signOut } = NextAuth(() => ({
  adapter: DrizzleAdapter(getDb(), {
    usersTable: users,
    accountsTable: accounts,
    sessionsTable: sessions,
    verificationTokensTable: verificationTokens,
  }),
  secret: env.AUTH_SECRET,
  trustHost: true,
  session: { strategy: "database", maxAge: SESSION_MAX_AGE_SECONDS, updateAge: SESSION_UPDATE_AGE_SECONDS },
  pages: { signIn: "/sign-in", verifyRequest: "/sign-in/check-email", error: "/sign-in/error" },
  providers: [
    {
      id: "email",
      type: "email",
      name: "Email",
      from: env.EMAIL_FROM,
      maxAge: MAGIC_LINK_MINUTES * 60,
      options: {},
      // The link names the site's own origin (AUTH_URL), whatever host the request arrived on; the
      // email is in the language the person is using the site in.
      sendVerificationRequest: async ({ identifier, url, token }) => sendMagicLink({ email: identifier, url: siteSignInLink(url, env.AUTH_URL), token, locale: await getLocale() }),
    },
  ],
  callbacks: {
    /** After sign-in or sign-out: a same-site path on the site's origin, else the home page. */
    redirect({ url, baseUrl }) {
      return siteRedirect(url, env.AUTH_URL, baseUrl);
    },
    /** What the server reads of a session: never the session token or the rest of the user row. */
    session({ session, user }) {
      return { expires: session.expires, user: { id: user.id, email: user.email, name: user.name ?? null, role: ZRole.parse(user.role) } };
    },
  },
  events: {
    async signIn({ user }) {
      if (user.id && user.email) await grantConfiguredAdmin({ userId: user.id, email: user.email });
      if (user.id) await rememberFirstLanguage(user.id, await getLocale());
    },
  },
}));
