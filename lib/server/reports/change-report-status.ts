import "server-only";
import { and, eq, or, sql } from "drizzle-orm";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import { can } from "@/lib/domain/access/policy";
import { getDb, type Executor } from "@/lib/db/client";
import { consultationReports, partnerContacts, topicFollows, users } from "@/lib/db/schema";
import type { ReportContent } from "@/lib/domain/reports/facts";
import { sectionChoices } from "@/lib/domain/reports/sections";
import { reportFollowerEmail, reportPartnerEmail, type PublishedReportNews } from "@/lib/email/templates/report-published";
import { ConflictError, ForbiddenError } from "@/lib/errors";
import { knownLocale } from "@/lib/i18n/locales";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { dispatchSoon } from "@/lib/server/outbox/dispatch-pending-emails";
import { enqueueEmail } from "@/lib/server/outbox/shared/enqueue-email";
import { unsubscribeHeaders } from "@/lib/server/partners/shared/contact-link";
import { readContacts } from "@/lib/server/partners/shared/read-contacts";
import { summaryRecipient } from "@/lib/server/summaries/shared/summary-recipient";
import { composeFacts } from "./shared/compose-facts";
import { reportPageUrl } from "./shared/links";
import { readReportRow } from "./shared/report-row";
import { readSubject, type ReportSubject } from "./shared/subject";

/** The topic whose followers hear of the report: the topic's own, or the topic a survey belongs to. */
const followedTopic = (subject: ReportSubject) =>
  subject.kind === "topic" ? sql`${subject.id}::uuid` : sql`(select topic_id from surveys where id = ${subject.id})`;

/** Partner contacts who take every theme, or one of the subject's themes. */
function matchingContacts(subject: ReportSubject) {
  const themes = subject.kind === "topic" ? sql`select theme_id from topic_themes where topic_id = ${subject.id}` : sql`select theme_id from survey_themes where survey_id = ${subject.id}`;
  return and(
    eq(partnerContacts.status, "active"),
    or(eq(partnerContacts.allThemes, true), sql`exists (select 1 from partner_contact_themes pct where pct.contact_id = ${partnerContacts.id} and pct.theme_id in (${themes}))`),
  );
}

/** Emails the followers (in their language) and the matching partners (in theirs); each once per report, ever. */
async function announce(tx: Executor, reportId: string, subject: ReportSubject, news: PublishedReportNews): Promise<number> {
  let queued = 0;
  const followers = await tx.select({ email: users.email, locale: users.locale }).from(topicFollows).innerJoin(users, eq(users.id, topicFollows.userId)).where(sql`${topicFollows.topicId} = ${followedTopic(subject)}`);
  for (const follower of followers) {
    const message = reportFollowerEmail(news, knownLocale(follower.locale));
    if (await enqueueEmail(tx, { to: follower.email, ...message, category: "report", idempotencyKey: `report:${reportId}:${follower.email.toLowerCase()}` })) queued += 1;
  }
  for (const contact of await readContacts(tx, matchingContacts(subject))) {
    const message = reportPartnerEmail(news, summaryRecipient(contact));
    const key = `report:${reportId}:${contact.email.toLowerCase()}`;
    if (await enqueueEmail(tx, { to: contact.email, ...message, category: "report", idempotencyKey: key, contactId: contact.id, headers: unsubscribeHeaders(contact.id) })) queued += 1;
  }
  return queued;
}

/** What the emails say: the themes (counts only where shown) and the decision. */
function newsOf(content: ReportContent): PublishedReportNews {
  const themesShown = content.sections.some((section) => section.key === "themes" && section.included);
  return {
    title: content.facts.subject.title,
    url: reportPageUrl(content.facts.subject),
    themes: themesShown ? content.facts.themes.map((theme) => ({ label: theme.label, count: theme.shown.kind === "count" ? theme.shown.count : null })) : [],
    decision: content.decision,
  };
}

/**
 * Publishes a saved report ("you said, we did"): its figures are composed now and frozen with it,
 * the topic's followers and the partner contacts whose themes match are emailed in the same
 * transaction (each once per report, whatever is republished), audited. Unpublishing takes it off
 * the public pages (no email). Returns how many emails were queued.
 */
export async function changeReportStatus(user: CurrentUser, subject: ReportSubject, change: "publish" | "unpublish"): Promise<number> {
  if (!can(user.role, "report:manage")) throw new ForbiddenError();
  const db = getDb();
  // Composed before the transaction: the figures are read-only aggregates, and the row is checked again under lock.
  const facts = change === "publish" ? await composeFacts(db, user, subject) : null;
  const queued = await db.transaction(async (tx) => {
    const row = await readReportRow(tx, subject, true);
    if (!row) throw new ConflictError("problems.report.saveFirst");
    if (change === "unpublish") {
      if (row.status !== "published") throw new ConflictError("problems.report.notPublished");
      await tx.update(consultationReports).set({ status: "draft", publishedContent: null, updatedBy: user.id, updatedAt: new Date() }).where(eq(consultationReports.id, row.id));
      await recordAudit(tx, { actorId: user.id, action: "report.unpublished", subjectType: subject.kind, subjectId: subject.id, details: { reportId: row.id } });
      return 0;
    }
    if (row.status === "published") throw new ConflictError("problems.report.alreadyPublished");
    // A draft topic or survey has no public page to show the report on.
    if ((await readSubject(tx, subject)).status === "draft") throw new ConflictError("problems.report.subjectNotPublic");
    if (!row.decision.trim()) throw new ConflictError("problems.report.decisionRequired");
    if (!facts) throw new Error("The report's figures were not composed");
    const publishedAt = new Date();
    const content: ReportContent = { title: row.title, decision: row.decision, sections: sectionChoices(row.sections), facts, publishedAt: publishedAt.toISOString() };
    await tx.update(consultationReports).set({ status: "published", publishedContent: content, publishedAt, publishedBy: user.id, updatedBy: user.id, updatedAt: publishedAt }).where(eq(consultationReports.id, row.id));
    const emailed = await announce(tx, row.id, subject, newsOf(content));
    await recordAudit(tx, { actorId: user.id, action: "report.published", subjectType: subject.kind, subjectId: subject.id, details: { reportId: row.id, emailed } });
    return emailed;
  });
  if (queued > 0) dispatchSoon();
  return queued;
}
