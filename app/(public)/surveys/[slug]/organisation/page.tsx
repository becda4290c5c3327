import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { organisationChoices } from "@/components/surveys/respond/organisation-choices";
import { classificationLabels } from "@/lib/i18n/classification-labels";
import { SectionForm } from "@/components/surveys/respond/section-form";
import { StepHeader } from "@/components/surveys/respond/step-header";
import { englishMarks } from "@/components/surveys/respond/english-marks";
import { listNeighbourhoods } from "@/lib/server/reference/list-reference";
import { stepPath } from "@/lib/domain/surveys/journey";
import { draftOrRedirect } from "@/app/(public)/surveys/[slug]/respondent-request";
import { saveSectionAction } from "../actions";
import "@/app/styles/surveys-respond.css";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ from?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("surveyRespond.organisation"))("title") };
}

export default async function SurveyOrganisationPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const { from } = await searchParams;
  const { survey, organisation, journey, language } = await draftOrRedirect(slug);
  if (!survey.asksOrganisation) notFound();
  const [t, tPage, neighbourhoods] = await Promise.all([getTranslations("surveyRespond.organisation"), getTranslations("surveyRespond.page"), listNeighbourhoods()]);
  const returnToCheck = from === "check";
  const saved = Object.fromEntries(Object.entries(organisation).map(([key, value]) => [`org.${key}`, value ?? ""]));
  return (
    <div className="narrow survey-step">
      <StepHeader
        backHref={returnToCheck ? stepPath(slug, { kind: "check" }) : `/surveys/${slug}`}
        backLabel={tPage("back")}
        progress={tPage("progress", { current: 1, total: journey.totalSteps })}
        surveyTitle={survey.title}
        heading={t("title")}
        intro={t("intro")}
        marks={{ surveyTitle: englishMarks(new Set(language.inEnglish), "title") }}
      />
      <SectionForm
        action={saveSectionAction}
        hidden={{ slug: survey.slug, returnTo: returnToCheck ? "check" : "" }}
        saved={saved}
        labels={{ "org.organisationName": t("name"), "org.sector": t("sector"), "org.sizeBand": t("size"), "org.neighbourhoodId": t("neighbourhood") }}
        offerLater
        fields={{ organisation: organisationChoices(neighbourhoods, await classificationLabels()) }}
      />
    </div>
  );
}
