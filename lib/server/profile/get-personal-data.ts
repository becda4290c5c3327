import "server-only";
import { isLocale, LOCALES } from "@/lib/i18n/locales";
import { asc, eq, inArray } from "drizzle-orm";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import { getDb } from "@/lib/db/client";
import {
  commentFlags,
  commentHelpful,
  commentRevisions,
  comments,
  consentRecords,
  emailOutbox,
  neighbourhoods,
  organisations,
  surveyResponseChanges,
  surveyResponses,
  surveys,
  topicFollows,
  topics,
  users,
} from "@/lib/db/schema";
import { NotFoundError } from "@/lib/errors";
import { organisationData } from "@/lib/server/profile/shared/organisation-data";
import { aboutYouData } from "@/lib/server/equalities/shared/about-you-data";
import type { PersonalData } from "@/lib/domain/profile/personal-data";
import { allQuestions } from "@/lib/domain/surveys/definition";

/** Emails whose text holds a private link (a sign-in, a resume, a preferences or a campaign's personal link): only their details are given. */
const PRIVATE_LINK_CATEGORIES = new Set(["sign-in", "survey-resume", "summary", "campaign-invitation", "campaign-reminder", "campaign-new-link"]);

const iso = (date: Date | null) => (date ? date.toISOString() : null);

/**
 * Everything the platform holds about the signed-in person, for the "Your data" download: their
 * profile, comments (with earlier wordings), helpful marks, reports, survey responses and drafts
 * linked to them, what they changed in their organisation's shared responses, followed topics, what they consented to, the emails sent to them and their "about you" answers. Responses to anonymous surveys are
 * not linked to anyone, so they cannot be found here (the page says so).
 */
