// use-intl/core, not next-intl: scripts run under the react-server condition (db:seed), where next-intl's entry pulls in client React.
import { createTranslator } from "use-intl/core";
import { DEFAULT_LOCALE, loadMessages, type Locale } from "./config";
import type { Translate } from "./translate";

/** A translator for code outside React rendering (emails, the job runner), in the recipient's language. */
export function emailTranslator(locale: Locale = DEFAULT_LOCALE) {
  return createTranslator({ locale, messages: loadMessages(locale), namespace: "email" });
}

/** A translator for any key, in the default language, for code that runs before a request has one (the proxy). */
export function defaultTranslator(): Translate {
  const t = createTranslator({ locale: DEFAULT_LOCALE, messages: loadMessages() });
  return Object.assign((key: string, values?: Record<string, string | number>) => t(key as never, values as never), { has: (key: string) => t.has(key as never) });
}
