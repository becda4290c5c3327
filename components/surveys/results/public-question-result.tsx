import { getTranslations } from "next-intl/server";
import { formatCount, formatPercent } from "@/lib/format/numbers";
import type { SuppressedQuestion } from "@/lib/domain/surveys/results/suppress";
import { ChartWithTable } from "./chart-with-table";

/** One question of a public summary: counts under 5 read "fewer than 5", with no percentage. */
export async function PublicQuestionResult({ question }: { question: SuppressedQuestion & { id: string; title: string; multiple: boolean } }) {
  const t = await getTranslations("publicResults");
  const figures = question.cells.map((cell) => {
    const count = cell.count === null ? (cell.hidden === "protects" ? t("hidden") : t("fewerThan5")) : formatCount(cell.count);
    const share = cell.percent === null ? t("hidden") : formatPercent(cell.percent);
    return { label: cell.label, percent: cell.percent, count, share, text: cell.percent === null ? count : `${share} (${count})` };
  });
  return (
    <section className="question-result" aria-labelledby={`q-${question.id}`}>
      <h2 id={`q-${question.id}`}>
        {question.title}
      </h2>
      <p className="hint">{question.answered === null ? t("fewerAnswered") : t("answered", { count: question.answered })}</p>
      {question.multiple ? <p className="hint">{t("multipleNote")}</p> : null}
      <ChartWithTable id={`chart-${question.id}`} title={question.title} figures={figures} />
    </section>
  );
}
