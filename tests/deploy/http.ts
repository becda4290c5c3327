import { randomUUID } from "node:crypto";
import type postgres from "postgres";
import { SESSION_COOKIE } from "@/bench/lib/survey-users";

/**
 * A page as a signed-out reader's browser asks for it, through a proxy that ends TLS (so the page
 * cache must fill itself over plain HTTP): whether it came from the cache, and its text.
 */
export async function readPage(baseUrl: string, address: string): Promise<{ status: number; cache: string; html: string; headers: Headers }> {
  const response = await fetch(`${baseUrl}${address}`, { headers: { accept: "text/html", "x-forwarded-proto": "https" } });
  return { status: response.status, cache: response.headers.get("x-page-cache") ?? "none", html: await response.text(), headers: response.headers };
}

/** Posts a comment through the JSON API as the session's holder, with a fresh submission key. */
export async function postComment(baseUrl: string, topicId: string, session: string, body: string): Promise<{ status: number; retryAfter: string | null; json: unknown }> {
  const response = await fetch(`${baseUrl}/api/topics/${topicId}/comments`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie: `${SESSION_COOKIE}=${session}` },
    body: JSON.stringify({ body, submissionKey: randomUUID() }),
  });
  return { status: response.status, retryAfter: response.headers.get("retry-after"), json: await response.json() };
}

/**
 * A signed-in resident whose comments are published at once (one of theirs was published a month
 * ago, so a new one is not held as a first comment), made in the database; returns the session token.
 */
export async function trustedResident(sql: postgres.Sql, topicId: string, label: string): Promise<string> {
  return sql.begin(async (tx) => {
    const [user] = await tx<{ id: string }[]>`
      insert into users (email, name, role, email_verified)
      values (${`deploy-${label}-${randomUUID()}@example.net`}, ${`Deploy ${label}`}, 'resident', now()) returning id`;
    if (!user) throw new Error("No user was made");
    await tx`
      insert into comments (topic_id, author_id, body, status, submission_key, created_at)
      values (${topicId}, ${user.id}, 'An earlier comment, published.', 'published', gen_random_uuid(), now() - interval '30 days')`;
    const [session] = await tx<{ token: string }[]>`
      insert into sessions (session_token, user_id, expires)
      values (encode(sha256(gen_random_uuid()::text::bytea), 'hex'), ${user.id}, now() + interval '30 days' - interval '1 minute')
      returning session_token as token`;
    if (!session) throw new Error("No session was made");
    return session.token;
  });
}
