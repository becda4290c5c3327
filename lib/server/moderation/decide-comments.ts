import "server-only";
import { knownLocale } from "@/lib/i18n/locales";
import { randomUUID } from "node:crypto";
import { eq, inArray } from "drizzle-orm";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import { getDb } from "@/lib/db/client";
import { comments, topics, users } from "@/lib/db/schema";
import { enqueueEmail } from "@/lib/server/outbox/shared/enqueue-email";
import { moderationEmail } from "@/lib/email/templates/moderation";
import { dispatchSoon } from "@/lib/server/outbox/dispatch-pending-emails";
import { env } from "@/lib/env";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { consumeRateLimit } from "@/lib/server/rate-limit/consume-rate-limit";
import type { TModerationDecision } from "@/lib/validations/moderation";

type Status = (typeof comments.$inferSelect)["status"];

/** Which statuses each decision applies to, and the status it leaves. */
const TRANSITIONS: Record<TModerationDecision["decision"], { from: Status[]; to: Status }> = {
  approve: { from: ["held", "published"], to: "published" },
  reject: { from: ["held"], to: "rejected" },
  hide: { from: ["published"], to: "hidden" },
  restore: { from: ["hidden", "rejected"], to: "published" },
};

const EXCERPT_LENGTH = 200;

/**
 * An officer's decision on one or more comments, all in one transaction: each is audited (who,
 * when, why), and the author of a rejected or hidden comment is emailed the reason.
 */
export async function decideComments(moderator: CurrentUser, input: TModerationDecision): Promise<number> {
  const count = await getDb().transaction(async (tx) => {
    await consumeRateLimit(tx, `moderate:${moderator.id}`, { limit: 120, windowSeconds: 60 });
    const rows = await tx
      .select({
        id: comments.id,
        status: comments.status,
        body: comments.body,
        authorEmail: users.email,
        authorLocale: users.locale,
        topicTitle: topics.title,
        topicSlug: topics.slug,
      })
      .from(comments)
      .innerJoin(topics, eq(topics.id, comments.topicId))
      .leftJoin(users, eq(users.id, comments.authorId))
      .where(inArray(comments.id, input.commentIds))
      .for("update", { of: comments });
    if (rows.length !== new Set(input.commentIds).size) throw new NotFoundError("problems.moderation.commentsGone");
    const rule = TRANSITIONS[input.decision];
    const wrong = rows.filter((row) => !rule.from.includes(row.status));
    if (wrong.length > 0) {
      throw new ConflictError("problems.moderation.cannotChange", { count: wrong.length });
    }
    const now = new Date();
    for (const row of rows) {
      await tx
        .update(comments)
        .set({
          status: rule.to,
          holdReason: null,
          moderatedAt: now,
          moderatorNote: input.note || null,
          removalReason: rule.to === "published" ? null : input.reason || "other",
          ...(input.decision === "approve" ? { flagCount: 0 } : {}),
        })
        .where(eq(comments.id, row.id));
      await recordAudit(tx, {
        actorId: moderator.id,
        action: `comment.${input.decision}`,
        subjectType: "comment",
        subjectId: row.id,
        details: { from: row.status, to: rule.to, reason: input.reason || null, note: input.note || null },
      });
      if ((input.decision === "reject" || input.decision === "hide") && row.authorEmail) {
        const message = moderationEmail({
          decision: input.decision,
          topicTitle: row.topicTitle,
          topicUrl: `${env.AUTH_URL}/topics/${row.topicSlug}`,
          reason: input.reason || "other",
          note: input.note,
          excerpt: row.body.length > EXCERPT_LENGTH ? `${row.body.slice(0, EXCERPT_LENGTH)}…` : row.body,
          locale: knownLocale(row.authorLocale),
        });
        await enqueueEmail(tx, { to: row.authorEmail, ...message, category: "moderation", idempotencyKey: `moderation:${row.id}:${randomUUID()}` });
      }
    }
    return rows.length;
  });
  dispatchSoon();
  return count;
}
