import { getTranslations } from "next-intl/server";
import type { DropOff } from "@/lib/domain/surveys/results/drop-off";
import { percentOf } from "@/lib/domain/surveys/results/counts";
import { ChartWithTable, countFigure } from "./chart-with-table";

/** How many of those who started reached each section. */
export async function DropOffTable({ dropOff }: { dropOff: DropOff }) {
  const t = await getTranslations("surveyResults.dropOff");
  const figures = dropOff.sections.map((section, index) => countFigure(t("section", { number: index + 1, title: section.title }), section.reached, percentOf(section.reached, dropOff.started)));
  return (
    <section aria-labelledby="drop-off">
      <h2 id="drop-off">{t("title")}</h2>
      <p className="hint">{t("hint")}</p>
      {dropOff.started > 0 ? <ChartWithTable id="chart-drop-off" title={t("title")} figures={figures} /> : <p>{t("none")}</p>}
    </section>
  );
}
