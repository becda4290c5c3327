import "server-only";
import { getDb } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { summaryEmail } from "@/lib/email/templates/summary";
import { lastCompletedPeriod, type Period } from "@/lib/domain/summaries/period";
import { composeSummary } from "./compose-summary";
import { readContact } from "@/lib/server/partners/shared/read-contacts";
import { contactThemes, readThemes } from "@/lib/server/summaries/shared/summary-themes";
import { summaryRecipient } from "@/lib/server/summaries/shared/summary-recipient";
import { localiseSummary } from "@/lib/domain/translations/summary-translation";
import { readSummaryTranslations } from "@/lib/server/translations/shared/summary-translations";
import { knownLocale } from "@/lib/i18n/locales";
import { summaryIntroReader } from "@/lib/server/summaries/shared/summary-intro";

export interface SummaryPreview {
  subject: string;
  html: string;
  text: string;
  contact: { id: string; name: string; email: string };
  period: { key: string; label: string };
  /** The period was quiet and this contact asked for no email then: nothing would be sent. */
  wouldSend: boolean;
}

/**
 * The summary a contact gets (or got) for a period, for the console, whatever the contact's status:
 * officers can check what an unsubscribed contact was sent. A quiet period for someone who asked for
 * no email then is previewed as the short email, marked as not sent.
 */
export async function previewSummary(contactId: string, chosen?: Period, now = new Date()): Promise<SummaryPreview> {
  const db = getDb();
  const contact = await readContact(db, contactId);
  if (!contact) throw new NotFoundError("problems.summary.contactNotFound");
  const period = chosen ?? lastCompletedPeriod(contact.frequency, now);
  const composed = await composeSummary(db, contactThemes(contact, await readThemes(db)), period);
  const recipient = summaryRecipient(contact);
  // As the contact reads it: in their language, topics and surveys by their translated titles.
  const content = localiseSummary(composed, await readSummaryTranslations(db, composed, recipient.locale));
  const about = { contact: { id: contact.id, name: contact.name, email: contact.email }, period: { key: period.key, label: content.periodLabel } };
  const intro = await summaryIntroReader(db)(knownLocale(contact.language));
  const email = summaryEmail(content, recipient, intro);
  if (email) return { ...email, ...about, wouldSend: true };
  const quiet = summaryEmail(content, { ...recipient, sendWhenQuiet: true }, intro);
  if (!quiet) throw new Error("previewSummary: a quiet summary rendered nothing");
  return { ...quiet, ...about, wouldSend: false };
}
