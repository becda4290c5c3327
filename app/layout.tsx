import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import "@fontsource/noto-sans-gurmukhi/gurmukhi-400.css";
import "@fontsource/noto-sans-gurmukhi/gurmukhi-700.css";
import "@fontsource/noto-naskh-arabic/arabic-400.css";
import "@fontsource/noto-naskh-arabic/arabic-700.css";
import "@fontsource/noto-nastaliq-urdu/arabic-400.css";
import "@fontsource/noto-nastaliq-urdu/arabic-700.css";
import { ClientMessages } from "@/components/layout/client-messages";
import { LanguageChooser } from "@/components/layout/language-chooser";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { getCurrentUser } from "@/lib/auth/current-user";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import { isLocale, localeDirection } from "@/lib/i18n/locales";
import { DatabaseUnavailableError } from "@/lib/db/unavailable";
import { signOutAction } from "./(auth)/actions";
import "./globals.css";
import "./styles/fonts.css";
import "./styles/language-chooser.css";
import "./styles/comments.css";
import "./styles/translations.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("site");
  return { title: { default: t("name"), template: `%s - ${t("name")}` }, description: t("description") };
}

/** The person the header shows: "unknown" while the database is away (the page below says to try again). */
async function headerUser(): Promise<CurrentUser | null | "unknown"> {
  return getCurrentUser().catch((error: unknown) => {
    if (error instanceof DatabaseUnavailableError) return "unknown" as const;
    throw error;
  });
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  const t = await getTranslations("layout");
  const user = await headerUser();
  return (
    <html lang={locale} dir={isLocale(locale) ? localeDirection(locale) : "ltr"}>
      <body>
        <ClientMessages>
          <a className="skip-link" href="#main-content">
            {t("skipLink")}
          </a>
          <LanguageChooser />
          <SiteHeader user={user} signOutAction={signOutAction} />
          <main id="main-content" className="page" tabIndex={-1}>
            {children}
          </main>
          <SiteFooter />
        </ClientMessages>
      </body>
    </html>
  );
}
