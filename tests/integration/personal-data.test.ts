import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { auditLog, commentFlags, commentHelpful, commentRevisions, comments, emailOutbox, sessions, surveyResponses, topicFollows, users } from "@/lib/db/schema";
import { enqueueEmail } from "@/lib/server/outbox/shared/enqueue-email";
import { ConflictError } from "@/lib/errors";
import { editComment } from "@/lib/server/comments/edit-comment";
import { toggleFollow } from "@/lib/server/comments/follow-topic";
import { flagComment, toggleHelpful } from "@/lib/server/comments/react-to-comment";
import { eraseAccount } from "@/lib/server/profile/erase-account";
import { getPersonalData } from "@/lib/server/profile/get-personal-data";
import { submitAnswers } from "@/lib/server/surveys/submit-answers";
import { insertComment, post } from "@/tests/support/comment-fixtures";
import { createTopic, createUser } from "@/tests/support/factories";
import { createSurvey } from "@/tests/support/survey-fixtures";
import { englishRefusal } from "@/tests/support/messages";

const db = () => getDb();

/** A person with something of every kind: comments (one edited), a helpful mark, a report, a follow, a named response, a draft, an email, a session. */
async function personWithHistory() {
  const person = await createUser(db(), { name: "Amira Test" });
  const other = await createUser(db());
  const topic = await createTopic(db());
  await insertComment({ topicId: topic.id, authorId: person.id, body: "An earlier published comment" });
  const mine = await post(person, topic.id, "First wording");
  await db().update(comments).set({ status: "published" }).where(eq(comments.id, mine.id));
  await editComment(person, { commentId: mine.id, body: "Second wording" });
  const theirs = await insertComment({ topicId: topic.id, authorId: other.id, body: "Someone else's comment" });
  await toggleHelpful(person, theirs);
  await flagComment(person, { commentId: theirs, reason: "off_topic", details: "Not about buses" });
  await toggleFollow(person, topic.id);
  const survey = await createSurvey(db(), { audience: "signed_in", anonymous: false });
  const submitted = await submitAnswers(person, survey.id, { answers: { likes: "no", why: "Too far" }, submissionKey: randomUUID() });
  const draftSurvey = await createSurvey(db(), { audience: "signed_in", anonymous: false });
  await db().insert(surveyResponses).values({ surveyId: draftSurvey.id, respondentId: person.id, status: "draft", answers: { likes: "yes" }, surveyVersion: 1 });
  await enqueueEmail(db(), { to: person.email, subject: "Your sign-in link", text: "http://x/api/auth/callback/email?token=secret", html: "<p>x</p>", category: "sign-in", idempotencyKey: randomUUID() });
  await db().insert(sessions).values({ sessionToken: randomUUID(), userId: person.id, expires: new Date(Date.now() + 86_400_000) });
  return { person, topic, mine, theirs, survey, submitted };
}

describe("getPersonalData", () => {
  it("gives everything held about the person, and hides private links in emails", async () => {
    const { person, topic, survey, submitted } = await personWithHistory();
    const data = await getPersonalData(person);
    expect(data.profile).toMatchObject({ name: "Amira Test", email: person.email, role: "resident" });
    expect(data.comments.map((comment) => comment.body)).toEqual(["An earlier published comment", "Second wording"]);
    expect(data.comments[1]?.earlierWordings).toEqual(["First wording"]);
    expect(data.comments[1]?.topic).toBe(topic.title);
    expect(data.helpfulMarks).toEqual([expect.objectContaining({ comment: "Someone else's comment" })]);
    expect(data.reports).toEqual([expect.objectContaining({ reason: "off_topic", details: "Not about buses" })]);
    expect(data.followedTopics).toEqual([expect.objectContaining({ topic: topic.title })]);
    expect(data.surveyResponses).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ survey: survey.title, status: "submitted", reference: submitted.reference, answers: { likes: "no", why: "Too far" } }),
        expect.objectContaining({ status: "draft", answers: { likes: "yes" } }),
      ]),
    );
    expect(data.emails.find((email) => email.category === "sign-in")).toMatchObject({ subject: "Your sign-in link", text: null });
    expect(JSON.stringify(data)).not.toContain("token=secret");
  });
});

