import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { RESPONSE_CHANNELS } from "@/lib/domain/surveys/offline/channels";
import { SIC_CODES, SIZE_BAND_CODES } from "@/lib/domain/surveys/organisation";
import { classificationLabels } from "@/lib/i18n/classification-labels";
import { CROSS_TAB_DIMENSIONS, type TResultsQuery } from "@/lib/validations/survey-results";

type Option = { value: string; label: string };
type Props = { action: string; query: TResultsQuery; neighbourhoods: { id: string; name: string }[] };

/** The GET form that filters the results and picks a cross-tab: works without JavaScript, bookmarkable. */
export async function ResultsFilters({ action, query, neighbourhoods }: Props) {
  const [t, labels] = await Promise.all([getTranslations("surveyResults.filters"), classificationLabels()]);
  const select = (name: "sector" | "size" | "neighbourhood" | "channel" | "by", label: string, options: Option[], empty: string) => (
    <div className="form-group">
      <label className="label" htmlFor={`results-${name}`}>
        {label}
      </label>
      <select className="select" id={`results-${name}`} name={name} defaultValue={query[name] ?? ""}>
        <option value="">{empty}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <form method="get" action={action} className="filter-bar" role="search" aria-label={t("label")}>
      {select("sector", t("sector"), SIC_CODES.map((value) => ({ value, label: `${value}: ${labels.sector(value)}` })), t("any"))}
      {select("size", t("size"), SIZE_BAND_CODES.map((value) => ({ value, label: labels.size(value) })), t("any"))}
      {select("neighbourhood", t("neighbourhood"), neighbourhoods.map(({ id, name }) => ({ value: id, label: name })), t("any"))}
      {select("channel", t("channel"), RESPONSE_CHANNELS.map((value) => ({ value, label: t(`channelOption.${value}`) })), t("any"))}
      {select("by", t("by"), CROSS_TAB_DIMENSIONS.map((value) => ({ value, label: t(`dimensionOption.${value}`) })), t("noCrossTab"))}
      <button type="submit" className="button button--secondary">
        {t("apply")}
      </button>
      <Link href={action} className="filter-bar__clear">
        {t("clear")}
      </Link>
    </form>
  );
}
