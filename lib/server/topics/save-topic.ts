import "server-only";
import { and, eq, inArray, like, ne } from "drizzle-orm";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import { getDb, type Executor } from "@/lib/db/client";
import { communitiesOfInterest, neighbourhoods, themes, topicCommunities, topicKeyDates, topicNeighbourhoods, topics, topicThemes } from "@/lib/db/schema";
import { fieldProblem, NotFoundError, ValidationError, type MessageKey } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { consumeRateLimit } from "@/lib/server/rate-limit/consume-rate-limit";
import { firstFreeSlug, slugify } from "@/lib/text/slugify";
import type { TTopicInput } from "@/lib/validations/topic";
import { parseRichTextField } from "@/lib/server/topics/shared/parse-rich-text-field";

/** Officers' topic writes (saves, status changes, outcomes) share one limit. */
export const TOPIC_WRITE_RATE = { limit: 60, windowSeconds: 600 };

async function uniqueSlug(tx: Executor, title: string, exceptId?: string): Promise<string> {
  const base = slugify(title) || "topic";
  const taken = new Set(
    (await tx.select({ slug: topics.slug }).from(topics).where(and(like(topics.slug, `${base}%`), exceptId ? ne(topics.id, exceptId) : undefined))).map((row) => row.slug),
  );
  return firstFreeSlug(base, taken);
}

async function assertAllExist(tx: Executor, table: typeof themes | typeof communitiesOfInterest | typeof neighbourhoods, ids: string[], field: string, key: MessageKey) {
  if (ids.length === 0) return;
  const found = await tx.select({ id: table.id }).from(table).where(inArray(table.id, ids));
  if (found.length !== new Set(ids).size) throw new ValidationError(key, fieldProblem(field, key));
}

async function replaceLinks(tx: Executor, topicId: string, input: TTopicInput): Promise<void> {
  await assertAllExist(tx, themes, input.themeIds, "themeIds", "validation.choose.themes");
  await assertAllExist(tx, communitiesOfInterest, input.communityIds, "communityIds", "validation.choose.communities");
  await assertAllExist(tx, neighbourhoods, input.neighbourhoodIds, "neighbourhoodIds", "validation.choose.neighbourhoods");
  await Promise.all([
    tx.delete(topicThemes).where(eq(topicThemes.topicId, topicId)),
    tx.delete(topicCommunities).where(eq(topicCommunities.topicId, topicId)),
    tx.delete(topicNeighbourhoods).where(eq(topicNeighbourhoods.topicId, topicId)),
    tx.delete(topicKeyDates).where(eq(topicKeyDates.topicId, topicId)),
  ]);
  await tx.insert(topicThemes).values(input.themeIds.map((themeId) => ({ topicId, themeId })));
  if (input.communityIds.length) await tx.insert(topicCommunities).values(input.communityIds.map((communityId) => ({ topicId, communityId })));
  if (input.neighbourhoodIds.length) await tx.insert(topicNeighbourhoods).values(input.neighbourhoodIds.map((neighbourhoodId) => ({ topicId, neighbourhoodId })));
  const dates = [
    input.opensOn ? { kind: "opens" as const, label: null, date: input.opensOn } : null,
    input.closesOn ? { kind: "closes" as const, label: null, date: input.closesOn } : null,
    input.decisionOn ? { kind: "decision" as const, label: null, date: input.decisionOn } : null,
    input.customDate ? { kind: "custom" as const, label: input.customLabel, date: input.customDate } : null,
  ].filter((item) => item !== null);
  if (dates.length) await tx.insert(topicKeyDates).values(dates.map((date, index) => ({ ...date, topicId, sortOrder: index })));
}

/**
 * Creates (as a draft) or updates a topic. The description is shape-checked, rendered with the
 * editor's extensions and sanitised here, once; pages serve the stored HTML.
 */
export async function saveTopic(officer: CurrentUser, input: TTopicInput, topicId?: string): Promise<{ id: string; slug: string }> {
  const body = parseRichTextField("bodyJson", input.bodyJson);
  return getDb().transaction(async (tx) => {
    await consumeRateLimit(tx, `topic-save:${officer.id}`, TOPIC_WRITE_RATE);
    const values = { title: input.title, summary: input.summary, bodyJson: body.json, bodyHtml: body.html, bodyText: body.text, moderationMode: input.moderationMode };
    let saved: { id: string; slug: string } | undefined;
    if (topicId) {
      [saved] = await tx.update(topics).set(values).where(eq(topics.id, topicId)).returning({ id: topics.id, slug: topics.slug });
      if (!saved) throw new NotFoundError("problems.topic.notFound");
    } else {
      [saved] = await tx
        .insert(topics)
        .values({ ...values, slug: await uniqueSlug(tx, input.title), status: "draft", createdBy: officer.id })
        .returning({ id: topics.id, slug: topics.slug });
    }
    if (!saved) throw new Error("saveTopic: the insert returned no row");
    await replaceLinks(tx, saved.id, input);
    await recordAudit(tx, { actorId: officer.id, action: topicId ? "topic.updated" : "topic.created", subjectType: "topic", subjectId: saved.id, details: { title: input.title } });
    return saved;
  });
}
