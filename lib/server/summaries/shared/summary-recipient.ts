import "server-only";
import { knownLocale } from "@/lib/i18n/locales";
import type { SummaryRecipient } from "@/lib/email/templates/summary-footer";
import { preferencesUrl } from "@/lib/server/partners/shared/contact-link";
import type { SummaryContact } from "@/lib/server/partners/shared/read-contacts";

/**
 * How a contact is addressed and where their links go. The unsubscribe link in the body opens the
 * preferences page at its unsubscribe form (a GET must not unsubscribe: mail scanners follow links);
 * the one-click POST is in the List-Unsubscribe headers.
 */
export function summaryRecipient(contact: SummaryContact): SummaryRecipient & { sendWhenQuiet: boolean } {
  const preferences = preferencesUrl(contact.id);
  return {
    name: contact.name,
    organisation: contact.organisation,
    frequency: contact.frequency,
    allThemes: contact.allThemes,
    sendWhenQuiet: contact.sendWhenQuiet,
    preferencesUrl: preferences,
    unsubscribeUrl: `${preferences}#unsubscribe`,
    locale: knownLocale(contact.language),
  };
}
