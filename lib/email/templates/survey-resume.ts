import { createTranslator } from "use-intl/core";
import { formatDate } from "@/lib/format/dates";
import { DEFAULT_LOCALE, loadMessages, type Locale } from "@/lib/i18n/config";
import { simpleEmail } from "./layout";

/** Sent when someone without an account asks for a link back to the answers they saved. */
export function surveyResumeEmail(options: { surveyTitle: string; resumeUrl: string; closesAt: Date | null; locale?: Locale }) {
  const locale = options.locale ?? DEFAULT_LOCALE;
  const t = createTranslator({ locale, messages: loadMessages(locale), namespace: "surveyRespond.resumeEmail" });
  const title = t("title", { survey: options.surveyTitle });
  const paragraphs = [
    t("intro", { survey: options.surveyTitle }),
    options.closesAt ? t("closes", { date: formatDate(options.closesAt, locale) }) : t("noClose"),
    t("private"),
  ];
  const footer = t("footer");
  return simpleEmail({ subject: t("subject", { survey: options.surveyTitle }), title, paragraphs, action: { label: t("button"), href: options.resumeUrl }, footer, locale });
}
