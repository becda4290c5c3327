import type { Block } from "@/lib/email/components/document";
import { emailTranslator } from "@/lib/i18n/translator";

export interface SummaryRecipient {
  name: string;
  organisation: string;
  frequency: "weekly" | "monthly";
  allThemes: boolean;
  preferencesUrl: string;
  unsubscribeUrl: string;
}

/** Why the email came, and the links to change preferences or unsubscribe: on every partner email. */
export function summaryFooter(recipient: SummaryRecipient, why: string): Block[] {
  const t = emailTranslator();
  return [
    { kind: "paragraph", text: why, small: true },
    { kind: "links", items: [{ text: t("summary.preferences"), href: recipient.preferencesUrl }, { text: t("summary.unsubscribe"), href: recipient.unsubscribeUrl }] },
  ];
}
