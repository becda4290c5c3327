import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { organisationColumns } from "@/components/organisation-verification/organisation-columns";
import { classificationLabels } from "@/lib/i18n/classification-labels";
import { DataTable } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/guard";
import { VERIFICATION_VIEWS, verificationOfView, type VerificationView } from "@/lib/domain/organisations/verification";
import { countOrganisationsByVerification } from "@/lib/server/organisations/count-organisations-by-verification";
import { listOrganisationsToVerify } from "@/lib/server/organisations/list-organisations-to-verify";
import { ZOrganisationsQuery } from "@/lib/validations/organisation-verification";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("consoleOrganisations"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Self-registered organisations, waiting for a decision first: officers open each to verify or reject it. */
export default async function OrganisationsPage({ searchParams }: Props) {
  await requirePermission("organisation:verify", "/console/organisations");
  const t = await getTranslations("consoleOrganisations");
  const { view } = ZOrganisationsQuery.parse(await searchParams);
  const [organisations, counts] = await Promise.all([listOrganisationsToVerify(view), countOrganisationsByVerification()]);
  const tabCount = (item: VerificationView) => {
    const verification = verificationOfView(item);
    return verification ? counts[verification] : counts.unverified + counts.verified + counts.rejected;
  };
  return (
    <>
      <PageHeader title={t("title")} lede={t("intro")} />
      <nav aria-label={t("viewsLabel")} className="tabs">
        <ul>
          {VERIFICATION_VIEWS.map((item) => (
            <li key={item}>
              <Link href={`/console/organisations?view=${item}`} aria-current={item === view ? "page" : undefined}>
                {t(`views.${item}`)} ({tabCount(item)})
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <DataTable
        caption={t("caption", { view: t(`views.${view}`) })}
        rows={organisations}
        rowKey={(organisation) => organisation.id}
        empty={t(`empty.${view}`)}
        columns={[
          { key: "name", header: t("name"), rowHeader: true, cell: (organisation) => <Link href={`/console/organisations/${organisation.id}`}>{organisation.name}</Link> },
          ...(view === "all" ? [{ key: "verification", header: t("verification"), cell: (organisation: (typeof organisations)[number]) => t(`statuses.${organisation.verification}`) }] : []),
          ...organisationColumns(t, await classificationLabels()),
          { key: "people", header: t("people"), numeric: true, cell: (organisation) => organisation.people },
        ]}
      />
    </>
  );
}
