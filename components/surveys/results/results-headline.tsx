import { getTranslations } from "next-intl/server";
import { formatCount, formatPercent } from "@/lib/format/numbers";
import type { DropOff } from "@/lib/domain/surveys/results/drop-off";

/** The headline figures: responses, people who started, completion rate. */
export async function ResultsHeadline({ responses, dropOff }: { responses: number; dropOff: DropOff }) {
  const t = await getTranslations("surveyResults.headline");
  const items = [
    { label: t("responses"), value: formatCount(responses) },
    { label: t("started"), value: formatCount(dropOff.started) },
    { label: t("completion"), value: dropOff.completionRate === null ? "–" : formatPercent(dropOff.completionRate) },
  ];
  return (
    <ul className="figures" aria-label={t("label")}>
      {items.map((item) => (
        <li className="figure" key={item.label}>
          <span className="figure__value">{item.value}</span> {item.label}
        </li>
      ))}
    </ul>
  );
}
