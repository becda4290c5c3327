import messages from "@/messages/en.json";

/** The locales a page or an email can be written in today (a partner contact chooses one); see ./locales. */
export { DEFAULT_LOCALE, SUPPORTED_LOCALES, type Locale } from "./locales";
export type Messages = typeof messages;

export function loadMessages(): Messages {
  return messages;
}
