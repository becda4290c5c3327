import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { ClientMessages } from "@/components/layout/client-messages";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { getCurrentUser } from "@/lib/auth/current-user";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import { DatabaseUnavailableError } from "@/lib/db/unavailable";
import { signOutAction } from "./(auth)/actions";
import "./globals.css";
import "./styles/comments.css";

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
    <html lang={locale}>
      <body>
        <ClientMessages>
          <a className="skip-link" href="#main-content">
            {t("skipLink")}
          </a>
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
