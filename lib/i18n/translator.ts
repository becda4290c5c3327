// use-intl/core, not next-intl: scripts run under the react-server condition (db:seed), where next-intl's entry pulls in client React.
import { createTranslator } from "use-intl/core";
import { DEFAULT_LOCALE, loadMessages } from "./config";

/** A translator for code outside React rendering: emails, the job runner. */
export function emailTranslator() {
  return createTranslator({ locale: DEFAULT_LOCALE, messages: loadMessages(), namespace: "email" });
}
