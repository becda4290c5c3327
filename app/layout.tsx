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
import { getPageViewer } from "@/lib/auth/page-viewer";
import type { HeaderUser } from "@/components/layout/site-header";
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

/**
 * The person the header shows: "unknown" while the database is away (the page below says to try
 * again); "participant" on the page every participant shares (their name is filled in per response).
 */
async function headerUser(): Promise<HeaderUser> {
  const viewer = await getPageViewer().catch((error: unknown) => {
    if (error instanceof DatabaseUnavailableError) return "unknown" as const;
    throw error;
  });
  if (viewer === "unknown" || viewer.kind === "participant") return viewer === "unknown" ? viewer : "participant";
  return viewer.kind === "person" ? viewer.user : null;
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
