import { emailTranslator } from "@/lib/i18n/translator";
import { formatDateTime } from "@/lib/format/dates";
import type { Locale } from "@/lib/i18n/locales";
import { simpleEmail } from "./layout";

/** Sent when a response is submitted and we know the respondent's address. */
export function surveyReceiptEmail(options: { surveyTitle: string; reference: string; submittedAt: Date; thankYou: string; surveyUrl: string; locale?: Locale }) {
  const t = emailTranslator(options.locale);
  const title = t("surveyReceipt.title", { survey: options.surveyTitle });
  const when = formatDateTime(options.submittedAt, options.locale ?? "en");
  const paragraphs = [
    t("surveyReceipt.intro", { survey: options.surveyTitle, when }),
    t("surveyReceipt.reference", { reference: options.reference }),
    ...(options.thankYou ? [options.thankYou] : []),
  ];
  const footer = t("surveyReceipt.footer");
  const subject = t("surveyReceipt.subject", { survey: options.surveyTitle, reference: options.reference });
  return simpleEmail({ subject, title, paragraphs, action: { label: t("surveyReceipt.button"), href: options.surveyUrl }, footer, locale: options.locale });
}
