import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import type { AggregateCell, EqualitiesAggregate } from "@/lib/domain/equalities/aggregate";
import { formatPercent } from "@/lib/format/numbers";
import { answerNamer } from "./answer-name";
import { shownCountText } from "./shown-count";

/** One table per question: each answer's count (suppressed) and, where both are shown, its share of everyone counted. */
export async function AggregateTables({ aggregate }: { aggregate: EqualitiesAggregate }) {
  const [t, about, nameOf] = await Promise.all([getTranslations("equalities"), getTranslations("aboutYou"), answerNamer()]);
  const total = aggregate.participants.kind === "count" ? aggregate.participants.count : null;
  const share = (cell: AggregateCell) => (cell.shown.kind === "count" && total ? formatPercent((cell.shown.count / total) * 100) : "–");
  return aggregate.questions.map(({ question, cells }) => (
    <section key={question} className="equalities-question" aria-labelledby={`question-${question}`}>
      <h3 id={`question-${question}`}>{about(`short.${question}`)}</h3>
      <DataTable
        caption={about(`questions.${question}`)}
        showCaption
        className="table--figures"
        rows={cells}
        rowKey={(cell) => cell.answer}
        rowClassName={(cell) => (cell.shown.kind === "count" ? undefined : "equalities-suppressed")}
        columns={[
          { key: "answer", header: t("columns.answer"), rowHeader: true, cell: (cell) => nameOf(question, cell.answer) },
          { key: "people", header: t("columns.people"), numeric: true, cell: (cell) => shownCountText(t, cell.shown) },
          { key: "share", header: t("columns.share"), numeric: true, cell: share },
        ]}
      />
    </section>
  ));
}
