import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/guard";
import { listPartnerOrganisations } from "@/lib/server/partners/list-partner-organisations";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("partners"))("title") };
}

export default async function PartnersPage() {
  await requirePermission("partner:manage", "/console/partners");
  const t = await getTranslations("partners");
  const organisations = await listPartnerOrganisations();
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("intro")}</p>
      <p>
        <Link href="/console/partners/new" className="button button--primary">
          {t("create")}
        </Link>
      </p>
      <div className="table-wrap">
        <table className="table">
          <caption className="visually-hidden">{t("caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("name")}</th>
              <th scope="col">{t("type")}</th>
              <th scope="col">{t("network")}</th>
              <th scope="col">{t("activeContacts")}</th>
              <th scope="col">
                {t("stoppedContacts")}
                <span className="visually-hidden"> ({t("stoppedHint")})</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {organisations.map((organisation) => (
              <tr key={organisation.id}>
                <th scope="row">
                  <Link href={`/console/partners/${organisation.id}`}>{organisation.name}</Link>
                </th>
                <td>{t(`types.${organisation.type}`)}</td>
                <td>{organisation.inNetwork ? t("yes") : t("no")}</td>
                <td>{organisation.active}</td>
                <td>{organisation.unsubscribed + organisation.bounced + organisation.complained}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="hint">{t("stoppedHint")}</p>
    </>
  );
}
