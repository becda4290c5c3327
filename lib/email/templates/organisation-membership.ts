import { createTranslator } from "use-intl/core";
import { DEFAULT_LOCALE, loadMessages, type Locale } from "@/lib/i18n/config";
import { simpleEmail } from "./layout";

/** The emails of organisation membership: each has a subject, a title, a few lines and one link. */
export type MembershipEmail =
  | { kind: "invitation"; organisation: string; inviter: string; expiresInDays: number; url: string }
  | { kind: "joinRequest"; organisation: string; person: string; email: string; note: string; url: string }
  | { kind: "joinApproved"; organisation: string; url: string }
  | { kind: "joinDeclined"; organisation: string; url: string };

export function organisationMembershipEmail(email: MembershipEmail, locale: Locale = DEFAULT_LOCALE) {
  const t = createTranslator({ locale, messages: loadMessages(locale), namespace: "organisationEmails" });
  const { kind, url, ...values } = email;
  const title = t(`${kind}.title`, values);
  const paragraphs = [t(`${kind}.body`, values), ...(email.kind === "joinRequest" && email.note ? [t("joinRequest.note", { note: email.note })] : [])];
  const footer = t("footer");
  return simpleEmail({ subject: t(`${kind}.subject`, values), title, paragraphs, action: { label: t(`${kind}.button`), href: url }, footer, locale });
}
