import { emailTranslator } from "@/lib/i18n/translator";
import { emailHtml } from "./layout";

/** The magic-link email: subject, plain text and HTML, all from the message files. */
export function signInEmail(options: { url: string; minutes: number; siteName: string }) {
  const t = emailTranslator();
  const title = t("signIn.title", { siteName: options.siteName });
  const paragraphs = [t("signIn.intro"), t("signIn.expiry", { minutes: options.minutes })];
  const footer = t("signIn.ignore");
  return {
    subject: title,
    text: [title, "", ...paragraphs, "", options.url, "", footer].join("\n"),
    html: emailHtml({ title, paragraphs, action: { label: t("signIn.button"), href: options.url }, footer }),
  };
}
