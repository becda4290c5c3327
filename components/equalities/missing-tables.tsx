import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import type { MissingGroup, ParticipantShare, QuestionComparison, Shortfall } from "@/lib/domain/equalities/compare";
import { MISSING_POINTS } from "@/lib/domain/equalities/compare";
import { formatDecimal, formatPercent } from "@/lib/format/numbers";
import { answerNamer } from "./answer-name";

type Comparison = { questions: QuestionComparison[]; missing: MissingGroup[] };

/** Words for the shares and gaps, in the page's language. */
async function shareWords() {
  const t = await getTranslations("equalities.missing");
  const percent = (share: number) => formatPercent(share * 100);
  return {
    participants: (share: ParticipantShare) => (share.kind === "exact" ? percent(share.share) : share.kind === "under" ? t("share.under", { share: percent(share.share) }) : t("share.hidden")),
    shortfall: (gap: Shortfall | null) => {
      if (!gap) return "–";
      const points = formatDecimal(Math.round(Math.abs(gap.points) * 10) / 10);
      if (gap.kind === "at-least") return t("shortfall.atLeast", { points });
      if (Math.abs(gap.points) < 0.05) return t("shortfall.same");
      return gap.points > 0 ? t("shortfall.exact", { points }) : t("shortfall.more", { points });
    },
    percent,
  };
}

/** "Who are we missing": the groups most under-represented, then every question compared (or why not). */
export async function MissingTables({ comparison }: { comparison: Comparison }) {
  const [t, about, nameOf, words] = await Promise.all([getTranslations("equalities.missing"), getTranslations("aboutYou"), answerNamer(), shareWords()]);
  return (
    <>
      <section aria-labelledby="missing-title">
        <h2 id="missing-title">{t("missingTitle")}</h2>
        <p>{t("missingIntro", { points: MISSING_POINTS })}</p>
        <DataTable
          caption={t("missingTitle")}
          className="table--figures"
          rows={comparison.missing}
          rowKey={(group) => `${group.question}:${group.answer}`}
          empty={t("noneMissing", { points: MISSING_POINTS })}
          columns={[
            { key: "group", header: t("columns.group"), rowHeader: true, cell: (group) => t("group", { question: about(`short.${group.question}`), answer: nameOf(group.question, group.answer) }) },
            { key: "population", header: t("columns.population"), numeric: true, cell: (group) => words.percent(group.population) },
            { key: "participants", header: t("columns.participants"), numeric: true, cell: (group) => words.participants(group.participants) },
            { key: "difference", header: t("columns.difference"), numeric: true, cell: (group) => words.shortfall(group.shortfall) },
          ]}
        />
      </section>
      {comparison.questions.map((entry) => (
        <section key={entry.question} className="equalities-question" aria-labelledby={`compare-${entry.question}`}>
          <h3 id={`compare-${entry.question}`}>{about(`short.${entry.question}`)}</h3>
          {entry.status === "compared" ? (
            <>
              <p>{t("answered", { count: entry.answered })}</p>
              <DataTable
                caption={about(`questions.${entry.question}`)}
                showCaption
                className="table--figures"
                rows={entry.answers}
                rowKey={(answer) => answer.answer}
                columns={[
                  { key: "answer", header: t("columns.answer"), rowHeader: true, cell: (answer) => nameOf(entry.question, answer.answer) },
                  { key: "population", header: t("columns.population"), numeric: true, cell: (answer) => words.percent(answer.population) },
                  { key: "participants", header: t("columns.participants"), numeric: true, cell: (answer) => words.participants(answer.participants) },
                  { key: "difference", header: t("columns.difference"), numeric: true, cell: (answer) => words.shortfall(answer.shortfall) },
                ]}
              />
            </>
          ) : (
            <p>{t(`status.${entry.status}`)}</p>
          )}
        </section>
      ))}
    </>
  );
}
