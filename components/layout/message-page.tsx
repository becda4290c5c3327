import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** A short page that explains where the visitor is and links back to the topics (404, 403). */
export async function MessagePage({ namespace }: { namespace: "notFound" | "forbidden" | "publicResults.notPublished" | "partnerPreferences.invalidLink" | "accountDeleted" | "contactErased" }) {
  const t = await getTranslations(namespace);
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
