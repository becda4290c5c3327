import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { formatDecimal } from "@/lib/format/numbers";
import type { OptionCount, QuestionResult as Result } from "@/lib/domain/surveys/results/summarise";
import { percentOf } from "@/lib/domain/surveys/results/counts";
import { ChartWithTable, countFigure, type Figure } from "./chart-with-table";
import { GridResult } from "./grid-result";

const figuresOf = (options: OptionCount[]): Figure[] => options.map((option) => countFigure(option.label, option.count, option.percent));

/** One question's results on the officers' page, by the kind of answer it takes. */
export async function QuestionResult({ result, textHref }: { result: Result; textHref: (answerKey: string) => string }) {
  const t = await getTranslations("surveyResults");
  const { question } = result;
  const chartId = `chart-${question.id}`;
  const meanMedian = (mean: number | null, median: number | null) =>
    mean === null || median === null ? null : <p className="results-stat">{t("meanMedian", { mean: formatDecimal(mean), median: formatDecimal(median) })}</p>;
  return (
    <section className="question-result" aria-labelledby={`q-${question.id}`}>
      <h3 id={`q-${question.id}`} className="heading-s">
        {question.title}
      </h3>
      <p className="hint">{t("answeredOfShown", { answered: result.answered, shown: result.shown })}</p>
      {result.kind === "choice" ? (
        <>
          {result.multiple ? <p className="hint">{t("multipleNote")}</p> : null}
          <ChartWithTable
            id={chartId}
            title={question.title}
            figures={figuresOf(result.other === null ? result.options : [...result.options, { id: "other", label: t("other"), count: result.other, percent: percentOf(result.other, result.answered) }])}
          />
          {result.other ? (
            <p>
              <Link href={textHref(`${question.id}.other`)}>{t("readOther", { count: result.other })}</Link>
            </p>
          ) : null}
        </>
      ) : null}
      {result.kind === "scale" ? (
        <>
          {meanMedian(result.mean, result.median)}
          <ChartWithTable id={chartId} title={question.title} figures={figuresOf(result.options)} />
        </>
      ) : null}
      {result.kind === "number" ? (
        <>
          {meanMedian(result.mean, result.median)}
          {result.smallest !== null && result.largest !== null ? <p className="results-stat">{t("range", { smallest: formatDecimal(result.smallest), largest: formatDecimal(result.largest) })}</p> : null}
        </>
      ) : null}
      {result.kind === "grid" && question.type === "grid" ? <GridResult title={question.title} points={result.points} rows={result.rows} minLabel={question.minLabel} maxLabel={question.maxLabel} /> : null}
      {result.kind === "text" && (question.type === "short_text" || question.type === "long_text") && result.answered > 0 ? (
        <p>
          <Link href={textHref(question.id)}>{t("readAnswers", { count: result.answered })}</Link>
        </p>
      ) : null}
    </section>
  );
}
