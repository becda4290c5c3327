import "server-only";
import { asc, desc, eq, ne, sql } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { emailOutbox, partnerContacts, surveys, topics } from "@/lib/db/schema";
import { FREQUENCIES, periodContaining, type Frequency } from "@/lib/domain/summaries/period";
import { readContacts } from "@/lib/server/partners/shared/read-contacts";

const RECENT = 20;

/** What goes out when: active contacts per frequency, the next run of each, and the latest summary emails. */
export async function listSummaryOverview(now: Date) {
  const db = getDb();
  const counts = await db
    .select({ frequency: partnerContacts.frequency, count: sql<number>`count(*)::int` })
    .from(partnerContacts)
    .where(eq(partnerContacts.status, "active"))
    .groupBy(partnerContacts.frequency);
  const schedule = FREQUENCIES.map((frequency: Frequency) => ({
    frequency,
    contacts: counts.find((row) => row.frequency === frequency)?.count ?? 0,
    // The current period's summaries are queued once it ends.
    nextRun: periodContaining(frequency, now).end,
  }));
  const recent = await db
    .select({ id: emailOutbox.id, toAddress: emailOutbox.toAddress, subject: emailOutbox.subject, status: emailOutbox.status, createdAt: emailOutbox.createdAt, oneOff: sql<boolean>`${emailOutbox.idempotencyKey} like 'summary-one-off:%'` })
    .from(emailOutbox)
    .where(eq(emailOutbox.category, "summary"))
    .orderBy(desc(emailOutbox.createdAt))
    .limit(RECENT);
  return { schedule, recent };
}

/** Every partner contact, for the preview picker and the one-off form (grouped by organisation there). */
export function listSummaryContacts() {
  return readContacts(getDb());
}

/** Topics and surveys a one-off summary can be about: anything published. */
export async function listOneOffSubjects() {
  const db = getDb();
  const [topicRows, surveyRows] = await Promise.all([
    db.select({ id: topics.id, title: topics.title }).from(topics).where(ne(topics.status, "draft")).orderBy(asc(topics.title)),
    db.select({ id: surveys.id, title: surveys.title }).from(surveys).where(ne(surveys.status, "draft")).orderBy(asc(surveys.title)),
  ]);
  return { topics: topicRows, surveys: surveyRows };
}
