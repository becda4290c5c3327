import { createTranslator } from "next-intl";
import { DEFAULT_LOCALE, loadMessages } from "./config";

/** A translator for code outside React rendering: emails, the job runner. */
export function emailTranslator() {
  return createTranslator({ locale: DEFAULT_LOCALE, messages: loadMessages(), namespace: "email" });
}
