import { NextResponse } from "next/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { withPublic } from "@/lib/auth/route";
import { safeReturnPath } from "@/lib/auth/site-link";
import { env } from "@/lib/env";
import { isLocale } from "@/lib/i18n/locales";
import { localeSetCookie } from "@/lib/i18n/negotiate";
import { setLanguage } from "@/lib/server/profile/set-language";

/**
 * The language chooser on every page (a plain form: it works without JavaScript). Remembers the
 * choice on this device (a cookie) and, for someone signed in, in their profile; then back to the
 * page they were on. An unknown language changes nothing.
 */
export const POST = withPublic(async (request) => {
  const form = await request.formData();
  const locale = form.get("locale");
  const back = safeReturnPath(String(form.get("returnTo") ?? "/"));
  const response = NextResponse.redirect(new URL(back, env.AUTH_URL), 303);
  if (!isLocale(locale)) return response;
  const user = await getCurrentUser().catch(() => null);
  if (user) await setLanguage(user, locale);
  response.headers.append("set-cookie", localeSetCookie(locale, env.AUTH_URL.startsWith("https://")));
  return response;
});
