import { emailTranslator } from "@/lib/i18n/translator";
import type { Locale } from "@/lib/i18n/locales";
import { simpleEmail } from "./layout";

/** Tells an author why their comment was rejected or removed, with the moderator's note. */
export function moderationEmail(options: {
  decision: "reject" | "hide";
  topicTitle: string;
  topicUrl: string;
  reason: "spam" | "abusive" | "off_topic" | "personal_information" | "other";
  note: string;
  excerpt: string;
  locale?: Locale;
}) {
  const t = emailTranslator(options.locale);
  const title = t(`moderation.${options.decision}.title`, { topic: options.topicTitle });
  const paragraphs = [
    t(`moderation.${options.decision}.intro`, { topic: options.topicTitle }),
    t("moderation.reason", { reason: t(`moderation.reasons.${options.reason}`) }),
    ...(options.note ? [t("moderation.note", { note: options.note })] : []),
    t("moderation.excerpt", { excerpt: options.excerpt }),
    t("moderation.next"),
  ];
  const footer = t("moderation.footer");
  return simpleEmail({ title, paragraphs, action: { label: t("moderation.button"), href: options.topicUrl }, footer, locale: options.locale });
}
