import "server-only";
import { inArray } from "drizzle-orm";
import { getDb, type Database, type Executor } from "@/lib/db/client";
import { partnerContacts } from "@/lib/db/schema";
import { enqueueEmail } from "@/lib/server/outbox/shared/enqueue-email";
import { oneOffSummaryEmail } from "@/lib/email/templates/one-off-summary";
import { fieldProblem, NotFoundError, ValidationError } from "@/lib/errors";
import type { OneOffContent } from "@/lib/domain/summaries/content";
import { londonIsoDate } from "@/lib/domain/summaries/period";
import { pickQuotes } from "@/lib/domain/summaries/quotes";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { unsubscribeHeaders } from "@/lib/server/partners/shared/contact-link";
import { countTopicComments } from "./count-theme-comments";
import { topicUrl } from "@/lib/server/summaries/shared/links";
import { readContacts } from "@/lib/server/partners/shared/read-contacts";
import { readTopicQuoteCandidates } from "@/lib/server/summaries/shared/read-quote-candidates";
import { readSurveyActivity } from "@/lib/server/summaries/shared/read-theme-surveys";
import { readTopic } from "@/lib/server/summaries/shared/read-theme-topics";
import { summaryRecipient } from "@/lib/server/summaries/shared/summary-recipient";
import { localiseOneOff } from "@/lib/domain/translations/summary-translation";
import { knownLocale, type Locale } from "@/lib/i18n/locales";
import { readSummaryTranslations } from "@/lib/server/translations/shared/summary-translations";

export type OneOffSubject = { kind: "topic" | "survey"; id: string };

/** What a one-off summary of a topic or a survey says, as of `now`. */
async function composeOneOff(executor: Executor, subject: OneOffSubject, now: Date): Promise<OneOffContent> {
  if (subject.kind === "survey") {
    const survey = await readSurveyActivity(executor, subject.id);
    if (!survey) throw new NotFoundError("problems.summary.surveyNotFound");
    return { kind: "survey", survey };
  }
  const topic = await readTopic(executor, subject.id, londonIsoDate(now));
  if (!topic) throw new NotFoundError("problems.summary.topicNotFound");
  const link = { id: topic.id, title: topic.title, url: topicUrl(topic.slug) };
  const [comments, candidates] = await Promise.all([countTopicComments(executor, topic.id), readTopicQuoteCandidates(executor, topic.id)]);
  return {
    kind: "topic",
    topic: { ...link, summary: topic.summary, status: topic.status, closesOn: topic.closesOn, outcomePublished: topic.outcomePublishedAt !== null },
    comments,
    quotes: pickQuotes(candidates.map((row) => ({ body: row.body, topic: link }))),
  };
}

export interface OneOffResult {
  queued: number;
  /** Chosen contacts who have unsubscribed, bounced or complained: never mailed. */
  skipped: number;
  /** Already queued by this same form (a double submit). */
  alreadyQueued: number;
}

/**
 * Sends a summary of one topic or survey to chosen partner contacts now, through the outbox, with
 * an audit entry. `sendId` comes from the form, so submitting it twice queues nothing more.
 */
export async function sendOneOffSummary(input: { db?: Database; actorId: string; subject: OneOffSubject; contactIds: string[]; sendId: string; now?: Date }): Promise<OneOffResult> {
  const { db = getDb(), subject } = input;
  const contacts = await readContacts(db, inArray(partnerContacts.id, input.contactIds));
  if (contacts.length !== new Set(input.contactIds).size) throw new ValidationError("problems.summary.contactsGone", fieldProblem("contactIds", "validation.summary.contactsGone"));
  const content = await composeOneOff(db, subject, input.now ?? new Date());
  // In each contact's language: the topic's or survey's translated title and summary where there are some.
  const inLanguage = new Map<Locale, OneOffContent>();
  for (const locale of new Set(contacts.map((contact) => knownLocale(contact.language)))) inLanguage.set(locale, localiseOneOff(content, await readSummaryTranslations(db, content, locale)));
  return db.transaction(async (tx) => {
    const result: OneOffResult = { queued: 0, skipped: 0, alreadyQueued: 0 };
    for (const contact of contacts) {
      if (contact.status !== "active") {
        result.skipped += 1;
        continue;
      }
      const recipient = summaryRecipient(contact);
      const email = oneOffSummaryEmail(inLanguage.get(knownLocale(contact.language)) ?? content, recipient);
      const key = `summary-one-off:${input.sendId}:${contact.id}`;
      const queued = await enqueueEmail(tx, { to: contact.email, ...email, category: "summary", idempotencyKey: key, contactId: contact.id, headers: unsubscribeHeaders(contact.id) });
      result[queued ? "queued" : "alreadyQueued"] += 1;
    }
    if (result.queued > 0) {
      await recordAudit(tx, { actorId: input.actorId, action: "summary.one_off_sent", subjectType: subject.kind, subjectId: subject.id, details: { sendId: input.sendId, ...result, contactIds: input.contactIds } });
    }
    return result;
  });
}
