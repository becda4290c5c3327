import { getTranslations } from "next-intl/server";
import { filtersQueryString, hasFilters, type TResponseFilters } from "@/lib/validations/survey-results";

/** Download links for the responses matching the current filters (plain links: a browser download). */
export async function ExportLinks({ surveyId, filters }: { surveyId: string; filters: TResponseFilters }) {
  const t = await getTranslations("surveyResults.export");
  const query = filtersQueryString(filters);
  return (
    <section aria-labelledby="export" className="side-panel">
      <h2 id="export" className="heading-s">
        {t("title")}
      </h2>
      <p className="hint">{hasFilters(filters) ? t("filteredHint") : t("hint")}</p>
      <p className="button-row">
        <a className="button button--secondary" href={`/api/exports/surveys/${surveyId}/responses.csv${query}`} download>
          {t("csv")}
        </a>
        <a className="button button--secondary" href={`/api/exports/surveys/${surveyId}/responses.xlsx${query}`} download>
          {t("xlsx")}
        </a>
      </p>
    </section>
  );
}
