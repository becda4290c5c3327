import { emailTranslator } from "@/lib/i18n/translator";
import type { Locale } from "@/lib/i18n/locales";
import { simpleEmail } from "./layout";

/** "You said, we did": tells a follower the outcome of a topic has been published. */
export function outcomeEmail(options: { topicTitle: string; topicUrl: string; summary: string; locale?: Locale }) {
  const t = emailTranslator(options.locale);
  const title = t("outcome.title", { topic: options.topicTitle });
  const paragraphs = [t("outcome.intro", { topic: options.topicTitle }), options.summary];
  const footer = t("outcome.footer");
  return simpleEmail({ title, paragraphs, action: { label: t("outcome.button"), href: options.topicUrl }, footer, locale: options.locale });
}
