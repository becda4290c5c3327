/**
 * Puts the XSS corpus into the end-to-end database as the app would have stored it after its own
 * validation (text is stored as text; rich text as its sanitised rendering, made by the app's own
 * renderer). The specs then open every page that shows it.
 */
import { randomUUID } from "node:crypto";
import { renderRichText } from "@/lib/rich-text/render";
import { ZSurveyDefinition } from "@/lib/domain/surveys/definition";
import { XSS_ADDRESSES, XSS_CORPUS, type XssPayload } from "@/tests/support/xss-corpus";
import { sql } from "./db";

const run = Date.now().toString(36);
/** Unique on every call: both XSS specs may run in one worker, which loads this module once. */
const tag = (prefix: string, index: number | string) => `${prefix}-${run}-${index}-${Math.random().toString(36).slice(2, 8)}`;

export function chunks<T>(items: readonly T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, index) => items.slice(index * size, index * size + size));
}

/** One account per payload, named with it: emails sort first, so the people list shows them first. */
export async function createPayloadPeople(): Promise<{ id: string; email: string }[]> {
  const batch = tag("batch", 0);
  const rows = XSS_CORPUS.map((payload) => ({ email: `000-xss-${batch}-${String(payload.id).padStart(3, "0")}@example.net`, name: payload.text, role: "resident" }));
  return sql<{ id: string; email: string }[]>`insert into users ${sql(rows)} returning id, email`;
}

/** A tiptap document with every payload as text, as a link target and as an image source. */
function payloadDocument() {
  const text = (value: string, marks?: object[]) => ({ type: "text", text: value, ...(marks ? { marks } : {}) });
  return {
    type: "doc",
    content: [
      ...XSS_CORPUS.map((payload) => ({ type: "paragraph", content: [text(payload.text)] })),
      ...XSS_CORPUS.map((payload) => ({ type: "paragraph", content: [text(`link ${payload.id}`, [{ type: "link", attrs: { href: payload.text } }])] })),
      ...XSS_ADDRESSES.map((payload) => ({ type: "image", attrs: { src: payload.text, alt: payload.text } })),
    ],
  };
}

/**
 * An open topic whose title, summary, body, outcome, key dates and documents carry payloads, with
 * every payload as a comment (50 top-level, the rest replies, so one page shows them all), each by
 * a person whose name is a payload.
 */
export async function createPayloadTopic(title: XssPayload, summary: XssPayload, authors: string[]): Promise<{ id: string; slug: string; commentIds: string[] }> {
  const body = renderRichText(payloadDocument());
  const slug = tag("xss-topic", "main");
  const [topic] = await sql<{ id: string }[]>`
    insert into topics (slug, title, summary, body_json, body_html, body_text, status, outcome_json, outcome_html, outcome_published_at, published_at)
    values (${slug}, ${title.text}, ${summary.text}, ${JSON.stringify(body.json)}::jsonb, ${body.html}, ${body.text}, 'open', ${JSON.stringify(body.json)}::jsonb, ${body.html}, now(), now())
    returning id`;
  if (!topic) throw new Error("The payload topic was not created");
  await sql`insert into topic_key_dates ${sql(XSS_CORPUS.map((payload, index) => ({ topic_id: topic.id, kind: "custom", label: payload.text, date: "2026-12-01", sort_order: index })))}`;
  await sql`insert into topic_documents ${sql(
    XSS_CORPUS.map((payload) => ({ topic_id: topic.id, storage_key: tag("xss-document", payload.id), original_name: payload.text, mime: "application/pdf", kind: "pdf", size: 1024 })),
  )}`;
  const commentIds: string[] = [];
  const roots: string[] = [];
  for (const [index, payload] of XSS_CORPUS.entries()) {
    const parent = index < 50 ? null : (roots[index % 50] ?? null);
    const [row] = await sql<{ id: string }[]>`
      insert into comments (topic_id, author_id, parent_id, depth, body, status, submission_key, created_at)
      values (${topic.id}, ${authors[index] ?? null}, ${parent}, ${parent ? 1 : 0}, ${payload.text}, 'published', ${randomUUID()}, now() - ${`${XSS_CORPUS.length - index} seconds`}::interval)
      returning id`;
    if (!row) throw new Error("A payload comment was not created");
    if (!parent) roots.push(row.id);
    commentIds.push(row.id);
  }
  return { id: topic.id, slug, commentIds };
}

