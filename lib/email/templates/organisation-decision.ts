import { createTranslator } from "use-intl/core";
import { DEFAULT_LOCALE, loadMessages, type Locale } from "@/lib/i18n/config";
import { simpleEmail } from "./layout";

/**
 * Tells an organisation's administrator what the council decided: verified (or reinstated), or
 * rejected with the officer's reason. The button opens the organisation's own page.
 */
export function organisationDecisionEmail(options: { organisation: string; decision: "verified" | "rejected"; reason: string | null; organisationUrl: string; locale?: Locale }) {
  const locale = options.locale ?? DEFAULT_LOCALE;
  const t = createTranslator({ locale, messages: loadMessages(locale), namespace: "organisationDecisionEmail" });
  const values = { organisation: options.organisation };
  const title = t(`${options.decision}.title`, values);
  const paragraphs =
    options.decision === "verified"
      ? [t("verified.intro", values)]
      : [t("rejected.intro", values), t("rejected.reason", { reason: options.reason ?? "" }), t("rejected.next")];
  const footer = t("footer", values);
  return simpleEmail({ title, paragraphs, action: { label: t("button"), href: options.organisationUrl }, footer, locale });
}
