import messages from "@/messages/en.json";

/** English now; Punjabi, Urdu, Polish and Arabic (right to left) will follow. */
export const DEFAULT_LOCALE = "en";
export type Messages = typeof messages;

export function loadMessages(): Messages {
  return messages;
}