export async function getPersonalData(user: CurrentUser, now = new Date()): Promise<PersonalData> {
  const db = getDb();
  const [profile] = await db
    .select({ name: users.name, email: users.email, role: users.role, neighbourhood: neighbourhoods.name, organisation: organisations.name, organisationRole: users.organisationRole, locale: users.locale, joined: users.createdAt })
    .from(users)
    .leftJoin(neighbourhoods, eq(neighbourhoods.id, users.neighbourhoodId))
    .leftJoin(organisations, eq(organisations.id, users.organisationId))
    .where(eq(users.id, user.id));
  if (!profile) throw new NotFoundError("problems.profile.accountNotFound");

  const [own, helpful, reports, responses, changes, follows, emails, consents, organisationRecords, aboutYouRecords] = await Promise.all([
    db
      .select({ id: comments.id, topic: topics.title, body: comments.body, status: comments.status, postedAt: comments.createdAt, editedAt: comments.editedAt })
      .from(comments)
      .innerJoin(topics, eq(topics.id, comments.topicId))
      .where(eq(comments.authorId, user.id))
      .orderBy(asc(comments.createdAt)),
    db
      .select({ topic: topics.title, comment: comments.body, markedAt: commentHelpful.createdAt })
      .from(commentHelpful)
      .innerJoin(comments, eq(comments.id, commentHelpful.commentId))
      .innerJoin(topics, eq(topics.id, comments.topicId))
      .where(eq(commentHelpful.userId, user.id))
      .orderBy(asc(commentHelpful.createdAt)),
    db
      .select({ topic: topics.title, comment: comments.body, reason: commentFlags.reason, details: commentFlags.details, reportedAt: commentFlags.createdAt })
      .from(commentFlags)
      .innerJoin(comments, eq(comments.id, commentFlags.commentId))
      .innerJoin(topics, eq(topics.id, comments.topicId))
      .where(eq(commentFlags.userId, user.id))
      .orderBy(asc(commentFlags.createdAt)),
    db
      .select({ survey: surveys.title, status: surveyResponses.status, reference: surveyResponses.reference, answers: surveyResponses.answers, startedAt: surveyResponses.startedAt, submittedAt: surveyResponses.submittedAt })
      .from(surveyResponses)
      .innerJoin(surveys, eq(surveys.id, surveyResponses.surveyId))
      .where(eq(surveyResponses.respondentId, user.id))
      .orderBy(asc(surveyResponses.startedAt)),
    db
      .select({ survey: surveys.title, definition: surveys.definition, subject: surveyResponseChanges.subject, before: surveyResponseChanges.before, after: surveyResponseChanges.after, changedAt: surveyResponseChanges.createdAt })
      .from(surveyResponseChanges)
      .innerJoin(surveyResponses, eq(surveyResponses.id, surveyResponseChanges.responseId))
      .innerJoin(surveys, eq(surveys.id, surveyResponses.surveyId))
      .where(eq(surveyResponseChanges.userId, user.id))
      .orderBy(asc(surveyResponseChanges.createdAt)),
    db
      .select({ topic: topics.title, since: topicFollows.createdAt })
      .from(topicFollows)
      .innerJoin(topics, eq(topics.id, topicFollows.topicId))
      .where(eq(topicFollows.userId, user.id))
      .orderBy(asc(topicFollows.createdAt)),
    db
      .select({ subject: emailOutbox.subject, category: emailOutbox.category, status: emailOutbox.status, createdAt: emailOutbox.createdAt, sentAt: emailOutbox.sentAt, text: emailOutbox.textBody })
      .from(emailOutbox)
      .where(eq(emailOutbox.toAddress, profile.email))
      .orderBy(asc(emailOutbox.createdAt)),
    db
      .select({ wording: consentRecords.wording, version: consentRecords.version, givenAt: consentRecords.givenAt })
      .from(consentRecords)
      .where(eq(consentRecords.userId, user.id))
      .orderBy(asc(consentRecords.givenAt)),
    organisationData(db, user.id, profile.email),
    aboutYouData(db, user.id),
  ]);
  const revisions = own.length
    ? await db
        .select({ commentId: commentRevisions.commentId, body: commentRevisions.body })
        .from(commentRevisions)
        .where(inArray(commentRevisions.commentId, own.map((comment) => comment.id)))
        .orderBy(asc(commentRevisions.createdAt))
    : [];

  return {
    generatedAt: now.toISOString(),
    profile: { name: profile.name, email: profile.email, role: profile.role, neighbourhood: profile.neighbourhood, organisation: profile.organisation, organisationRole: profile.organisationRole, language: isLocale(profile.locale) ? LOCALES[profile.locale].name : null, joined: profile.joined.toISOString() },
    comments: own.map((comment) => ({
      topic: comment.topic,
      body: comment.body,
      status: comment.status,
      postedAt: comment.postedAt.toISOString(),
      editedAt: iso(comment.editedAt),
      earlierWordings: revisions.filter((revision) => revision.commentId === comment.id).map((revision) => revision.body),
    })),
    helpfulMarks: helpful.map((mark) => ({ topic: mark.topic, comment: mark.comment, markedAt: mark.markedAt.toISOString() })),
    reports: reports.map((report) => ({ topic: report.topic, comment: report.comment, reason: report.reason, details: report.details, reportedAt: report.reportedAt.toISOString() })),
    surveyResponses: responses.map((response) => ({
      survey: response.survey,
      status: response.status,
      reference: response.reference,
      answers: response.answers,
      startedAt: response.startedAt.toISOString(),
      submittedAt: iso(response.submittedAt),
    })),
    surveyChanges: changes.map((change) => ({
      survey: change.survey,
      // A question's title; "organisation" (its details) or "submitted" otherwise.
      question: allQuestions(change.definition).find(({ question }) => question.id === change.subject)?.question.title ?? change.subject,
      before: change.before,
      after: change.after,
      changedAt: change.changedAt.toISOString(),
    })),
    ...organisationRecords,
    followedTopics: follows.map((follow) => ({ topic: follow.topic, since: follow.since.toISOString() })),
    consents: consents.map((consent) => ({ wording: consent.wording, version: consent.version, givenAt: consent.givenAt.toISOString() })),
    emails: emails.map((email) => ({
      subject: email.subject,
      category: email.category,
      status: email.status,
      createdAt: email.createdAt.toISOString(),
      sentAt: iso(email.sentAt),
      text: PRIVATE_LINK_CATEGORIES.has(email.category) ? null : email.text,
    })),
    ...aboutYouRecords,
  };
}
