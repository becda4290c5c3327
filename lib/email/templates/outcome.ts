import { emailTranslator } from "@/lib/i18n/translator";
import { emailHtml } from "./layout";

/** "You said, we did": tells a follower the outcome of a topic has been published. */
export function outcomeEmail(options: { topicTitle: string; topicUrl: string; summary: string }) {
  const t = emailTranslator();
  const title = t("outcome.title", { topic: options.topicTitle });
  const paragraphs = [t("outcome.intro", { topic: options.topicTitle }), options.summary];
  const footer = t("outcome.footer");
  return {
    subject: title,
    text: [title, "", ...paragraphs, "", options.topicUrl, "", footer].join("\n"),
    html: emailHtml({ title, paragraphs, action: { label: t("outcome.button"), href: options.topicUrl }, footer }),
  };
}
