import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
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
      <PageHeader
        title={t("title")}
        lede={t("intro")}
        actions={
          <Link href="/console/partners/new" className="button button--primary">
            {t("create")}
          </Link>
        }
      />
      <DataTable
        caption={t("caption")}
        rows={organisations}
        rowKey={(organisation) => organisation.id}
        columns={[
          { key: "name", header: t("name"), rowHeader: true, cell: (organisation) => <Link href={`/console/partners/${organisation.id}`}>{organisation.name}</Link> },
          { key: "type", header: t("type"), cell: (organisation) => t(`types.${organisation.type}`) },
          { key: "network", header: t("network"), cell: (organisation) => (organisation.inNetwork ? t("yes") : t("no")) },
          { key: "active", header: t("activeContacts"), cell: (organisation) => organisation.active },
          {
            key: "stopped",
            header: (
              <>
                {t("stoppedContacts")}
                <span className="visually-hidden"> ({t("stoppedHint")})</span>
              </>
            ),
            cell: (organisation) => organisation.unsubscribed + organisation.bounced + organisation.complained,
          },
        ]}
      />
      <p className="hint">{t("stoppedHint")}</p>
    </>
  );
}