describe("eraseAccount", () => {
  it("deletes the account and everything naming the person; comments and submitted answers stay without them", async () => {
    const { person, mine, theirs, survey, submitted } = await personWithHistory();
    const erasure = await eraseAccount(person);
    // Two emails: the sign-in link and the survey's receipt.
    expect(erasure).toEqual({ comments: 2, responsesKept: 1, draftsDeleted: 1, emailsDeleted: 2 });

    expect(await db().select().from(users).where(eq(users.id, person.id))).toEqual([]);
    expect(await db().select().from(sessions).where(eq(sessions.userId, person.id))).toEqual([]);
    const [comment] = await db().select({ status: comments.status, body: comments.body, authorId: comments.authorId }).from(comments).where(eq(comments.id, mine.id));
    expect(comment).toEqual({ status: "deleted", body: "", authorId: null });
    expect(await db().select().from(commentRevisions).where(eq(commentRevisions.commentId, mine.id))).toEqual([]);
    expect(await db().select().from(commentHelpful).where(eq(commentHelpful.userId, person.id))).toEqual([]);
    expect(await db().select().from(commentFlags).where(eq(commentFlags.userId, person.id))).toEqual([]);
    expect(await db().select().from(topicFollows).where(eq(topicFollows.userId, person.id))).toEqual([]);
    // Someone else's comment is untouched.
    expect((await db().select({ body: comments.body }).from(comments).where(eq(comments.id, theirs)))[0]?.body).toBe("Someone else's comment");
    // The submitted response still counts, with no link to the person; the draft is gone.
    const responses = await db().select().from(surveyResponses).where(eq(surveyResponses.reference, submitted.reference));
    expect(responses).toEqual([expect.objectContaining({ surveyId: survey.id, respondentId: null, respondentKey: null, answers: { likes: "no", why: "Too far" } })]);
    expect(await db().select().from(surveyResponses).where(and(eq(surveyResponses.respondentId, person.id)))).toEqual([]);
    expect(await db().select().from(emailOutbox).where(eq(emailOutbox.toAddress, person.email))).toEqual([]);
    // The audit log says an account was erased, with counts, and names nobody.
    const [entry] = await db().select().from(auditLog).where(and(eq(auditLog.action, "account.erased"), eq(auditLog.subjectId, person.id)));
    expect(entry?.details).toEqual({ role: "resident", comments: 2, responsesKept: 1, draftsDeleted: 1, emailsDeleted: 2 });
    expect(JSON.stringify(entry)).not.toContain(person.email);
    expect(JSON.stringify(entry)).not.toContain("Amira");
  });

  it("lets an officer with a record of decisions leave: the entries stay, with no one named as their actor", async () => {
    const officer = await createUser(db(), { role: "officer" });
    const subject = randomUUID();
    await db().insert(auditLog).values({ actorId: officer.id, action: "comment.hidden", subjectType: "comment", subjectId: subject, details: { reason: "spam" } });
    await eraseAccount(officer);
    const [entry] = await db().select().from(auditLog).where(eq(auditLog.subjectId, subject));
    expect(entry).toMatchObject({ actorId: null, action: "comment.hidden", details: { reason: "spam" } });
  });

  it("will not let the only administrator leave, and lets one go once another exists", async () => {
    // Each test file has its own fresh database unless DATABASE_URL shares one (where other admins may exist).
    const adminsBefore = await db().select({ id: users.id }).from(users).where(eq(users.role, "admin"));
    const first = await createUser(db(), { role: "admin" });
    if (adminsBefore.length === 0) {
      await expect(eraseAccount(first)).rejects.toEqual(new ConflictError("problems.profile.onlyAdmin"));
      expect((await englishRefusal(eraseAccount(first))).message).toBe("You are the only administrator. Make someone else an administrator before you delete your account.");
      expect(await db().select({ id: users.id }).from(users).where(eq(users.id, first.id))).toHaveLength(1);
    }
    await createUser(db(), { role: "admin" });
    await expect(eraseAccount(first)).resolves.toMatchObject({ comments: 0 });
    expect(await db().select({ id: users.id }).from(users).where(eq(users.id, first.id))).toEqual([]);
  });
});
