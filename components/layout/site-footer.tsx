import Link from "next/link";
import { getTranslations } from "next-intl/server";

export async function SiteFooter() {
  const t = await getTranslations("layout");
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        <nav aria-label={t("footerLabel")}>
          <ul className="site-footer__links">
            <li>
              <Link href="/accessibility">{t("accessibility")}</Link>
            </li>
            <li>
              <Link href="/privacy">{t("privacy")}</Link>
            </li>
            <li>
              <Link href="/open-data">{t("openData")}</Link>
            </li>
          </ul>
        </nav>
        <p>{t("footerAbout")}</p>
      </div>
    </footer>
  );
}
