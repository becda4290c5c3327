import { headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { loadMessages } from "./config";
import { DEFAULT_LOCALE, isLocale, type Locale } from "./locales";
import { LOCALE_CHOSEN_HEADER, LOCALE_HEADER } from "./locale-headers";
import { setRenderLocale } from "./request-locale";

/**
 * The proxy settles the language from the address, the cookie and the browser (lib/i18n/negotiate);
 * when the person has not chosen one on this device, a signed-in person's profile language wins over
 * the browser's.
 */
async function requestLocale(): Promise<Locale> {
  const given = await headers();
  const locale = given.get(LOCALE_HEADER);
  const fromProxy = isLocale(locale) ? locale : DEFAULT_LOCALE;
  if (given.get(LOCALE_CHOSEN_HEADER)) return fromProxy;
  const user = await getCurrentUser().catch(() => null);
  return user?.locale ?? fromProxy;
}

export default getRequestConfig(async () => {
  const locale = await requestLocale();
  setRenderLocale(locale);
  return { locale, messages: loadMessages(locale), timeZone: "Europe/London" };
});
