import { randomUUID } from "node:crypto";
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { copySurvey, createTopic, sql } from "./db";
import { createInvitedRecipient } from "./campaigns";
import { createPartnerContact } from "./partner-contacts";

/** The records the authorisation matrix's probes ask about (e2e/support/authz-probes.ts): made for it, and removed after. */
/** The ids, slugs and private text the probes use, all of records made for the matrix. */
export type Demo = Awaited<ReturnType<typeof prepareDemo>>;

async function one<T>(rows: Promise<T[]>, what: string): Promise<T> {
  const [row] = await rows;
  if (!row) throw new Error(`No ${what} in the e2e database: is it seeded?`);
  return row;
}

/** A 1x1 PNG: the document route serves stored bytes as they are. */
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64");
const UPLOAD_DIR = path.resolve(process.env.UPLOAD_DIR ?? ".data/uploads");
/** Each worker's matrix keeps its files in a folder of its own, removed afterwards. */
const matrixFolder = (tag: string) => `uploads/authz-matrix/${tag}`;

async function storedDocument(tag: string, topicId: string): Promise<string> {
  const key = `${matrixFolder(tag)}/${randomUUID()}.png`;
  const file = path.join(UPLOAD_DIR, ...key.split("/"));
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, PNG);
  const row = await one(
    sql<{ id: string }[]>`insert into topic_documents (topic_id, storage_key, original_name, mime, kind, size)
      values (${topicId}, ${key}, 'authz-matrix.png', 'image/png', 'png', ${PNG.byteLength}) returning id`,
    "document",
  );
  return row.id;
}

/** Removes what the matrix made: its files, and its rows (its topics' documents and its surveys' responses go with them). */
export async function cleanUpDemo(demo: Demo | undefined): Promise<void> {
  if (!demo) return;
  await rm(path.join(UPLOAD_DIR, ...matrixFolder(demo.tag).split("/")), { recursive: true, force: true });
  await sql`delete from topics where id in (${demo.topic.id}, ${demo.draftTopic.id})`;
  await sql`delete from users where email = ${`authz-comment-${demo.tag}@example.net`}`;
  await sql`delete from surveys where id in (${demo.survey.id}, ${demo.employerSurvey.id}, ${demo.draftSurvey.id})`;
  await sql`delete from email_outbox where id = ${demo.outbox.id}`;
  await sql`delete from partner_contacts where id = ${demo.contact.id}`;
}

const REFERENCE_LETTERS = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const referencePart = () => Array.from({ length: 4 }, () => REFERENCE_LETTERS[Math.floor(Math.random() * REFERENCE_LETTERS.length)]).join("");

/**
 * The records the probes ask for, made for this matrix alone (each worker that runs matrix tests
 * makes its own): an open topic and a draft one, each with a stored document; an open survey for
 * anyone with its results published and a submitted response, a copy of the employers' survey and
 * a draft survey; a partner contact; an outbox message. Demo records are only copied, never changed.
 */
export async function prepareDemo() {
  const tag = randomUUID().slice(0, 8);
  const topic = await createTopic({ title: `Matrix topic ${tag}` });
  const draftTopic = await createTopic({ title: `Unpublished topic ${tag}`, status: "draft" });
  // A comment by someone no visitor is: everyone may reply to it or report it; no one may edit or delete it.
  const comment = await one(
    sql<{ id: string }[]>`with author as (insert into users (email, name) values (${`authz-comment-${tag}@example.net`}, 'Matrix Author') returning id)
      insert into comments (topic_id, author_id, body, status, submission_key) select ${topic.id}, id, ${`Matrix comment ${tag}`}, 'published', ${randomUUID()} from author returning id`,
    "comment",
  );
  const copied = await copySurvey("a-coventry-that-works-for-all", { title: `Matrix survey ${tag}` });
  // Public results need publishing: the matrix then reads a page that exists rather than a 404.
  const survey = await one(
    sql<{ id: string; slug: string; section: string }[]>`update surveys set results_published_at = now() where id = ${copied.id}
      returning id, slug, definition->'sections'->0->>'id' as section`,
    "open survey for anyone",
  );
  const employerSurvey = await copySurvey("employer-skills-gap-survey", { title: `Matrix employers' survey ${tag}` });
  const draftSurvey = await copySurvey(survey.slug, { title: `Unpublished survey ${tag}`, status: "draft" });
  const reference = await one(
    sql<{ reference: string }[]>`insert into survey_responses (survey_id, status, reference, answers, furthest_section, survey_version, submitted_at)
      values (${survey.id}, 'submitted', ${`LT-${referencePart()}-${referencePart()}`}, ${sql.json({ get_on: 4, belonging: "fairly" })}, 2, 1, now())
      returning reference`,
    "submitted response",
  );
  const created = await createPartnerContact(`Matrix Contact ${tag}`);
  const contact = await one(
    sql<{ id: string; name: string; email: string; organisationId: string; organisation: string }[]>`
      select c.id, c.name, c.email, o.id as "organisationId", o.name as organisation
      from partner_contacts c join organisations o on o.id = c.organisation_id where c.id = ${created.id}`,
    "partner contact",
  );
  const outbox = await one(
    sql<{ id: string; subject: string }[]>`insert into email_outbox (to_address, subject, text_body, html_body, category, idempotency_key)
      values (${`authz-${tag}@example.net`}, ${`Private subject ${tag}`}, ${`Private text ${tag}`}, ${`<p>Private html ${tag}</p>`}, 'authz-matrix', ${`authz-matrix:${tag}`})
      returning id, subject`,
    "outbox message",
  );
  // A campaign and a link of the matrix's own (they go with their surveys).
  const draftCampaign = await one(
    sql<{ id: string; name: string }[]>`insert into survey_campaigns (survey_id, name) values (${draftSurvey.id}, ${`Private campaign ${tag}`}) returning id, name`,
    "campaign",
  );
  const link = await one(
    sql<{ id: string; code: string }[]>`insert into survey_links (survey_id, code) values (${survey.id}, ${`m${tag}x`}) returning id, code`,
    "survey link",
  );
  const campaign = await createInvitedRecipient(survey.id, `Matrix recipient ${tag}`);
  return {
    tag,
    campaign,
    draftCampaign,
    topic,
    link,
    draftTopic,
    comment,
    survey,
    employerSurvey,
    draftSurvey,
    reference: reference.reference,
    contact,
    outbox,
    document: await storedDocument(tag, topic.id),
    draftDocument: await storedDocument(tag, draftTopic.id),
  };
}
