import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import { can } from "@/lib/domain/access/policy";

type Props = {
  /** The signed-in person, null when signed out, "unknown" while the database cannot be reached. */
  user: CurrentUser | null | "unknown";
  signOutAction: () => Promise<void>;
};

export async function SiteHeader({ user, signOutAction }: Props) {
  const t = await getTranslations("layout");
  const tSurveys = await getTranslations("surveys");
  // While the database is away the header shows no account links (neither "Sign in" nor the person's):
  // the page below says to try again.
  const known = user === "unknown" ? null : user;
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link href="/" className="site-header__brand">
          <span className="site-header__logo" aria-hidden="true">
            LT
          </span>
          <span>
            <span className="site-header__name">{t("brand")}</span>
            <span className="site-header__place">{t("place")}</span>
          </span>
        </Link>
        <nav aria-label={t("navLabel")} className="site-nav">
          <ul>
            <li>
              <Link href="/topics">{t("navTopics")}</Link>
            </li>
            <li>
              <Link href="/surveys">{tSurveys("navLink")}</Link>
            </li>
            {can(known?.role, "console:access") ? (
              <li>
                <Link href="/console">{t("navConsole")}</Link>
              </li>
            ) : null}
            {user === "unknown" ? null : user ? (
              <>
                <li>
                  <Link href="/profile">{t("navProfile")}</Link>
                </li>
                <li>
                  <form action={signOutAction}>
                    <button type="submit" className="link-button">
                      {t("signOut")}
                    </button>
                  </form>
                </li>
              </>
            ) : (
              <li>
                <Link href="/sign-in">{t("signIn")}</Link>
              </li>
            )}
          </ul>
        </nav>
      </div>
      {known ? (
        <p className="site-header__status">
          <span className="visually-hidden">{t("signedInAs")} </span>
          {known.name ?? known.email}
        </p>
      ) : null}
    </header>
  );
}
