import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { removePopulationAction, uploadPopulationAction } from "@/app/console/equalities/actions";
import { PopulationFileGuide } from "@/components/equalities/population-file-guide";
import { PopulationTables } from "@/components/equalities/population-tables";
import { PopulationUpload } from "@/components/equalities/population-upload";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/guard";
import { listPopulationTables } from "@/lib/server/equalities/list-population-tables";
import { listNeighbourhoods } from "@/lib/server/reference/list-reference";
import "@/app/styles/equalities.css";
import "@/app/styles/partners.css";

export async function generateMetadata(): Promise<Metadata> {
  await requirePermission("equalities:population", "/console/equalities/population");
  return { title: (await getTranslations("equalities.population"))("title") };
}

const NOTICES = { uploaded: "saved.uploaded", removed: "saved.removed" } as const;

type Props = { searchParams: Promise<{ saved?: string }> };

/** The area's population figures for "who are we missing": those uploaded, an upload form, and how to make the file. */
export default async function PopulationPage({ searchParams }: Props) {
  const user = await requirePermission("equalities:population", "/console/equalities/population");
  const t = await getTranslations("equalities.population");
  const [tables, areas, { saved }] = await Promise.all([listPopulationTables(user), listNeighbourhoods(), searchParams]);
  const notice = saved && Object.hasOwn(NOTICES, saved) ? t(NOTICES[saved as keyof typeof NOTICES]) : null;
  return (
    <>
      <PageHeader title={t("title")} back={{ href: "/console/equalities", label: t("back") }} notice={notice} lede={t("lede")} />
      <section aria-labelledby="tables-title">
        <h2 id="tables-title">{t("tablesTitle")}</h2>
        <PopulationTables tables={tables} remove={removePopulationAction} />
      </section>
      <section aria-labelledby="upload-title">
        <h2 id="upload-title">{t("uploadTitle")}</h2>
        <PopulationUpload action={uploadPopulationAction} areas={areas.map(({ id, name }) => ({ id, name }))} />
      </section>
      <PopulationFileGuide />
    </>
  );
}
