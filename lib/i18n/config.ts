import messages from "@/messages/en.json";

export { DEFAULT_LOCALE, SUPPORTED_LOCALES, type Locale } from "./locales";
export type Messages = typeof messages;

export function loadMessages(): Messages {
  return messages;
}
