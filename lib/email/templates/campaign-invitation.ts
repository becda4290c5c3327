// use-intl/core, not next-intl: the job runner (reminders) runs under the react-server condition.
import { createTranslator } from "use-intl/core";
import { formatDate } from "@/lib/format/dates";
import { DEFAULT_LOCALE, loadMessages, type Locale } from "@/lib/i18n/config";
import { simpleEmail } from "./layout";

export type CampaignEmailKind = "invitation" | "reminder" | "newLink";

type Recipient = { name: string | null; link: string; unsubscribeUrl: string; expiresAt: Date };

/**
 * A writer for one campaign's emails: the translator is made once, then each recipient's message is
 * their name and personal link dropped into the same words (thousands are written per send).
 */
export function campaignEmailWriter(kind: CampaignEmailKind, survey: { title: string; closesAt: Date | null }, locale: Locale = DEFAULT_LOCALE) {
  const t = createTranslator({ locale, messages: loadMessages(locale), namespace: "campaignEmails" });
  const subject = t(`${kind}.subject`, { survey: survey.title });
  const title = t(`${kind}.title`, { survey: survey.title });
  const closes = survey.closesAt ? t("closes", { date: formatDate(survey.closesAt, locale) }) : null;
  return (recipient: Recipient) => {
    const greeting = recipient.name ? t("greeting", { name: recipient.name }) : t("greetingNoName");
    const paragraphs = [greeting, t(`${kind}.intro`, { survey: survey.title }), t("forward"), t("expires", { date: formatDate(recipient.expiresAt, locale) }), ...(closes ? [closes] : [])];
    const footer = t("footer", { url: recipient.unsubscribeUrl });
    return simpleEmail({ subject, title, paragraphs, action: { label: t("button"), href: recipient.link }, footer, locale });
  };
}
