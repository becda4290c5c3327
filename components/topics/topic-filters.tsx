import { getTranslations } from "next-intl/server";
import type { TTopicSearch } from "@/lib/validations/topic-search";

type Option = { slug: string; name: string };
type Props = { filters: TTopicSearch; themes: Option[]; neighbourhoods: Option[]; communities: Option[] };

/** The GET form that filters and searches topics: works without JavaScript, bookmarkable. */
export async function TopicFilters({ filters, themes, neighbourhoods, communities }: Props) {
  const t = await getTranslations("topicList");
  const status = await getTranslations("topic.status");
  const select = (name: "theme" | "neighbourhood" | "community", label: string, options: Option[]) => (
    <div className="form-group">
      <label className="label" htmlFor={`filter-${name}`}>
        {label}
      </label>
      <select className="select" id={`filter-${name}`} name={name} defaultValue={filters[name] ?? ""}>
        <option value="">{t("any")}</option>
        {options.map((option) => (
          <option key={option.slug} value={option.slug}>
            {option.name}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <form method="get" action="/topics" className="filter-bar" role="search" aria-label={t("filtersLabel")}>
      <div className="form-group">
        <label className="label" htmlFor="filter-q">
          {t("search")}
        </label>
        <input className="input" type="search" id="filter-q" name="q" defaultValue={filters.q ?? ""} />
      </div>
      {select("theme", t("theme"), themes)}
      {select("neighbourhood", t("neighbourhood"), neighbourhoods)}
      {select("community", t("community"), communities)}
      <div className="form-group">
        <label className="label" htmlFor="filter-status">
          {t("status")}
        </label>
        <select className="select" id="filter-status" name="status" defaultValue={filters.status ?? ""}>
          <option value="">{t("any")}</option>
          {(["open", "closed", "outcome"] as const).map((value) => (
            <option key={value} value={value}>
              {status(value)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button button--secondary">
        {t("apply")}
      </button>
    </form>
  );
}
