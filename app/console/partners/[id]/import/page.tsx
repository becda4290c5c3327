import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { importContactsAction } from "@/app/console/partners/actions";
import { ContactImport } from "@/components/partners/contact-import";
import { DataTable } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
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
      <PageHeader
        title={t("import.title", { name: organisation.name })}
        back={{ href: `/console/partners/${organisation.id}#contacts`, label: t("backTo", { name: organisation.name }) }}
        lede={t("import.intro", { name: organisation.name })}
      />
      <p>{t("import.rules")}</p>
      <DataTable
        caption={t("import.columnsCaption")}
        rows={[...CONTACT_CSV_COLUMNS]}
        rowKey={(column) => column}
        columns={[
          { key: "column", header: t("import.column"), rowHeader: true, cell: (column) => <code>{column}</code> },
          { key: "meaning", header: t("import.meaning"), cell: (column) => t(`import.columns.${column}`) },
        ]}
      />
      <p>{t("import.steps")}</p>
      <ContactImport action={importContactsAction} organisationId={organisation.id} organisationName={organisation.name} />
    </>
  );
}
