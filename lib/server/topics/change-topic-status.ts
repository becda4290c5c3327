import "server-only";
import { knownLocale } from "@/lib/i18n/locales";
import { eq } from "drizzle-orm";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import { getDb } from "@/lib/db/client";
import { topicFollows, topics, users } from "@/lib/db/schema";
import { dispatchSoon } from "@/lib/server/outbox/dispatch-pending-emails";
import { enqueueEmail } from "@/lib/server/outbox/shared/enqueue-email";
import { outcomeEmail } from "@/lib/email/templates/outcome";
import { env } from "@/lib/env";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { consumeRateLimit } from "@/lib/server/rate-limit/consume-rate-limit";
import { parseRichTextField } from "@/lib/server/topics/shared/parse-rich-text-field";
import { TOPIC_WRITE_RATE } from "./save-topic";

type Status = (typeof topics.$inferSelect)["status"];
const CHANGES = {
  publish: { from: ["draft"], to: "open" },
  close: { from: ["open"], to: "closed" },
  reopen: { from: ["closed"], to: "open" },
} as const satisfies Record<string, { from: readonly Status[]; to: Status }>;

/** Moves a topic through its lifecycle: draft → open → closed (and back to open). Audited. */
export async function changeTopicStatus(officer: CurrentUser, topicId: string, change: keyof typeof CHANGES): Promise<Status> {
  return getDb().transaction(async (tx) => {
    await consumeRateLimit(tx, `topic-save:${officer.id}`, TOPIC_WRITE_RATE);
    const [topic] = await tx.select({ status: topics.status, publishedAt: topics.publishedAt }).from(topics).where(eq(topics.id, topicId)).for("update");
    if (!topic) throw new NotFoundError("problems.topic.notFound");
    const rule = CHANGES[change];
    if (!(rule.from as readonly Status[]).includes(topic.status)) throw new ConflictError("problems.topic.cannotChange", { status: topic.status });
    await tx
      .update(topics)
      .set({ status: rule.to, ...(change === "publish" && !topic.publishedAt ? { publishedAt: new Date() } : {}) })
      .where(eq(topics.id, topicId));
    await recordAudit(tx, { actorId: officer.id, action: `topic.${change}`, subjectType: "topic", subjectId: topicId, details: { from: topic.status, to: rule.to } });
    return rule.to;
  });
}

/**
 * Publishes the "you said, we did" outcome of an open or closed topic and emails everyone who
 * follows it, in the same transaction (one email per follower per topic, ever). Returns how many
 * emails were written now.
 */
export async function publishOutcome(officer: CurrentUser, topicId: string, outcomeJson: string): Promise<number> {
  const outcome = parseRichTextField("outcomeJson", outcomeJson);
  const followers = await getDb().transaction(async (tx) => {
    await consumeRateLimit(tx, `topic-save:${officer.id}`, TOPIC_WRITE_RATE);
    const [topic] = await tx.select({ status: topics.status, title: topics.title, slug: topics.slug }).from(topics).where(eq(topics.id, topicId)).for("update");
    if (!topic) throw new NotFoundError("problems.topic.notFound");
    if (topic.status === "draft") throw new ConflictError("problems.topic.publishFirst");
    await tx.update(topics).set({ status: "outcome", outcomeJson: outcome.json, outcomeHtml: outcome.html, outcomePublishedAt: new Date() }).where(eq(topics.id, topicId));
    await recordAudit(tx, { actorId: officer.id, action: "topic.outcome_published", subjectType: "topic", subjectId: topicId, details: { from: topic.status } });
    const recipients = await tx.select({ email: users.email, locale: users.locale }).from(topicFollows).innerJoin(users, eq(users.id, topicFollows.userId)).where(eq(topicFollows.topicId, topicId));
    let emailed = 0;
    for (const recipient of recipients) {
      // Each follower in their own language (the outcome itself is in the language it was written in).
      const message = outcomeEmail({ topicTitle: topic.title, topicUrl: `${env.AUTH_URL}/topics/${topic.slug}`, summary: outcome.text, locale: knownLocale(recipient.locale) });
      if (await enqueueEmail(tx, { to: recipient.email, ...message, category: "outcome", idempotencyKey: `outcome:${topicId}:${recipient.email}` })) emailed += 1;
    }
    return emailed;
  });
  dispatchSoon();
  return followers;
}
