import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SelectField } from "@/components/ui/select-field";
import type { Choice, ResolvedFilters } from "@/lib/domain/dashboard/resolve-filters";
import type { TDashboardQuery } from "@/lib/validations/dashboard";

type Props = { action: string; query: TDashboardQuery; resolved: ResolvedFilters; themes: Choice[]; neighbourhoods: Choice[] };

const bySlug = (choices: Choice[]) => choices.map(({ slug, name }) => ({ id: slug, name }));

/** The GET form that narrows the participation figures: works without JavaScript, bookmarkable. */
export async function DashboardFilters({ action, query, resolved, themes, neighbourhoods }: Props) {
  const t = await getTranslations("dashboard.participation.filters");
  const errorsT = await getTranslations("errors");
  const errors = {
    theme: resolved.unknown.theme ? t("unknownTheme", { value: resolved.unknown.theme }) : undefined,
    neighbourhood: resolved.unknown.neighbourhood ? t("unknownNeighbourhood", { value: resolved.unknown.neighbourhood }) : undefined,
  };
  const fieldErrors = Object.fromEntries(Object.entries(errors).flatMap(([field, message]) => (message ? [[field, [message]]] : [])));
  return (
    <>
      {Object.keys(fieldErrors).length ? (
        <ErrorSummary title={errorsT("summaryTitle")} message="" fieldErrors={fieldErrors} labels={{ theme: t("theme"), neighbourhood: t("neighbourhood") }} />
      ) : null}
      <form method="get" action={action} className="filter-bar" role="search" aria-label={t("label")}>
        <SelectField id="theme" label={t("theme")} error={errors.theme} emptyLabel={t("any")} options={bySlug(themes)} defaultValue={resolved.unknown.theme ? "" : (query.theme ?? "")} />
        <SelectField
          id="neighbourhood"
          label={t("neighbourhood")}
          error={errors.neighbourhood}
          emptyLabel={t("any")}
          options={bySlug(neighbourhoods)}
          defaultValue={resolved.unknown.neighbourhood ? "" : (query.neighbourhood ?? "")}
        />
        <button type="submit" className="button button--secondary">
          {t("apply")}
        </button>
        <Link href={`${action}#participation`} className="filter-bar__clear">
          {t("clear")}
        </Link>
      </form>
    </>
  );
}
