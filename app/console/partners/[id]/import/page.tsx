import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { importContactsAction } from "@/app/console/partners/actions";
import { ContactImport } from "@/components/partners/contact-import";
import { requirePermission } from "@/lib/auth/guard";
import { orNotFound } from "@/lib/auth/or-not-found";
import { CONTACT_CSV_COLUMNS } from "@/lib/domain/partners/parse-contacts-csv";
import { getPartnerOrganisation } from "@/lib/server/partners/get-partner-organisation";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("partners.import"))("metaTitle") };
}

type Props = { params: Promise<{ id: string }> };

export default async function ImportContactsPage({ params }: Props) {
  const { id } = await params;
  await requirePermission("partner:manage", `/console/partners/${id}/import`);
  const t = await getTranslations("partners");
  const organisation = await orNotFound(() => getPartnerOrganisation(id), id);
  return (
    <>
      <p>
        <Link href={`/console/partners/${organisation.id}#contacts`} className="back-link">
          {t("backTo", { name: organisation.name })}
        </Link>
      </p>
      <h1>{t("import.title", { name: organisation.name })}</h1>
      <p className="lead">{t("import.intro", { name: organisation.name })}</p>
      <p>{t("import.rules")}</p>
      <div className="table-wrap">
        <table className="table">
          <caption className="visually-hidden">{t("import.columnsCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("import.column")}</th>
              <th scope="col">{t("import.meaning")}</th>
            </tr>
          </thead>
          <tbody>
            {CONTACT_CSV_COLUMNS.map((column) => (
              <tr key={column}>
                <th scope="row">
                  <code>{column}</code>
                </th>
                <td>{t(`import.columns.${column}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p>{t("import.steps")}</p>
      <ContactImport action={importContactsAction} organisationId={organisation.id} organisationName={organisation.name} />
    </>
  );
}
