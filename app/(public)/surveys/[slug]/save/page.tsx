import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ResumeLinkForm } from "@/components/surveys/respond/resume-link-form";
import { formatDate } from "@/lib/format/dates";
import { stepPath } from "@/lib/domain/surveys/journey";
import { draftOrRedirect, readRespondent } from "@/app/(public)/surveys/[slug]/respondent-request";
import { requestResumeLinkAction } from "../actions";
import "@/app/styles/surveys-respond.css";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("surveyRespond.save"))("title") };
}

/** "Save and come back later": signed-in people's answers are already saved; others can have a link emailed. */
export default async function SaveForLaterPage({ params }: Props) {
  const { slug } = await params;
  const [{ survey, draft, journey }, respondent, t] = await Promise.all([draftOrRedirect(slug), readRespondent(slug), getTranslations("surveyRespond.save")]);
  const until = survey.closesAt ? t("until", { date: formatDate(survey.closesAt) }) : "";
  return (
    <div className="narrow">
      <h1>{t("title")}</h1>
      {!draft ? (
        <p>{t("nothingSaved")}</p>
      ) : respondent.user ? (
        <p>{t("savedToAccount", { until })}</p>
      ) : (
        <>
          <p>{t("savedInBrowser", { until })}</p>
          <p>{t("emailIntro")}</p>
          <ResumeLinkForm action={requestResumeLinkAction} slug={survey.slug} />
        </>
      )}
      <p>
        <Link href={stepPath(slug, journey.nextStep)}>{t("carryOn")}</Link>
      </p>
    </div>
  );
}
