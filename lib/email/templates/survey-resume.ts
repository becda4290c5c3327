import { createTranslator } from "use-intl/core";
import { formatDate } from "@/lib/format/dates";
import { DEFAULT_LOCALE, loadMessages } from "@/lib/i18n/config";
import { emailHtml } from "./layout";

/** Sent when someone without an account asks for a link back to the answers they saved. */
export function surveyResumeEmail(options: { surveyTitle: string; resumeUrl: string; closesAt: Date | null }) {
  const t = createTranslator({ locale: DEFAULT_LOCALE, messages: loadMessages(), namespace: "surveyRespond.resumeEmail" });
  const title = t("title", { survey: options.surveyTitle });
  const paragraphs = [
    t("intro", { survey: options.surveyTitle }),
    options.closesAt ? t("closes", { date: formatDate(options.closesAt) }) : t("noClose"),
    t("private"),
  ];
  const footer = t("footer");
  return {
    subject: t("subject", { survey: options.surveyTitle }),
    text: [title, "", ...paragraphs, "", options.resumeUrl, "", footer].join("\n"),
    html: emailHtml({ title, paragraphs, action: { label: t("button"), href: options.resumeUrl }, footer }),
  };
}
