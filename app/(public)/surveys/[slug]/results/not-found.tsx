import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** Results not published (or no such survey): say so plainly. */
export default async function ResultsNotFound() {
  const t = await getTranslations("publicResults.notPublished");
  return (
    <div className="narrow">
      <h1>{t("title")}</h1>
      <p className="lead">{t("body")}</p>
      <p>
        <Link href="/">{t("home")}</Link>
      </p>
    </div>
  );
}
