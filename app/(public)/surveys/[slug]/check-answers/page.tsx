import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { answerLines } from "@/components/surveys/respond/answer-text";
import { StepHeader } from "@/components/surveys/respond/step-header";
import { englishMarks } from "@/components/surveys/respond/english-marks";
import { TranslationNote } from "@/components/translations/translation-note";
import { SubmitAnswersForm } from "@/components/surveys/respond/submit-answers-form";
import { stepPath } from "@/lib/domain/surveys/journey";
import { draftOrRedirect } from "@/app/(public)/surveys/[slug]/respondent-request";
import { answerWords } from "@/app/(public)/surveys/[slug]/answer-words";
import { questionField } from "@/lib/domain/surveys/shared-answers";
import { allQuestions, type SurveyDefinition } from "@/lib/domain/surveys/definition";
import { formatWhen } from "@/lib/format/dates";
import { ResponseHistory } from "@/components/surveys/respond/response-history";
import { isSicSection, isSizeBand } from "@/lib/domain/surveys/organisation";
import { classificationLabels } from "@/lib/i18n/classification-labels";
import { listNeighbourhoods } from "@/lib/server/reference/list-reference";
import { issueFormToken } from "@/lib/security/form-guard";
import { submitDraftAction } from "../actions";
import "@/app/styles/surveys-respond.css";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("surveyRespond.check"))("title") };
}

type Marks = { lang?: string; dir?: "ltr" | "rtl" };
type Row = { key: string; question: string; lines: string[]; href: string; changeLabel: string; marks?: Marks };

function SummaryRows({ rows, change }: { rows: Row[]; change: string }) {
  return (
    <dl className="summary-list check-answers">
      {rows.map((row) => (
        <div className="summary-list__row check-answers__row" key={row.key}>
          <dt {...row.marks}>{row.question}</dt>
          <dd>
            {row.lines.map((line, index) => (
              <span className="check-answers__line" key={index}>
                {line}
              </span>
            ))}
          </dd>
          <dd className="check-answers__change">
            <Link href={row.href}>
              {change}
              <span className="visually-hidden"> {row.changeLabel}</span>
            </Link>
          </dd>
        </div>
      ))}
    </dl>
  );
}

type SharedWords = Awaited<ReturnType<typeof getTranslations<"organisationResponse">>>;

/** The shared response's history in words: "Priya Shah changed “Vacancies next year” at 10:42". */
function historyLines(history: { subject: string; name: string | null; at: Date }[], definition: SurveyDefinition, t: SharedWords) {
  const titles = new Map(allQuestions(definition).map(({ question }) => [question.id, question.title]));
  return history.flatMap((entry, index) => {
    const values = { name: entry.name ?? t("someone"), time: formatWhen(entry.at) };
    const question = titles.get(entry.subject);
    const text = entry.subject === "organisation" ? t("check.changedOrganisation", values) : question ? t("check.changed", { ...values, question }) : null;
    return text ? [{ key: `${index}`, text }] : [];
  });
}

export default async function CheckAnswersPage({ params }: Props) {
  const { slug } = await params;
  const { survey, draft, journey, shared, language } = await draftOrRedirect(slug);
  const inEnglish = new Set(language.inEnglish);
  if (!draft || journey.nextStep.kind !== "check") redirect(stepPath(slug, journey.nextStep));
  const [t, tPage, tShared] = await Promise.all([getTranslations("surveyRespond.check"), getTranslations("surveyRespond.page"), getTranslations("organisationResponse")]);
  const [words, labels] = await Promise.all([answerWords(), classificationLabels()]);
  const change = (path: string, anchor: string) => `${path}?from=check#${encodeURIComponent(anchor)}`;
  const neighbourhoodName = survey.asksOrganisation ? new Map((await listNeighbourhoods()).map((place) => [place.id, place.name])) : new Map<string, string>();
  const org = draft.organisation;
  const orgPath = stepPath(slug, { kind: "organisation" });
  const orgRows: Row[] = [
    { key: "name", question: t("orgName"), lines: [org.organisationName ?? ""], href: change(orgPath, "org.organisationName"), changeLabel: t("orgName") },
    { key: "sector", question: t("orgSector"), lines: [isSicSection(org.sector) ? labels.sector(org.sector) : ""], href: change(orgPath, "org.sector"), changeLabel: t("orgSector") },
    { key: "size", question: t("orgSize"), lines: [isSizeBand(org.sizeBand) ? labels.size(org.sizeBand) : ""], href: change(orgPath, "org.sizeBand"), changeLabel: t("orgSize") },
    { key: "place", question: t("orgPlace"), lines: [neighbourhoodName.get(org.neighbourhoodId ?? "") ?? ""], href: change(orgPath, "org.neighbourhoodId"), changeLabel: t("orgPlace") },
  ];
  const previous = journey.previous({ kind: "check" });
  return (
    <div className="survey-step check-page">
      <StepHeader
        backHref={previous ? stepPath(slug, previous) : `/surveys/${slug}`}
        backLabel={tPage("back")}
        progress={null}
        surveyTitle={survey.title}
        heading={t("title")}
        marks={{ surveyTitle: englishMarks(inEnglish, "title") }}
      />
      <TranslationNote kind="survey" state={language.state} partial={language.partial} />
      {survey.asksOrganisation ? (
        <>
          <h2>{t("orgHeading")}</h2>
          <SummaryRows rows={orgRows} change={t("change")} />
        </>
      ) : null}
      {journey.sections.map(({ section, questions }) => {
        const path = stepPath(slug, { kind: "section", sectionId: section.id });
        const rows = questions.map((question) => ({
          key: question.id,
          question: question.title,
          lines: answerLines(question, journey.answers, words),
          href: change(path, questionField(question)),
          changeLabel: question.title,
          marks: englishMarks(inEnglish, `question.${question.id}.title`),
        }));
        return (
          <section key={section.id} aria-labelledby={`check-${section.id}`}>
            <h2 id={`check-${section.id}`} {...englishMarks(inEnglish, `section.${section.id}.title`)}>
              {section.title}
            </h2>
            <SummaryRows rows={rows} change={t("change")} />
          </section>
        );
      })}
      {shared ? <ResponseHistory heading={tShared("check.historyHeading")} entries={historyLines(shared.history, survey.definition, tShared)} /> : null}
      <h2>{t("sendHeading")}</h2>
      <p>{survey.anonymous ? t("sendAnonymous") : t("sendNamed")}</p>
      {shared ? <p>{tShared("check.sendShared")}</p> : null}
      <SubmitAnswersForm action={submitDraftAction} slug={survey.slug} responseId={draft.id} formToken={issueFormToken()} />
    </div>
  );
}
