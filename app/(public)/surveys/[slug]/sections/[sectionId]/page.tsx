import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { errorFieldLabels } from "@/components/surveys/respond/error-fields";
import { answersToFormValues } from "@/components/surveys/respond/form-values";
import { SectionForm } from "@/components/surveys/respond/section-form";
import { StepHeader } from "@/components/surveys/respond/step-header";
import { englishMarks } from "@/components/surveys/respond/english-marks";
import { TranslationNote } from "@/components/translations/translation-note";
import { pageInEnglish } from "@/lib/domain/translations/survey-translation";
import { stepPath } from "@/lib/domain/surveys/journey";
import { pageAnswers } from "@/lib/domain/surveys/shared-answers";
import { draftOrRedirect } from "@/app/(public)/surveys/[slug]/respondent-request";
import { saveSectionAction } from "../../actions";
import "@/app/styles/surveys-respond.css";

type Props = { params: Promise<{ slug: string; sectionId: string }>; searchParams: Promise<{ from?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, sectionId } = await params;
  const { survey } = await draftOrRedirect(slug);
  const section = survey.definition.sections.find((item) => item.id === sectionId);
  return { title: section ? `${section.title} - ${survey.title}` : survey.title };
}

export default async function SurveySectionPage({ params, searchParams }: Props) {
  const { slug, sectionId } = await params;
  const { from } = await searchParams;
  const { survey, journey, draft, shared, language } = await draftOrRedirect(slug);
  const target = journey.reachable(sectionId);
  if (!target) redirect(stepPath(slug, journey.nextStep));
  const [t, tShared] = await Promise.all([getTranslations("surveyRespond.page"), getTranslations("organisationResponse.page")]);
  const returnToCheck = from === "check";
  const previous = journey.previous({ kind: "section", sectionId: target.visible.section.id });
  const backHref = returnToCheck ? stepPath(slug, { kind: "check" }) : previous ? stepPath(slug, previous) : `/surveys/${slug}`;
  const { questions, section } = target.visible;
  // The note speaks of this page: a survey not translated, or this page's words partly in English.
  const inEnglish = pageInEnglish(language.inEnglish, section.id, questions.map((question) => question.id));
  const english = new Set([...inEnglish, ...language.inEnglish.filter((key) => key === "title")]);
  return (
    <div className="narrow survey-step">
      <StepHeader
        backHref={backHref}
        backLabel={t("back")}
        progress={t("progress", { current: target.position, total: journey.totalSteps })}
        surveyTitle={survey.title}
        heading={section.title}
        intro={section.intro}
        marks={{ surveyTitle: englishMarks(english, "title"), heading: englishMarks(english, `section.${section.id}.title`), intro: englishMarks(english, `section.${section.id}.intro`) }}
      />
      <TranslationNote kind="survey" state={language.state} partial={inEnglish.length > 0} />
      {shared ? <p className="survey-shared-note">{tShared("sharedNote", { organisation: shared.organisationName })}</p> : null}
      <SectionForm
        action={saveSectionAction}
        hidden={{
          slug: survey.slug,
          sectionId: section.id,
          returnTo: returnToCheck ? "check" : "",
          ...(shared ? { base: JSON.stringify(pageAnswers(draft?.answers ?? {}, questions.map((question) => question.id))) } : {}),
        }}
        saved={answersToFormValues(questions, journey.answers)}
        labels={errorFieldLabels(questions)}
        offerLater
        fields={{ questions }}
        inEnglish={inEnglish}
      />
    </div>
  );
}
