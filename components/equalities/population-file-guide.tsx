import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import { CENSUS_CATEGORIES, CENSUS_TABLES } from "@/lib/domain/equalities/census-categories";
import { POPULATION_CSV_COLUMNS } from "@/lib/domain/equalities/parse-population-csv";
import { EQUALITIES_QUESTIONS, QUESTION_ANSWERS } from "@/lib/domain/equalities/questions";
import { answerNamer } from "./answer-name";

/** How to make a population file: its columns, the rules, a template, and every answer key with the census categories it stands for. */
export async function PopulationFileGuide() {
  const [t, about, nameOf] = await Promise.all([getTranslations("equalities.population"), getTranslations("aboutYou"), answerNamer()]);
  return (
    <section aria-labelledby="file-title">
      <h2 id="file-title">{t("fileTitle")}</h2>
      <p>{t("fileIntro")}</p>
      <DataTable
        caption={t("fileTitle")}
        rows={[...POPULATION_CSV_COLUMNS]}
        rowKey={(column) => column}
        columns={[
          { key: "column", header: t("columns.column"), rowHeader: true, cell: (column) => <code>{column}</code> },
          { key: "meaning", header: t("columns.meaning"), cell: (column) => t(`columnMeanings.${column}`) },
        ]}
      />
      <p>{t("rules")}</p>
      <p>
        <a href="/api/console/equalities/population-template.csv" download>
          {t("template")}
        </a>
      </p>
      <details className="population-keys">
        <summary>{t("keysTitle")}</summary>
        {EQUALITIES_QUESTIONS.map((question) => (
          <DataTable
            key={question}
            caption={t("keysCaption", { question: `${about(`short.${question}`)}: ${question}`, table: CENSUS_TABLES[question] })}
            showCaption
            rows={[...QUESTION_ANSWERS[question]]}
            rowKey={(answer) => answer}
            columns={[
              { key: "answer", header: t("columns.answer"), rowHeader: true, cell: (answer) => <code>{answer}</code> },
              { key: "name", header: t("columns.words"), cell: (answer) => nameOf(question, answer) },
              { key: "census", header: t("columns.census"), cell: (answer) => (CENSUS_CATEGORIES[question][answer] ?? []).join(" + ") },
            ]}
          />
        ))}
      </details>
    </section>
  );
}
