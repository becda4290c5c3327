import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { BarChart } from "@/components/surveys/results/bar-chart";
import { DataTable } from "@/components/ui/data-table";
import { formatDate } from "@/lib/format/dates";
import { formatCount, formatPercent } from "@/lib/format/numbers";

/** An open survey's responses: submitted, started and not finished, and submitted / started (0 to 1; null when none started). */
type SurveyRate = { id: string; title: string; closesAt: Date | null; submitted: number; unfinished: number; completionRate: number | null };

/** The open surveys: responses submitted, started and not finished, and the completion rate. */
export async function SurveysSection({ surveys }: { surveys: SurveyRate[] }) {
  const t = await getTranslations("dashboard.surveys");
  const rateText = (survey: SurveyRate) =>
    survey.completionRate === null
      ? t("noneStarted")
      : t("rate", { percent: formatPercent(survey.completionRate * 100), submitted: formatCount(survey.submitted), started: formatCount(survey.submitted + survey.unfinished) });
  const bars = surveys.map((survey) => ({ label: survey.title, percent: survey.completionRate === null ? null : survey.completionRate * 100, text: rateText(survey) }));
  return (
    <section className="dashboard-section" aria-labelledby="open-surveys">
      <h2 id="open-surveys">{t("title")}</h2>
      <p className="hint">{t("hint")}</p>
      {surveys.length === 0 ? <p>{t("none")}</p> : null}
      {surveys.length ? (
        <>
          <h3 className="heading-s">{t("chartTitle")}</h3>
          <BarChart id="surveys-chart" title={t("chartTitle")} bars={bars} />
          <DataTable
            caption={t("tableCaption")}
            showCaption
            className="table--figures"
            rows={surveys}
            rowKey={(survey) => survey.id}
            columns={[
              { key: "survey", header: t("columns.survey"), rowHeader: true, cell: (survey) => <Link href={`/console/surveys/${survey.id}/results`}>{survey.title}</Link> },
              { key: "closes", header: t("columns.closes"), className: "nowrap", cell: (survey) => (survey.closesAt ? formatDate(survey.closesAt) : t("noCloseDate")) },
              { key: "submitted", header: t("columns.submitted"), numeric: true, cell: (survey) => formatCount(survey.submitted) },
              { key: "unfinished", header: t("columns.unfinished"), numeric: true, cell: (survey) => formatCount(survey.unfinished) },
              { key: "rate", header: t("columns.rate"), numeric: true, cell: (survey) => (survey.completionRate === null ? "–" : formatPercent(survey.completionRate * 100)) },
            ]}
          />
        </>
      ) : null}
    </section>
  );
}
