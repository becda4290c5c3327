import type postgres from "postgres";

export const SESSION_COOKIE = "authjs.session-token";

/**
 * Signed-in users made straight in the database, as bench:topics makes its posters: `count`
 * accounts with the given role and an e-mail prefix, each with a session that expires in 30 days
 * (the configured maxAge, so Auth.js has no reason to extend it on every request). Returns the
 * session tokens in account order.
 */
export async function createSignedInUsers(sql: postgres.Sql, role: "employer" | "officer", prefix: string, count: number): Promise<string[]> {
  return sql.begin(async (tx) => {
    await tx`
      insert into users (name, email, role, email_verified, created_at)
      select 'Bench ' || ${role} || ' ' || g, ${prefix} || '-' || g || '@example.net', ${role}::user_role, now() - interval '30 days', now() - interval '30 days'
      from generate_series(1, ${count}::int) g`;
    const sessions = await tx<{ token: string }[]>`
      insert into sessions (session_token, user_id, expires)
      select encode(sha256(gen_random_uuid()::text::bytea), 'hex'), id, now() + interval '30 days' - interval '1 minute'
      from users where email like ${`${prefix}-%`} order by email
      returning session_token as token`;
    return sessions.map((row) => row.token);
  });
}
