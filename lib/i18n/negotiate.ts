import { DEFAULT_LOCALE, isLocale, SUPPORTED_LOCALES, type Locale } from "./locales";

/** The cookie that remembers a person's language on this device. */
export const LOCALE_COOKIE = "lt_locale";
/** The Set-Cookie header that remembers a language for a year (`secure` on an https site). */
export function localeSetCookie(locale: Locale, secure: boolean): string {
  return `${LOCALE_COOKIE}=${locale}; Path=/; Max-Age=${365 * 24 * 60 * 60}; SameSite=Lax${secure ? "; Secure" : ""}`;
}

/** `?lang=ur` on any page address: a link to the page in that language, which is then remembered. */
export const LOCALE_PARAM = "lang";

/** The languages an Accept-Language header asks for, most wanted first: "pl-PL,pl;q=0.9,en;q=0.8". */
export function acceptedLanguages(header: string | null | undefined): string[] {
  if (!header) return [];
  return header
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((param) => param.trim()).find((param) => param.startsWith("q="));
      const weight = q ? Number(q.slice(2)) : 1;
      return { tag: tag.trim().toLowerCase(), weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((entry) => entry.tag && entry.tag !== "*" && entry.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index)
    .map((entry) => entry.tag);
}

/** The first supported language the browser asks for: "ur-PK" is Urdu, "pa-Guru-IN" Punjabi. */
export function fromAcceptLanguage(header: string | null | undefined): Locale | null {
  for (const tag of acceptedLanguages(header)) {
    const primary = tag.split("-")[0];
    const found = SUPPORTED_LOCALES.find((locale) => locale === tag || locale === primary);
    if (found) return found;
  }
  return null;
}

export type LocaleChoice = {
  locale: Locale;
  /** Chosen by the person (the address or their cookie), not guessed from the browser. */
  chosen: boolean;
};

/**
 * A request's language: the address's `?lang=` first (a shared link), then the person's remembered
 * choice, then what the browser asks for, then English. An unknown code anywhere is ignored.
 */
export function chooseLocale(given: { param?: string | null; cookie?: string | null; acceptLanguage?: string | null }): LocaleChoice {
  if (isLocale(given.param)) return { locale: given.param, chosen: true };
  if (isLocale(given.cookie)) return { locale: given.cookie, chosen: true };
  return { locale: fromAcceptLanguage(given.acceptLanguage) ?? DEFAULT_LOCALE, chosen: false };
}
