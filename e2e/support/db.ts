import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { E2E_DATABASE_URL } from "./settings";

/** Direct access to the test server's database: the tests read the outbox as a mail client would. */
export const sql = postgres(E2E_DATABASE_URL, { max: 2, onnotice: () => undefined });

/** Unique across the workers of one run, for slugs, titles and addresses a test makes. */
export function uniqueTag(): string {
  return `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
}

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

export type Role = "resident" | "employer" | "partner" | "officer" | "admin";

/** A draft topic no one reads: where trusted accounts' earlier comments are kept. */
let earlierCommentsTopic: Promise<string> | undefined;
function earlierCommentsTopicId(): Promise<string> {
  earlierCommentsTopic ??= (async () => {
    await sql`insert into topics (slug, title, summary, body_json, body_html, status)
      values ('e2e-earlier-comments', 'Earlier comments of the end-to-end accounts', 'Never opened.', '{"type":"doc","content":[]}', '', 'draft')
      on conflict (slug) do nothing`;
    const [row] = await sql<{ id: string }[]>`select id from topics where slug = 'e2e-earlier-comments'`;
    if (!row) throw new Error("The topic for earlier comments was not created");
    return row.id;
  })();
  return earlierCommentsTopic;
}

/**
 * A fresh account with the given role, made directly in the database: every journey gets its own
 * people, so journeys neither share state nor run into sign-in or comment rate limits. `trusted`:
 * the account already has a published comment (on a draft topic no one reads), so its comments
 * are published at once rather than held as a new account's first comment.
 */
export async function createAccount(role: Role, name = `Test ${role}`, options: { trusted?: boolean } = {}): Promise<string> {
  const email = uniqueEmail(role);
  const [user] = await sql<{ id: string }[]>`insert into users (email, name, role, email_verified) values (${email}, ${name}, ${role}, now()) returning id`;
  if (options.trusted) {
    await sql`insert into comments (topic_id, author_id, body, status, submission_key, created_at)
      values (${await earlierCommentsTopicId()}, ${user?.id ?? null}, 'An earlier comment, published.', 'published', gen_random_uuid(), now() - interval '30 days')`;
  }
  return email;
}

export async function userId(email: string): Promise<string> {
  const [row] = await sql<{ id: string }[]>`select id from users where email = ${email.toLowerCase()}`;
  if (!row) throw new Error(`No account ${email}`);
  return row.id;
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

export type TestTopic = { id: string; slug: string; title: string };

/**
 * A topic of the journey's own, with the words of a seeded one (`from`, default the first demo
 * topic): journeys that comment, moderate or upload change their own topic, not the demo's. Its
 * title never contains a demo topic's, so pages listing topics still show each demo title once.
 * `themes` copies the demo topic's themes too (it then appears on the home page under them).
 */
export async function createTopic(
  options: { from?: string; title?: string; status?: "draft" | "open" | "closed"; moderation?: "pre" | "post"; themes?: boolean } = {},
): Promise<TestTopic> {
  const tag = uniqueTag();
  const from = options.from ?? "building-a-coventry-that-works-for-all";
  const title = options.title ?? `A journey's own topic ${tag}`;
  const status = options.status ?? "open";
  const [topic] = await sql<TestTopic[]>`
    insert into topics (slug, title, summary, body_json, body_html, body_text, status, moderation_mode, published_at)
    select ${`e2e-topic-${tag}`}, ${title}, summary, body_json, body_html, body_text, ${status}, coalesce(${options.moderation ?? null}::moderation_mode, moderation_mode),
      case when ${status} = 'draft' then null else now() end
    from topics where slug = ${from}
    returning id, slug, title`;
  if (!topic) throw new Error(`No demo topic ${from} to copy`);
  if (options.themes) await sql`insert into topic_themes (topic_id, theme_id) select ${topic.id}, theme_id from topic_themes t join topics f on f.id = t.topic_id where f.slug = ${from}`;
  return topic;
}

export type TestSurvey = { id: string; slug: string; title: string; version: number };

/**
 * A copy of a seeded survey (its questions, audience and settings; no responses, results not
 * published) for journeys that answer a survey or publish its results: the demo survey keeps its
 * 200 responses for everyone else. `title` defaults to the demo title with the copy's tag after it.
 */
export async function copySurvey(slug: string, options: { title?: string; status?: "draft" | "open" } = {}): Promise<TestSurvey> {
  const tag = uniqueTag();
  const [survey] = await sql<TestSurvey[]>`
    insert into surveys (slug, title, summary, status, opens_at, closes_at, audience, anonymous, one_per_person, asks_organisation, thank_you, definition, version)
    select ${`${slug}-${tag}`}, coalesce(${options.title ?? null}, title || ${` (copy ${tag})`}), summary, coalesce(${options.status ?? null}::survey_status, status), opens_at, closes_at,
      audience, anonymous, one_per_person, asks_organisation, thank_you, definition, 1
    from surveys where slug = ${slug}
    returning id, slug, title, version`;
  if (!survey) throw new Error(`No demo survey ${slug} to copy`);
  await sql`insert into survey_versions (survey_id, version, definition, note) select id, 1, definition, 'Copied for an end-to-end journey' from surveys where id = ${survey.id}`;
  return survey;
}

/** A partner organisation of the journey's own (community, in the network unless told otherwise). */
export async function createOrganisation(name = `Journey Partners ${uniqueTag()}`): Promise<{ id: string; name: string }> {
  const [organisation] = await sql<{ id: string; name: string }[]>`
    insert into organisations (slug, name, type, verification, verified_at) values (${`e2e-organisation-${uniqueTag()}`}, ${name}, 'community', 'verified', now()) returning id, name`;
  if (!organisation) throw new Error("The organisation was not created");
  return organisation;
}

/**
 * A self-registered organisation (an employer, unverified unless told otherwise) and a fresh account
 * in it for each role given, with the platform role its people have: journeys about organisations
 * start from here rather than registering through the site each time.
 */
export async function createOrganisationWithPeople(
  roles: ("administrator" | "member")[],
  options: { kind?: "employer" | "partner"; verification?: "unverified" | "verified" | "rejected"; emailDomain?: string } = {},
): Promise<{ id: string; name: string; people: string[] }> {
  const tag = uniqueTag();
  const kind = options.kind ?? "employer";
  const [organisation] = await sql<{ id: string; name: string }[]>`
    insert into organisations (slug, name, type, kind, verification, email_domain, sic_section, size_band)
    values (${`e2e-organisation-${tag}`}, ${`Journey Works ${tag}`}, 'private', ${kind}, ${options.verification ?? "unverified"}, ${options.emailDomain ?? null}, 'C', 'small')
    returning id, name`;
  if (!organisation) throw new Error("The organisation was not created");
  const people: string[] = [];
  for (const [index, role] of roles.entries()) {
    const email = await createAccount(options.verification === "rejected" ? "resident" : kind, `Colleague ${index + 1} ${tag}`);
    await sql`update users set organisation_id = ${organisation.id}, organisation_role = ${role} where email = ${email}`;
    people.push(email);
  }
  return { ...organisation, people };
}
