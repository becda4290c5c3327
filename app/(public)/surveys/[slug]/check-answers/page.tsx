import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { answerLines, type AnswerWords } from "@/components/surveys/respond/answer-text";
import { StepHeader } from "@/components/surveys/respond/step-header";
import { SubmitAnswersForm } from "@/components/surveys/respond/submit-answers-form";
import { stepPath } from "@/lib/domain/surveys/journey";
import { draftOrRedirect } from "@/app/(public)/surveys/[slug]/respondent-request";
import { fieldName } from "@/lib/domain/surveys/check-answer";
import { SIC_SECTIONS, SIZE_BANDS, type SicSection, type SizeBand } from "@/lib/domain/surveys/organisation";
import { listNeighbourhoods } from "@/lib/server/reference/list-reference";
import { issueFormToken } from "@/lib/security/form-guard";
import { submitDraftAction } from "../actions";
import "@/app/styles/surveys-respond.css";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("surveyRespond.check"))("title") };
}

type Row = { key: string; question: string; lines: string[]; href: string; changeLabel: string };

function SummaryRows({ rows, change }: { rows: Row[]; change: string }) {
  return (
    <dl className="summary-list check-answers">
      {rows.map((row) => (
        <div className="summary-list__row check-answers__row" key={row.key}>
          <dt>{row.question}</dt>
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

export default async function CheckAnswersPage({ params }: Props) {
  const { slug } = await params;
  const { survey, draft, journey } = await draftOrRedirect(slug);
  if (!draft || journey.nextStep.kind !== "check") redirect(stepPath(slug, journey.nextStep));
  const [t, tPage] = await Promise.all([getTranslations("surveyRespond.check"), getTranslations("surveyRespond.page")]);
  const words: AnswerWords = {
    yes: t("yes"),
    no: t("no"),
    notAnswered: t("notAnswered"),
    consented: t("consented"),
    other: (text) => t("other", { text }),
    outOf: (point, points) => t("outOf", { point, points }),
  };
  const change = (path: string, anchor: string) => `${path}?from=check#${encodeURIComponent(anchor)}`;
  const neighbourhoodName = survey.asksOrganisation ? new Map((await listNeighbourhoods()).map((place) => [place.id, place.name])) : new Map<string, string>();
  const org = draft.organisation;
  const orgPath = stepPath(slug, { kind: "organisation" });
  const orgRows: Row[] = [
    { key: "name", question: t("orgName"), lines: [org.organisationName ?? ""], href: change(orgPath, "org.organisationName"), changeLabel: t("orgName") },
    { key: "sector", question: t("orgSector"), lines: [SIC_SECTIONS[org.sector as SicSection] ?? ""], href: change(orgPath, "org.sector"), changeLabel: t("orgSector") },
    { key: "size", question: t("orgSize"), lines: [SIZE_BANDS[org.sizeBand as SizeBand] ?? ""], href: change(orgPath, "org.sizeBand"), changeLabel: t("orgSize") },
    { key: "place", question: t("orgPlace"), lines: [neighbourhoodName.get(org.neighbourhoodId ?? "") ?? ""], href: change(orgPath, "org.neighbourhoodId"), changeLabel: t("orgPlace") },
  ];
  const previous = journey.previous({ kind: "check" });
  return (
    <div className="survey-step check-page">
      <StepHeader backHref={previous ? stepPath(slug, previous) : `/surveys/${slug}`} backLabel={tPage("back")} progress={null} surveyTitle={survey.title} heading={t("title")} />
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
          href: change(path, question.type === "date" ? fieldName(question.id, "day") : question.type === "grid" ? fieldName(question.id, question.rows[0]?.id) : fieldName(question.id)),
          changeLabel: question.title,
        }));
        return (
          <section key={section.id} aria-labelledby={`check-${section.id}`}>
            <h2 id={`check-${section.id}`}>
              {section.title}
            </h2>
            <SummaryRows rows={rows} change={t("change")} />
          </section>
        );
      })}
      <h2>{t("sendHeading")}</h2>
      <p>{survey.anonymous ? t("sendAnonymous") : t("sendNamed")}</p>
      <SubmitAnswersForm action={submitDraftAction} slug={survey.slug} responseId={draft.id} formToken={issueFormToken()} />
    </div>
  );
}
