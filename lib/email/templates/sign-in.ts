import { emailTranslator } from "@/lib/i18n/translator";
import type { Locale } from "@/lib/i18n/locales";
import { simpleEmail } from "./layout";

/** The magic-link email: subject, plain text and HTML, all from the message files. */
export function signInEmail(options: { url: string; minutes: number; siteName: string; locale?: Locale }) {
  const t = emailTranslator(options.locale);
  const title = t("signIn.title", { siteName: options.siteName });
  const paragraphs = [t("signIn.intro"), t("signIn.expiry", { minutes: options.minutes })];
  const footer = t("signIn.ignore");
  return simpleEmail({ title, paragraphs, action: { label: t("signIn.button"), href: options.url }, footer, locale: options.locale });
}
