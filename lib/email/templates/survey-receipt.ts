import { emailTranslator } from "@/lib/i18n/translator";
import { emailHtml } from "./layout";

/** Sent when a response is submitted and we know the respondent's address. */
export function surveyReceiptEmail(options: { surveyTitle: string; reference: string; submittedAt: Date; thankYou: string; surveyUrl: string }) {
  const t = emailTranslator();
  const title = t("surveyReceipt.title", { survey: options.surveyTitle });
  const when = options.submittedAt.toLocaleString("en-GB", { dateStyle: "long", timeStyle: "short", timeZone: "Europe/London" });
  const paragraphs = [
    t("surveyReceipt.intro", { survey: options.surveyTitle, when }),
    t("surveyReceipt.reference", { reference: options.reference }),
    ...(options.thankYou ? [options.thankYou] : []),
  ];
  const footer = t("surveyReceipt.footer");
  return {
    subject: t("surveyReceipt.subject", { survey: options.surveyTitle, reference: options.reference }),
    text: [title, "", ...paragraphs, "", options.surveyUrl, "", footer].join("\n"),
    html: emailHtml({ title, paragraphs, action: { label: t("surveyReceipt.button"), href: options.surveyUrl }, footer }),
  };
}
