import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import { can } from "@/lib/domain/access/policy";
import { STAFF_LINK_SLOT, VIEWER_NAME_SLOT } from "@/lib/domain/comments/viewer-slots";
import { escapeHtml } from "@/lib/text/escape-html";

/**
 * The signed-in person, null when signed out, "unknown" while the database cannot be reached, or
 * "participant" on the page every participant shares, where lib/page-cache fills in the person's
 * name and shows staff the console link per response.
 */
export type HeaderUser = CurrentUser | null | "unknown" | "participant";

type Props = { user: HeaderUser; signOutAction: () => Promise<void> };

export async function SiteHeader({ user, signOutAction }: Props) {
  const t = await getTranslations("layout");
  const tSurveys = await getTranslations("surveys");
  // While the database is away the header shows no account links (neither "Sign in" nor the person's):
  // the page below says to try again.
  const known = user === "unknown" || user === "participant" ? null : user;
  const signedIn = user === "participant" || known !== null;
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
            {user === "participant" || can(known?.role, "console:access") ? (
              <li data-slot={STAFF_LINK_SLOT} hidden={user === "participant"}>
                <Link href="/console" prefetch={false}>
                  {t("navConsole")}
                </Link>
              </li>
            ) : null}
            {user === "unknown" ? null : signedIn ? (
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
      {signedIn ? (
        <p className="site-header__status">
          <span className="visually-hidden">{t("signedInAs")} </span>
          {/* The name as escaped HTML that React leaves alone, so the shared page can carry it filled in per response. */}
          <span data-slot={VIEWER_NAME_SLOT} dangerouslySetInnerHTML={{ __html: known ? escapeHtml(known.name ?? known.email) : "" }} />
        </p>
      ) : null}
    </header>
  );
}
