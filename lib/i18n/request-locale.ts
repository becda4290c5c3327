import { cache } from "react";
import { DEFAULT_LOCALE, type Locale } from "./locales";

/**
 * The language of the page being rendered, for code that formats dates and numbers without a
 * translator at hand (lib/format). Set once per request by lib/i18n/request.ts, before anything is
 * translated; React's cache keeps it to this request. Outside a server render (emails, scripts, the
 * browser) it is the default: pass the language explicitly there.
 */
const current = cache((): { locale: Locale } => ({ locale: DEFAULT_LOCALE }));

export function setRenderLocale(locale: Locale): void {
  current().locale = locale;
}

export function renderLocale(): Locale {
  return current().locale;
}
