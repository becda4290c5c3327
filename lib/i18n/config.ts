import messages from "@/messages/en.json";

/** English now; Punjabi, Urdu, Polish and Arabic (right to left) will follow. */
export const DEFAULT_LOCALE = "en";
/** The locales a page or an email can be written in today (a partner contact chooses one). */
export const SUPPORTED_LOCALES = [DEFAULT_LOCALE] as const;
export type Locale = (typeof SUPPORTED_LOCALES)[number];
export type Messages = typeof messages;

export function loadMessages(): Messages {
  return messages;
}
