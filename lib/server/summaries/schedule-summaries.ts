import "server-only";
import { inArray } from "drizzle-orm";
import type { Executor } from "@/lib/db/client";
import { emailOutbox } from "@/lib/db/schema";
import { enqueueEmail } from "@/lib/server/outbox/shared/enqueue-email";
import { summaryEmail } from "@/lib/email/templates/summary";
import { lastCompletedPeriod, type Period } from "@/lib/domain/summaries/period";
import { unsubscribeHeaders } from "@/lib/server/partners/shared/contact-link";
import { composeSummary, type SectionCache } from "./compose-summary";
import { activeContacts, type SummaryContact } from "@/lib/server/partners/shared/read-contacts";
import { contactThemes, readThemes } from "@/lib/server/summaries/shared/summary-themes";
import { summaryRecipient } from "@/lib/server/summaries/shared/summary-recipient";
import { localiseSummary } from "@/lib/domain/translations/summary-translation";
import { readSummaryTranslations } from "@/lib/server/translations/shared/summary-translations";
import { knownLocale } from "@/lib/i18n/locales";
import { summaryIntroReader } from "@/lib/server/summaries/shared/summary-intro";

type IntroReader = ReturnType<typeof summaryIntroReader>;

export interface ScheduleCounts {
  contacts: number;
  queued: number;
  alreadyQueued: number;
  skippedQuiet: number;
}

/** One email per contact and period, ever: the outbox ignores a second row with the same key. */
const summaryKey = (contactId: string, period: Period) => `summary:${contactId}:${period.key}`;

/** The summary email a contact gets for a period, in their language (null: quiet, and they asked for nothing then). */
async function buildSummaryEmail(executor: Executor, contact: SummaryContact, period: Period, themes: { id: string; name: string }[], intro: IntroReader, cache?: SectionCache) {
  const content = await composeSummary(executor, contactThemes(contact, themes), period, cache);
  const recipient = summaryRecipient(contact);
  const locale = knownLocale(contact.language);
  return summaryEmail(localiseSummary(content, await readSummaryTranslations(executor, content, locale)), recipient, await intro(locale));
}

/**
 * Queues every active partner contact's summary of their last completed week or month. Safe to
 * run as often as you like: a contact already queued for the period is skipped before composing,
 * and the idempotency key stops a concurrent run from queueing it twice.
 */
export async function scheduleSummaries({ db, now }: { db: Executor; now: Date }): Promise<ScheduleCounts> {
  const contacts = await activeContacts(db);
  const counts: ScheduleCounts = { contacts: contacts.length, queued: 0, alreadyQueued: 0, skippedQuiet: 0 };
  if (contacts.length === 0) return counts;
  const due = contacts.map((contact) => ({ contact, period: lastCompletedPeriod(contact.frequency, now) }));
  const keys = due.map(({ contact, period }) => summaryKey(contact.id, period));
  const existing = new Set((await db.select({ key: emailOutbox.idempotencyKey }).from(emailOutbox).where(inArray(emailOutbox.idempotencyKey, keys))).map((row) => row.key));
  const themes = await readThemes(db);
  const cache: SectionCache = new Map();
  const intro = summaryIntroReader(db);
  for (const { contact, period } of due) {
    const key = summaryKey(contact.id, period);
    if (existing.has(key)) {
      counts.alreadyQueued += 1;
      continue;
    }
    const email = await buildSummaryEmail(db, contact, period, themes, intro, cache);
    if (!email) {
      counts.skippedQuiet += 1;
      continue;
    }
    const queued = await enqueueEmail(db, { to: contact.email, ...email, category: "summary", idempotencyKey: key, contactId: contact.id, headers: unsubscribeHeaders(contact.id) });
    counts[queued ? "queued" : "alreadyQueued"] += 1;
  }
  return counts;
}
