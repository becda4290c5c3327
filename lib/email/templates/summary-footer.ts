import type { Block } from "@/lib/email/components/document";
import type { Locale } from "@/lib/i18n/locales";
import { emailTranslator } from "@/lib/i18n/translator";

export interface SummaryRecipient {
  name: string;
  organisation: string;
  frequency: "weekly" | "monthly";
  allThemes: boolean;
  preferencesUrl: string;
  unsubscribeUrl: string;
  /** The contact's language (English unless given). */
  locale?: Locale;
}

/** Why the email came, and the links to change preferences or unsubscribe: on every partner email. */
export function summaryFooter(recipient: SummaryRecipient, why: string): Block[] {
  const t = emailTranslator(recipient.locale);
  return [
    { kind: "paragraph", text: why, small: true },
    { kind: "links", items: [{ text: t("summary.preferences"), href: recipient.preferencesUrl }, { text: t("summary.unsubscribe"), href: recipient.unsubscribeUrl }] },
  ];
}
