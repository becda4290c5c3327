import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { MissingTables } from "@/components/equalities/missing-tables";
import { ScopeForm } from "@/components/equalities/scope-form";
import { ScopeSummary } from "@/components/equalities/scope-summary";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/guard";
import { can } from "@/lib/domain/access/policy";
import { formatDate } from "@/lib/format/dates";
import { getMissingGroups } from "@/lib/server/equalities/get-missing-groups";
import { listScopeOptions } from "@/lib/server/equalities/list-scope-options";
import { readScope } from "../read-scope";
import "@/app/styles/equalities.css";

export async function generateMetadata(): Promise<Metadata> {
  await requirePermission("equalities:view", "/console/equalities/missing");
  return { title: (await getTranslations("equalities.missing"))("title") };
}

type Props = { searchParams: Promise<{ scope?: string | string[] }> };

/** "Who are we missing?": who took part compared with the area's population, from the suppressed counts only. */
export default async function MissingPage({ searchParams }: Props) {
  const user = await requirePermission("equalities:view", "/console/equalities/missing");
  const [t, population] = await Promise.all([getTranslations("equalities.missing"), getTranslations("equalities.population")]);
  const [options, scope] = await Promise.all([listScopeOptions(user), readScope(searchParams)]);
  const result = scope.value ? await getMissingGroups(user, scope.value) : null;
  const back = scope.param ? `/console/equalities?scope=${encodeURIComponent(scope.param)}` : "/console/equalities";
  return (
    <>
      <PageHeader title={t("title")} back={{ href: back, label: population("back") }} lede={t("lede")} />
      <ScopeForm action="/console/equalities/missing" options={options} value={scope.param} error={scope.error} />
      {result ? (
        <>
          <ScopeSummary view={result.view} />
          {result.population && result.comparison ? (
            <>
              <p>{t("figuresUsed", { area: result.population.area ?? population("wholeArea"), source: result.population.source, date: formatDate(result.population.uploadedAt) })}</p>
              <MissingTables comparison={result.comparison} />
            </>
          ) : (
            <div className="notice">
              <p>{t("noFigures")}</p>
              {can(user.role, "equalities:population") ? (
                <p>
                  <Link href="/console/equalities/population">{t("uploadLink")}</Link>
                </p>
              ) : null}
            </div>
          )}
        </>
      ) : null}
    </>
  );
}
