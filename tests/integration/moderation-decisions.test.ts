import { randomUUID } from "node:crypto";
import { and, eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { auditLog, comments, emailOutbox } from "@/lib/db/schema";
import { env } from "@/lib/env";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { flagComment } from "@/lib/server/comments/react-to-comment";
import { listModerationQueue } from "@/lib/server/moderation/list-queue";
import { ZFlagInput } from "@/lib/validations/comment";
import { ZModerationDecision, ZModerationPhrase } from "@/lib/validations/moderation";
import { commentRow, decide, insertComment } from "@/tests/support/comment-fixtures";
import { createTopic, createUser, uniqueTag } from "@/tests/support/factories";
import { enIssues } from "@/tests/support/messages";

const db = () => getDb();
const UNKNOWN_ID = "00000000-0000-4000-8000-000000000000";

const statuses = async (ids: string[]) => Promise.all(ids.map(async (id) => (await commentRow(id)).status));

async function auditFor(subjectIds: string[]) {
  return db()
    .select({ actorId: auditLog.actorId, action: auditLog.action, subjectId: auditLog.subjectId, details: auditLog.details })
    .from(auditLog)
    .where(and(eq(auditLog.subjectType, "comment"), inArray(auditLog.subjectId, subjectIds)));
}

async function mailTo(address: string) {
  return db()
    .select({ subject: emailOutbox.subject, textBody: emailOutbox.textBody, htmlBody: emailOutbox.htmlBody, category: emailOutbox.category, status: emailOutbox.status })
    .from(emailOutbox)
    .where(eq(emailOutbox.toAddress, address));
}

describe("moderation validation", () => {
  it("refuses to reject or hide without a reason, but approves and restores without one", () => {
    for (const decision of ["reject", "hide"]) {
      const result = ZModerationDecision.safeParse({ commentIds: [randomUUID()], decision });
      expect(result.success).toBe(false);
      expect(enIssues(result.error)).toEqual({ reason: ["Choose a reason: the author is told why."] });
      expect(ZModerationDecision.safeParse({ commentIds: [randomUUID()], decision, reason: "" }).success).toBe(false);
      expect(ZModerationDecision.safeParse({ commentIds: [randomUUID()], decision, reason: "spam" }).success).toBe(true);
    }
    for (const decision of ["approve", "restore"]) {
      expect(ZModerationDecision.parse({ commentIds: [randomUUID()], decision })).toMatchObject({ decision, reason: "", note: "" });
    }
    expect(ZModerationDecision.safeParse({ commentIds: [randomUUID()], decision: "hide", reason: "rude" }).success).toBe(false);
    expect(ZModerationDecision.safeParse({ commentIds: [randomUUID()], decision: "delete" }).success).toBe(false);
  });

  it("turns a single comment id into a list and refuses none, more than 100 or ids that are not UUIDs", () => {
    const id = randomUUID();
    expect(ZModerationDecision.parse({ commentIds: id, decision: "approve" }).commentIds).toEqual([id]);
    expect(ZModerationDecision.parse({ commentIds: [id, id], decision: "approve" }).commentIds).toEqual([id, id]);
    for (const commentIds of [undefined, "", [], ["not-an-id"], Array.from({ length: 101 }, () => randomUUID())]) {
      expect(ZModerationDecision.safeParse({ commentIds, decision: "approve" }).success).toBe(false);
    }
    expect(ZModerationDecision.safeParse({ commentIds: Array.from({ length: 100 }, () => randomUUID()), decision: "approve" }).success).toBe(true);
  });

  it("trims the note and keeps it to 500 characters", () => {
    expect(ZModerationDecision.parse({ commentIds: randomUUID(), decision: "hide", reason: "spam", note: "  Links to a shop  " }).note).toBe("Links to a shop");
    expect(ZModerationDecision.safeParse({ commentIds: randomUUID(), decision: "hide", reason: "spam", note: "n".repeat(501) }).success).toBe(false);
  });

  it("trims and lower-cases a word-list phrase of 2 to 60 characters", () => {
    expect(ZModerationPhrase.parse({ phrase: "  Bad Word  " })).toEqual({ phrase: "bad word" });
    expect(ZModerationPhrase.safeParse({ phrase: " x " }).success).toBe(false);
    expect(ZModerationPhrase.safeParse({ phrase: "p".repeat(61) }).success).toBe(false);
    expect(ZModerationPhrase.safeParse({ phrase: "p".repeat(60) }).success).toBe(true);
  });
});

describe("decideComments", () => {
  it("approves held comments: published, the hold cleared, each audited, nobody emailed", async () => {
    const topic = await createTopic(db());
    const officer = await createUser(db(), { role: "officer" });
    const author = await createUser(db());
    const first = await insertComment({ topicId: topic.id, authorId: author.id, status: "held", holdReason: "first_comment" });
    const second = await insertComment({ topicId: topic.id, authorId: author.id, status: "held", holdReason: "word_list" });

    expect(await decide(officer, { commentIds: [first, second], decision: "approve" })).toBe(2);

    for (const id of [first, second]) {
      expect(await commentRow(id)).toMatchObject({ status: "published", holdReason: null, removalReason: null, moderatorNote: null, moderatedAt: expect.any(Date) });
    }
    const audit = await auditFor([first, second]);
    expect(audit.sort((a, b) => Number(a.subjectId !== first) - Number(b.subjectId !== first))).toEqual([
      { actorId: officer.id, action: "comment.approve", subjectId: first, details: { from: "held", to: "published", reason: null, note: null } },
      { actorId: officer.id, action: "comment.approve", subjectId: second, details: { from: "held", to: "published", reason: null, note: null } },
    ]);
    expect(await mailTo(author.email)).toEqual([]);
  });

  it("approving a reported comment clears its reports from the queue", async () => {
    const topic = await createTopic(db());
    const officer = await createUser(db(), { role: "officer" });
    const author = await createUser(db());
    const id = await insertComment({ topicId: topic.id, authorId: author.id });
    await flagComment(await createUser(db()), ZFlagInput.parse({ commentId: id, reason: "spam" }));
    expect((await listModerationQueue({ view: "flagged", topicId: topic.id })).map((row) => row.id)).toEqual([id]);

    await decide(officer, { commentIds: id, decision: "approve", note: "Fine as it is" });

    expect(await commentRow(id)).toMatchObject({ status: "published", flagCount: 0, moderatorNote: "Fine as it is" });
    expect(await listModerationQueue({ view: "flagged", topicId: topic.id })).toEqual([]);
    expect((await auditFor([id]))[0]?.details).toEqual({ from: "published", to: "published", reason: null, note: "Fine as it is" });
  });

  it("rejects a held comment and emails its author the reason and the note, in the outbox", async () => {
    const topic = await createTopic(db(), { title: `Bus lanes ${uniqueTag()}` });
    const officer = await createUser(db(), { role: "officer" });
    const author = await createUser(db());
    const body = "Buy cheap watches at example.test";
    const id = await insertComment({ topicId: topic.id, authorId: author.id, status: "held", holdReason: "first_comment", body });

    await decide(officer, { commentIds: [id], decision: "reject", reason: "spam", note: "Adverts are not allowed." });

    expect(await commentRow(id)).toMatchObject({ status: "rejected", holdReason: null, removalReason: "spam", moderatorNote: "Adverts are not allowed.", moderatedAt: expect.any(Date) });
    expect(await auditFor([id])).toEqual([
      { actorId: officer.id, action: "comment.reject", subjectId: id, details: { from: "held", to: "rejected", reason: "spam", note: "Adverts are not allowed." } },
    ]);
    const mail = await mailTo(author.email);
    expect(mail).toHaveLength(1);
    expect(mail[0]).toMatchObject({ category: "moderation", status: "queued", subject: `Your comment on "${topic.title}" was not published` });
    expect(mail[0]?.textBody).toContain("Reason: it is spam or advertising.");
    expect(mail[0]?.textBody).toContain("The moderator added: Adverts are not allowed.");
    expect(mail[0]?.textBody).toContain(`Your comment began: "${body}"`);
    expect(mail[0]?.textBody).toContain(`${env.AUTH_URL}/topics/${topic.slug}`);
    expect(mail[0]?.htmlBody).toContain("it is spam or advertising");
  });

  it("hides a published comment and emails its author, quoting at most 200 characters", async () => {
    const topic = await createTopic(db());
    const officer = await createUser(db(), { role: "officer" });
    const author = await createUser(db());
    const body = `${"a".repeat(200)}TAIL`;
    const id = await insertComment({ topicId: topic.id, authorId: author.id, body });

    await decide(officer, { commentIds: id, decision: "hide", reason: "abusive" });

    expect(await commentRow(id)).toMatchObject({ status: "hidden", removalReason: "abusive", moderatorNote: null });
    expect((await auditFor([id]))[0]).toMatchObject({ action: "comment.hide", details: { from: "published", to: "hidden", reason: "abusive", note: null } });
    const mail = await mailTo(author.email);
    expect(mail.map((message) => message.subject)).toEqual([`Your comment on "${topic.title}" has been removed`]);
    expect(mail[0]?.textBody).toContain("Reason: it is abusive or offensive.");
    expect(mail[0]?.textBody).toContain(`Your comment began: "${"a".repeat(200)}…"`);
    expect(mail[0]?.textBody).not.toContain("TAIL");
    expect(mail[0]?.textBody).not.toContain("The moderator added");
  });

  it.each(["hidden", "rejected"] as const)("restores a %s comment to published and clears the reason", async (status) => {
    const topic = await createTopic(db());
    const officer = await createUser(db(), { role: "officer" });
    const author = await createUser(db());
    const id = await insertComment({ topicId: topic.id, authorId: author.id, status });
    await db().update(comments).set({ removalReason: "off_topic", moderatorNote: "Earlier note" }).where(eq(comments.id, id));

    await decide(officer, { commentIds: [id], decision: "restore" });

    expect(await commentRow(id)).toMatchObject({ status: "published", removalReason: null, moderatorNote: null });
    expect(await auditFor([id])).toEqual([{ actorId: officer.id, action: "comment.restore", subjectId: id, details: { from: status, to: "published", reason: null, note: null } }]);
    expect(await mailTo(author.email)).toEqual([]);
  });

  it.each([
    ["approve", ["rejected", "hidden", "deleted"]],
    ["reject", ["published", "hidden", "rejected", "deleted"]],
    ["hide", ["held", "hidden", "rejected", "deleted"]],
    ["restore", ["held", "published", "deleted"]],
  ] as const)("refuses to %s a comment in the wrong state with ConflictError", async (decision, wrongStatuses) => {
    const topic = await createTopic(db());
    const officer = await createUser(db(), { role: "officer" });
    const author = await createUser(db());
    for (const status of wrongStatuses) {
      const id = await insertComment({ topicId: topic.id, authorId: author.id, status });
      await expect(decide(officer, { commentIds: [id], decision, reason: "other" })).rejects.toThrow(ConflictError);
      expect((await commentRow(id)).status).toBe(status);
      expect(await auditFor([id])).toEqual([]);
    }
    expect(await mailTo(author.email)).toEqual([]);
  });

  it("changes nothing, audits nothing and emails nobody when one comment of a batch is in the wrong state", async () => {
    const topic = await createTopic(db());
    const officer = await createUser(db(), { role: "officer" });
    const authors = await Promise.all([createUser(db()), createUser(db()), createUser(db())]);
    const published = await Promise.all(authors.slice(0, 2).map((author) => insertComment({ topicId: topic.id, authorId: author.id })));
    const alreadyHidden = await insertComment({ topicId: topic.id, authorId: authors[2]?.id ?? null, status: "hidden" });
    const batch = [...published, alreadyHidden];

    await expect(decide(officer, { commentIds: batch, decision: "hide", reason: "spam", note: "Spam run" })).rejects.toThrow(ConflictError);

    expect(await statuses(batch)).toEqual(["published", "published", "hidden"]);
    for (const id of published) expect(await commentRow(id)).toMatchObject({ removalReason: null, moderatedAt: null, moderatorNote: null });
    expect(await auditFor(batch)).toEqual([]);
    for (const author of authors) expect(await mailTo(author.email)).toEqual([]);

    // The same batch without the odd one out goes through, one email each.
    expect(await decide(officer, { commentIds: published, decision: "hide", reason: "spam" })).toBe(2);
    expect(await statuses(batch)).toEqual(["hidden", "hidden", "hidden"]);
    expect((await auditFor(batch)).map((row) => row.action)).toEqual(["comment.hide", "comment.hide"]);
    expect(await Promise.all(authors.map(async (author) => (await mailTo(author.email)).length))).toEqual([1, 1, 0]);
  });

  it("refuses a batch with an unknown comment with NotFoundError and changes nothing", async () => {
    const topic = await createTopic(db());
    const officer = await createUser(db(), { role: "officer" });
    const id = await insertComment({ topicId: topic.id, authorId: (await createUser(db())).id, status: "held" });

    await expect(decide(officer, { commentIds: [id, UNKNOWN_ID], decision: "approve" })).rejects.toThrow(NotFoundError);
    expect((await commentRow(id)).status).toBe("held");
    expect(await auditFor([id])).toEqual([]);
  });

  it("hides a comment whose author has left without emailing anyone", async () => {
    const topic = await createTopic(db());
    const officer = await createUser(db(), { role: "officer" });
    const id = await insertComment({ topicId: topic.id, authorId: null });
    const outbox = async () => (await db().select({ id: emailOutbox.id }).from(emailOutbox).where(eq(emailOutbox.category, "moderation"))).length;
    const before = await outbox();

    await decide(officer, { commentIds: id, decision: "hide", reason: "personal_information" });

    expect(await commentRow(id)).toMatchObject({ status: "hidden", removalReason: "personal_information" });
    expect(await outbox()).toBe(before);
  });
});