/** A named, open survey asking for the organisation, with one written-answer question. */
export async function createPayloadSurvey(): Promise<{ id: string; slug: string; version: number }> {
  const definition = ZSurveyDefinition.parse({
    sections: [{ id: "about", title: "About you", questions: [{ id: "story", type: "long_text", title: "Tell us your story", maxLength: 5000 }] }],
  });
  const slug = tag("xss-survey", "main");
  const [survey] = await sql<{ id: string; version: number }[]>`
    insert into surveys (slug, title, summary, status, audience, anonymous, asks_organisation, definition)
    values (${slug}, 'XSS corpus survey', 'Written answers carrying the XSS corpus.', 'open', 'anyone', false, true, ${sql.json(definition)})
    returning id, version`;
  if (!survey) throw new Error("The payload survey was not created");
  await sql`insert into survey_versions (survey_id, version, definition, note) values (${survey.id}, ${survey.version}, ${sql.json(definition)}, 'First version')`;
  return { id: survey.id, slug, version: survey.version };
}

/** Submitted responses whose written answers hold the payloads (a chunk each), newest first on the results page. */
export async function insertPayloadResponses(survey: { id: string; version: number }, respondentId: string | null, groups: XssPayload[][], submittedAt: string): Promise<void> {
  // References are unique: four random letters per call, as the worker may call this more than once.
  const batch = Array.from({ length: 4 }, () => "ABCDEFGHJKMNPQRSTVWXYZ"[Math.floor(Math.random() * 22)]).join("");
  for (const [index, group] of groups.entries()) {
    await sql`
      insert into survey_responses (survey_id, status, reference, respondent_id, answers, organisation_name, sector, size_band, furthest_section, survey_version, submitted_at)
      values (${survey.id}, 'submitted', ${`LT-${batch}-${String(index).padStart(4, "0")}`}, ${respondentId},
              ${sql.json({ story: group.map((payload) => payload.text).join("\n\n") })}, ${group[0]?.text ?? null}, 'C', 'small', 1, ${survey.version},
              ${submittedAt}::timestamptz + ${`${index} seconds`}::interval)`;
  }
}

/** An organisation per payload (name, description, place), and every payload as a contact of the first. */
export async function createPayloadPartners(): Promise<{ organisationId: string; organisationIds: string[]; contactIds: string[] }> {
  const organisations = await sql<{ id: string }[]>`insert into organisations ${sql(
    XSS_CORPUS.map((payload) => ({ slug: tag("xss-organisation", payload.id), name: payload.text, type: "community", description: payload.text, place: payload.text })),
  )} returning id`;
  const organisationId = organisations[0]?.id;
  if (!organisationId) throw new Error("No payload organisation");
  const contacts = await sql<{ id: string }[]>`insert into partner_contacts ${sql(
    XSS_CORPUS.map((payload) => ({ organisation_id: organisationId, name: payload.text, role: payload.text, email: `${tag("xss-contact", payload.id)}@example.net` })),
  )} returning id`;
  return { organisationId, organisationIds: organisations.map((row) => row.id), contactIds: contacts.map((row) => row.id) };
}

/** Sent emails with payload subjects and bodies, the newest last: the outbox shows the newest 50. */
export async function insertPayloadEmails(payloads: readonly XssPayload[], to: string, offsetDays: number): Promise<string[]> {
  const rows = payloads.map((payload, index) => ({
    to_address: to,
    subject: payload.text,
    text_body: payload.text,
    html_body: `<!doctype html><html lang="en"><head><title>Email</title></head><body><p>${payload.text}</p></body></html>`,
    category: "moderation",
    idempotency_key: tag(`xss-email-${offsetDays}`, payload.id),
    status: "sent",
    created_at: new Date(Date.now() + offsetDays * 86_400_000 + index * 1000),
    sent_at: new Date(),
  }));
  const inserted = await sql<{ id: string }[]>`insert into email_outbox ${sql(rows)} returning id`;
  return inserted.map((row) => row.id);
}
