import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AggregateTables } from "@/components/equalities/aggregate-tables";
import { ScopeForm } from "@/components/equalities/scope-form";
import { ScopeSummary } from "@/components/equalities/scope-summary";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/guard";
import { can } from "@/lib/domain/access/policy";
import { getEqualitiesAggregate } from "@/lib/server/equalities/get-equalities-aggregate";
import { listScopeOptions } from "@/lib/server/equalities/list-scope-options";
import { readScope } from "./read-scope";
import "@/app/styles/equalities.css";

export async function generateMetadata(): Promise<Metadata> {
  await requirePermission("equalities:view", "/console/equalities");
  return { title: (await getTranslations("equalities"))("title") };
}

type Props = { searchParams: Promise<{ scope?: string | string[] }> };

/** Who takes part: the "about you" answers of the people who took part in something, as suppressed counts only. */
export default async function EqualitiesPage({ searchParams }: Props) {
  const user = await requirePermission("equalities:view", "/console/equalities");
  const t = await getTranslations("equalities");
  const [options, scope] = await Promise.all([listScopeOptions(user), readScope(searchParams)]);
  const view = scope.value ? await getEqualitiesAggregate(user, scope.value) : null;
  return (
    <>
      <PageHeader title={t("title")} lede={t("lede")} />
      <ScopeForm action="/console/equalities" options={options} value={scope.param} error={scope.error} />
      {view ? (
        <>
          <ScopeSummary view={view} />
          <p className="button-row">
            <Link href={`/console/equalities/missing?scope=${encodeURIComponent(scope.param)}`}>{t("missingLink")}</Link>
          </p>
          <AggregateTables aggregate={view.aggregate} />
        </>
      ) : null}
      <section aria-labelledby="protection">
        <h2 id="protection">{t("protectionTitle")}</h2>
        <ul className="list list--bullet">
          {(["threshold", "secondary", "differencing"] as const).map((key) => (
            <li key={key}>{t(`protection.${key}`)}</li>
          ))}
        </ul>
        {can(user.role, "equalities:population") ? (
          <p>
            <Link href="/console/equalities/population">{t("populationLink")}</Link>
          </p>
        ) : null}
      </section>
    </>
  );
}
