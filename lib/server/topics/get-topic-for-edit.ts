import "server-only";
import { asc, eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { topicCommunities, topicKeyDates, topicNeighbourhoods, topics, topicThemes } from "@/lib/db/schema";
import { NotFoundError } from "@/lib/errors";
import { ZRichTextDocument } from "@/lib/rich-text/document";

/** A topic as its edit form needs it, in any status. */
export async function getTopicForEdit(id: string) {
  const db = getDb();
  const [topic] = await db
    .select({
      id: topics.id,
      slug: topics.slug,
      title: topics.title,
      summary: topics.summary,
      bodyJson: topics.bodyJson,
      outcomeJson: topics.outcomeJson,
      status: topics.status,
      moderationMode: topics.moderationMode,
    })
    .from(topics)
    .where(eq(topics.id, id));
  if (!topic) throw new NotFoundError("problems.topic.notFound");
  const [themeRows, communityRows, neighbourhoodRows, dates] = await Promise.all([
    db.select({ id: topicThemes.themeId }).from(topicThemes).where(eq(topicThemes.topicId, id)),
    db.select({ id: topicCommunities.communityId }).from(topicCommunities).where(eq(topicCommunities.topicId, id)),
    db.select({ id: topicNeighbourhoods.neighbourhoodId }).from(topicNeighbourhoods).where(eq(topicNeighbourhoods.topicId, id)),
    db.select({ kind: topicKeyDates.kind, label: topicKeyDates.label, date: topicKeyDates.date }).from(topicKeyDates).where(eq(topicKeyDates.topicId, id)).orderBy(asc(topicKeyDates.sortOrder)),
  ]);
  const dateOf = (kind: "opens" | "closes" | "decision") => dates.find((item) => item.kind === kind)?.date ?? "";
  const custom = dates.find((item) => item.kind === "custom");
  const empty = { type: "doc" as const, content: [] };
  return {
    ...topic,
    body: ZRichTextDocument.catch(empty).parse(topic.bodyJson),
    outcome: ZRichTextDocument.catch(empty).parse(topic.outcomeJson ?? empty),
    themeIds: themeRows.map((row) => row.id),
    communityIds: communityRows.map((row) => row.id),
    neighbourhoodIds: neighbourhoodRows.map((row) => row.id),
    opensOn: dateOf("opens"),
    closesOn: dateOf("closes"),
    decisionOn: dateOf("decision"),
    customLabel: custom?.label ?? "",
    customDate: custom?.date ?? "",
  };
}
