import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ConditionNote } from "@/components/surveys/respond/condition-note";
import { organisationChoices } from "@/components/surveys/respond/organisation-choices";
import { classificationLabels } from "@/lib/i18n/classification-labels";
import { OrganisationFields } from "@/components/surveys/respond/organisation-fields";
import { QuestionField } from "@/components/surveys/respond/question-field";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/guard";
import { orNotFound } from "@/lib/auth/or-not-found";
import { listNeighbourhoods } from "@/lib/server/reference/list-reference";
import { getSurveyPreview } from "@/lib/server/surveys/respond/get-survey-preview";
import "@/app/styles/surveys-respond.css";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ page?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("surveyRespond.preview"))("title") };
}

/** Officers walk through a survey's pages as respondents will see them; nothing here is sent or saved. */
export default async function SurveyPreviewPage({ params, searchParams }: Props) {
  const { id } = await params;
  await requirePermission("survey:manage", `/console/surveys/${id}/preview`);
  const survey = await orNotFound(() => getSurveyPreview(id), id);
  const [t, tPage] = await Promise.all([getTranslations("surveyRespond.preview"), getTranslations("surveyRespond.page")]);
  const pages = [...(survey.asksOrganisation ? [{ id: "organisation", title: t("organisationTitle") }] : []), ...survey.definition.sections.map((section) => ({ id: section.id, title: section.title }))];
  const requested = Number((await searchParams).page ?? "1");
  const current = Number.isInteger(requested) && requested >= 1 && requested <= pages.length ? requested : 1;
  const offset = survey.asksOrganisation ? 1 : 0;
  const section = survey.definition.sections[current - 1 - offset];
  const href = (page: number) => `/console/surveys/${id}/preview?page=${page}`;
  const neighbourhoods = section ? [] : await listNeighbourhoods();
  return (
    <div className="survey-preview">
      <PageHeader title={survey.title} caption={t("caption", { status: t(`status.${survey.status}`) })} />
      <div className="notice survey-notice">
        <p>{t("notice")}</p>
        {survey.requiresVerified ? <p>{t("requiresVerified")}</p> : null}
        {survey.onePerOrganisation ? <p>{t("onePerOrganisation")}</p> : null}
      </div>
      <nav aria-label={t("pagesLabel")}>
        <ol className="preview-pages">
          {pages.map((page, index) => (
            <li key={page.id}>
              {index + 1 === current ? <span aria-current="page">{page.title}</span> : <Link href={href(index + 1)}>{page.title}</Link>}
            </li>
          ))}
        </ol>
      </nav>
      <section className="narrow preview-page" aria-labelledby="preview-heading">
        <p className="caption">{tPage("progress", { current, total: pages.length })}</p>
        <h2 id="preview-heading">{section ? section.title : t("organisationTitle")}</h2>
        {section?.showIf ? <ConditionNote definition={survey.definition} condition={section.showIf} /> : null}
        {section?.intro ? <p className="lead">{section.intro}</p> : null}
        {section
          ? section.questions.map((question) => (
              <div key={question.id}>
                {question.showIf ? <ConditionNote definition={survey.definition} condition={question.showIf} /> : null}
                <QuestionField question={question} values={{}} errors={{}} />
              </div>
            ))
          : (
              <OrganisationFields
                choices={organisationChoices(neighbourhoods, await classificationLabels())}
                values={{}}
                errors={{}}
              />
            )}
        <p className="button-group">
          {current > 1 ? (
            <Link className="button button--secondary" href={href(current - 1)}>
              {t("previous")}
            </Link>
          ) : null}
          {current < pages.length ? (
            <Link className="button button--primary" href={href(current + 1)}>
              {t("next")}
            </Link>
          ) : null}
        </p>
      </section>
    </div>
  );
}
