import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import "@fontsource/noto-sans-gurmukhi/gurmukhi-400.css";
import "@fontsource/noto-sans-gurmukhi/gurmukhi-700.css";
import "@fontsource/noto-naskh-arabic/arabic-400.css";
import "@fontsource/noto-naskh-arabic/arabic-700.css";
import "@fontsource/noto-nastaliq-urdu/arabic-400.css";
import "@fontsource/noto-nastaliq-urdu/arabic-700.css";
import { ErrorPageTextProvider, type ErrorPageText } from "@/components/layout/error-page-text";
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

/**
 * The error page's words, formatted here so the browser needs no translation library for them (the
 * pages whose client components need one add it in their own layout: messagesLayout).
 */
async function errorPageText(): Promise<ErrorPageText> {
  const t = await getTranslations("errorPage");
  const mark = "\u241f";
  const [bodyBefore = "", bodyAfter = ""] = t("body", { reference: mark }).split(mark);
  return { title: t("title"), bodyBefore, bodyAfter, retry: t("retry"), unavailableTitle: t("unavailableTitle"), unavailableBody: t("unavailableBody") };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  const t = await getTranslations("layout");
  const user = await headerUser();
  const errorText = await errorPageText();
  return (
    <html lang={locale} dir={isLocale(locale) ? localeDirection(locale) : "ltr"}>
      <body>
        <a className="skip-link" href="#main-content">
          {t("skipLink")}
        </a>
        <LanguageChooser />
        <SiteHeader user={user} signOutAction={signOutAction} />
        <main id="main-content" className="page" tabIndex={-1}>
          <ErrorPageTextProvider text={errorText}>{children}</ErrorPageTextProvider>
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
