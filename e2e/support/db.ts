import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { E2E_DATABASE_URL } from "./settings";

/** Direct access to the test server's database: the tests read the outbox as a mail client would. */
export const sql = postgres(E2E_DATABASE_URL, { max: 2, onnotice: () => undefined });

/** The sign-in link from the newest sign-in email to `email`. */
export async function latestSignInLink(email: string): Promise<string> {
  const rows = await sql<{ text_body: string }[]>`
    select text_body from email_outbox
    where to_address = ${email} and category = 'sign-in'
    order by created_at desc limit 1`;
  const body = rows[0]?.text_body;
  if (!body) throw new Error(`No sign-in email for ${email} in the outbox`);
  const link = body.match(/https?:\/\/\S+\/api\/auth\/callback\/email\?\S+/)?.[0];
  if (!link) throw new Error(`The sign-in email for ${email} has no link`);
  return link;
}

export async function countSignInEmails(email: string): Promise<number> {
  const rows = await sql<{ total: number }[]>`select count(*)::int as total from email_outbox where to_address = ${email} and category = 'sign-in'`;
  return rows[0]?.total ?? 0;
}

export function uniqueEmail(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}@example.net`;
}

/**
 * A fresh account with the given role, made directly in the database: journeys that need an
 * officer or an admin get their own, so they neither share state nor run into sign-in rate limits.
 */
export async function createAccount(role: "resident" | "employer" | "partner" | "officer" | "admin", name = `Test ${role}`): Promise<string> {
  const email = uniqueEmail(role);
  await sql`insert into users (email, name, role, email_verified) values (${email}, ${name}, ${role}, now())`;
  return email;
}

/**
 * A database session for an existing account, as Auth.js makes one after a magic link: journeys
 * that are not about signing in start signed in without spending the sign-in rate limits (5 links
 * per address, 30 per network address in 15 minutes). Null when no account has that address.
 */
export async function createSession(email: string): Promise<string | null> {
  const token = randomBytes(32).toString("hex");
  const rows = await sql<{ session_token: string }[]>`
    insert into sessions (session_token, user_id, expires)
    select ${token}, id, now() + interval '1 day' from users where email = ${email.toLowerCase()}
    returning session_token`;
  return rows[0]?.session_token ?? null;
}
