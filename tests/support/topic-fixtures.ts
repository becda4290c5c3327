/**
 * Topic helpers shared by the topic integration tests: this file's own reference rows (themes,
 * communities, neighbourhoods with unique slugs), tiptap documents, a valid topic form and reads.
 * Every test file that uses the reference rows inserts them with `beforeAll(insertReferenceRows)`.
 */
import { and, asc, eq, like } from "drizzle-orm";
import { expect } from "vitest";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import { getDb } from "@/lib/db/client";
import {
  auditLog,
  communitiesOfInterest,
  emailOutbox,
  neighbourhoods,
  themes,
  topicCommunities,
  topicFollows,
  topicKeyDates,
  topicNeighbourhoods,
  topics,
  topicThemes,
} from "@/lib/db/schema";
import { ValidationError } from "@/lib/errors";
import { ZTopicInput, type TTopicInput } from "@/lib/validations/topic";
import { uniqueTag } from "@/tests/support/factories";

const db = () => getDb();
export const tag = uniqueTag("tm-");

export type TopicStatus = (typeof topics.$inferSelect)["status"];
type Ref = { id: string; slug: string; name: string };

/** Reference rows of this file's own (unique slugs), so nothing depends on what else the database holds. */
const ref = { themes: [] as Ref[], communities: [] as Ref[], neighbourhoods: [] as Ref[] };
const pick = (list: Ref[], index: number): Ref => {
  const item = list[index];
  if (!item) throw new Error(`Reference row ${index} is missing`);
  return item;
};
export const theme = (index: number) => pick(ref.themes, index);
export const community = (index: number) => pick(ref.communities, index);
export const neighbourhood = (index: number) => pick(ref.neighbourhoods, index);

/** Inserts the reference rows into `ref`: run it in each test file's beforeAll. */
export async function insertReferenceRows(): Promise<void> {
  // Theme "a" sorts after theme "b"; neighbourhood "z" is named after "a": the public page orders them.
  ref.themes = await db()
    .insert(themes)
    .values([
      { slug: `${tag}-theme-a`, name: `Theme A ${tag}`, kind: "strategic", summary: "For tests", sortOrder: 2001 },
      { slug: `${tag}-theme-b`, name: `Theme B ${tag}`, kind: "underpinning", summary: "For tests", sortOrder: 2000 },
    ])
    .returning({ id: themes.id, slug: themes.slug, name: themes.name });
  ref.communities = await db()
    .insert(communitiesOfInterest)
    .values([
      { slug: `${tag}-carers`, name: `Carers ${tag}`, sortOrder: 2000 },
      { slug: `${tag}-students`, name: `Students ${tag}`, sortOrder: 2001 },
    ])
    .returning({ id: communitiesOfInterest.id, slug: communitiesOfInterest.slug, name: communitiesOfInterest.name });
  ref.neighbourhoods = await db()
    .insert(neighbourhoods)
    .values([
      { slug: `${tag}-zed`, name: `Zed Park ${tag}` },
      { slug: `${tag}-ash`, name: `Ash Green ${tag}` },
    ])
    .returning({ id: neighbourhoods.id, slug: neighbourhoods.slug, name: neighbourhoods.name });
}

// --- tiptap documents -------------------------------------------------------------------------

type Mark = { type: string; attrs?: Record<string, unknown> };
export const text = (value: string, marks?: Mark[]) => ({ type: "text", text: value, ...(marks ? { marks } : {}) });
export const paragraph = (...content: object[]) => ({ type: "paragraph", content });
export const heading = (level: number, value: string) => ({ type: "heading", attrs: { level }, content: [text(value)] });
export const doc = (...content: object[]) => ({ type: "doc", content });
export const plainBody = (value = "A plain description.") => JSON.stringify(doc(paragraph(text(value))));

// --- inputs and reads -------------------------------------------------------------------------

/** A valid form, parsed through ZTopicInput as the action does; overrides are raw form values. */
export function topicInput(overrides: Record<string, unknown> = {}): TTopicInput {
  return ZTopicInput.parse({
    title: `Bus lanes on the ring road ${uniqueTag()}`,
    summary: "Where should the new bus lanes go?",
    bodyJson: plainBody(),
    themeIds: theme(0).id,
    moderationMode: "post",
    ...overrides,
  });
}

export async function topicRow(id: string) {
  const [row] = await db().select().from(topics).where(eq(topics.id, id));
  if (!row) throw new Error(`Topic ${id} is missing`);
  return row;
}

/** A topic's row, links and key dates: everything saveTopic writes. */
export async function topicState(id: string) {
  const [row, themeRows, communityRows, neighbourhoodRows, keyDates] = await Promise.all([
    topicRow(id),
    db().select({ id: topicThemes.themeId }).from(topicThemes).where(eq(topicThemes.topicId, id)),
    db().select({ id: topicCommunities.communityId }).from(topicCommunities).where(eq(topicCommunities.topicId, id)),
    db().select({ id: topicNeighbourhoods.neighbourhoodId }).from(topicNeighbourhoods).where(eq(topicNeighbourhoods.topicId, id)),
    db()
      .select({ kind: topicKeyDates.kind, label: topicKeyDates.label, date: topicKeyDates.date, sortOrder: topicKeyDates.sortOrder })
      .from(topicKeyDates)
      .where(eq(topicKeyDates.topicId, id))
      .orderBy(asc(topicKeyDates.sortOrder)),
  ]);
  const sorted = (rows: { id: string }[]) => rows.map((item) => item.id).sort();
  return { row, themeIds: sorted(themeRows), communityIds: sorted(communityRows), neighbourhoodIds: sorted(neighbourhoodRows), keyDates };
}

export async function topicsTitled(title: string) {
  return db().select({ id: topics.id }).from(topics).where(eq(topics.title, title));
}

export async function topicAudit(topicId: string) {
  return db()
    .select({ actorId: auditLog.actorId, action: auditLog.action, details: auditLog.details })
    .from(auditLog)
    .where(and(eq(auditLog.subjectType, "topic"), eq(auditLog.subjectId, topicId)))
    .orderBy(asc(auditLog.createdAt));
}

export async function mailTo(address: string) {
  return db()
    .select({ subject: emailOutbox.subject, textBody: emailOutbox.textBody, htmlBody: emailOutbox.htmlBody, category: emailOutbox.category, status: emailOutbox.status, idempotencyKey: emailOutbox.idempotencyKey })
    .from(emailOutbox)
    .where(eq(emailOutbox.toAddress, address));
}

/** Outbox rows of any recipient caused by this topic's outcome. */
export async function outcomeMailFor(topicId: string) {
  return db().select({ to: emailOutbox.toAddress }).from(emailOutbox).where(like(emailOutbox.idempotencyKey, `outcome:${topicId}:%`));
}

export async function follow(topicId: string, user: CurrentUser): Promise<void> {
  await db().insert(topicFollows).values({ topicId, userId: user.id });
}

/** Awaits a promise that must fail with a ValidationError and returns it, for its field errors. */
export async function validationError(promise: Promise<unknown>): Promise<ValidationError> {
  const error: unknown = await promise.then(
    () => null,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(ValidationError);
  if (!(error instanceof ValidationError)) throw new Error("Expected a ValidationError");
  return error;
}
