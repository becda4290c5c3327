import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { orNotFound } from "@/lib/auth/or-not-found";
import { formatDate } from "@/lib/format/dates";
import type { AudienceProblem } from "@/lib/domain/surveys/availability";
import { stepPath } from "@/lib/domain/surveys/journey";
import { OrganisationResponseStatus } from "@/components/surveys/respond/organisation-response-status";
import { englishMarks } from "@/components/surveys/respond/english-marks";
import { TranslationNote } from "@/components/translations/translation-note";
import { redirect } from "next/navigation";
import { campaignLinkToken, surveyStart } from "@/app/(public)/surveys/[slug]/respondent-request";
import { YouSaidWeDid } from "@/components/reports/you-said-we-did";
import { knownLocale } from "@/lib/i18n/locales";
import { getPublishedReport } from "@/lib/server/reports/get-published-report";
import "@/app/styles/surveys-respond.css";
import "@/app/styles/you-said-we-did.css";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ resume?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const start = await orNotFound(() => surveyStart(slug));
  return { title: start.survey.title };
}

/** The audience problems the start page explains (signing in has its own box). */
const ORGANISATION_NOTICES: Partial<Record<AudienceProblem, "employersOnly" | "verifiedOnly" | "organisationRejected">> = {
  employers_only: "employersOnly",
  verified_only: "verifiedOnly",
  organisation_rejected: "organisationRejected",
};

/** Minutes to allow: about 25 seconds a question, never less than 2. */
const minutesFor = (questions: number) => Math.max(2, Math.round((questions * 25) / 60));

export default async function SurveyStartPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const { resume } = await searchParams;
  const start = await orNotFound(() => surveyStart(slug));
  const { survey, language } = start;
  const inEnglish = new Set(language.inEnglish);
  // A personal link that has ended: the page for it explains why and offers a new one.
  if (start.campaignLink && start.campaignLink !== "live" && start.campaignLink !== "used") redirect(`/surveys/invitations/${encodeURIComponent((await campaignLinkToken(slug)) ?? "")}/new-link`);
  const [t, report, locale] = await Promise.all([getTranslations("surveyRespond.start"), getPublishedReport({ kind: "survey", id: survey.id }), getLocale()]);
  const signInHref = `/sign-in?callbackUrl=${encodeURIComponent(`/surveys/${survey.slug}`)}`;
  const noticeKey =
    start.availability === "closed"
      ? "closed"
      : start.availability === "not_open_yet"
        ? "notOpen"
        : start.answered
          ? "answered"
          : start.audienceProblem
            ? ORGANISATION_NOTICES[start.audienceProblem]
            : undefined;
  const notice = noticeKey
    ? t(noticeKey, noticeKey === "closed" ? { date: survey.closesAt ? formatDate(survey.closesAt) : "" } : noticeKey === "notOpen" ? { date: survey.opensAt ? formatDate(survey.opensAt) : "" } : {})
    : null;
  // Where their organisation decides, the notice says why and links to its page.
  const organisationLink = noticeKey === "employersOnly" ? t("employersOnlyLink") : noticeKey === "verifiedOnly" || noticeKey === "organisationRejected" ? t("organisationLink") : null;
  return (
    <div className="narrow">
      <p className="caption">
        <Link href="/surveys" className="back-link">
          {t("allSurveys")}
        </Link>
      </p>
      <TranslationNote kind="survey" state={language.state} partial={language.partial} />
      <h1 {...englishMarks(inEnglish, "title")}>{survey.title}</h1>
      <p className="lead" {...englishMarks(inEnglish, "summary")}>
        {survey.summary}
      </p>
      <dl className="summary-list">
        <div className="summary-list__row">
          <dt>{t("timeNeeded")}</dt>
          <dd>{t("minutes", { minutes: minutesFor(start.questionCount) })}</dd>
        </div>
        <div className="summary-list__row">
          <dt>{t("closesLabel")}</dt>
          <dd>{survey.closesAt ? formatDate(survey.closesAt) : t("noClose")}</dd>
        </div>
        <div className="summary-list__row">
          <dt>{t("whoLabel")}</dt>
          <dd>{survey.audience === "employers" && survey.requiresVerified ? t("whoVerified") : t(`who.${survey.audience}`)}</dd>
        </div>
        <div className="summary-list__row">
          <dt>{t("privacyLabel")}</dt>
          <dd>{survey.anonymous ? t("anonymous") : t("named")}</dd>
        </div>
      </dl>
      {report ? <YouSaidWeDid content={report.content} files={{ pdf: `/api/reports/${report.id}/report.pdf`, docx: `/api/reports/${report.id}/report.docx` }} pageLocale={knownLocale(locale)} /> : null}
      {resume === "expired" ? (
        <div className="notice" role="status">
          {t("resumeExpired")}
        </div>
      ) : null}
      {notice ? (
        <div className="notice survey-notice" role="status">
          <p>{notice}</p>
          {organisationLink ? (
            <p>
              <Link href="/organisation">{organisationLink}</Link>
            </p>
          ) : null}
        </div>
      ) : null}
      {start.availability === "open" && start.audienceProblem === "sign_in" ? (
        <div className="notice survey-notice">
          <p>{t(survey.audience === "employers" ? "signInEmployers" : "signIn")}</p>
          <p>
            <Link href={signInHref}>{t("signInLink")}</Link>
          </p>
        </div>
      ) : null}
      {start.shared && start.availability === "open" && !start.audienceProblem && !start.answered ? <OrganisationResponseStatus standing={start.shared} signInHref={signInHref} /> : null}
      {start.mayAnswer ? (
        <>
          {survey.onePerPerson && !start.shared ? <p>{t("once")}</p> : null}
          {survey.audience === "anyone" ? <p>{t("saveLaterNote")}</p> : <p>{t("draftNote")}</p>}
          {start.resumable ? <p className="survey-resume">{t("resumeNote")}</p> : null}
          <Link href={stepPath(survey.slug, start.nextStep)} className="button button--primary button--start" role="button" draggable={false}>
            {start.resumable ? t("continue") : t("startNow")}
          </Link>
        </>
      ) : null}
    </div>
  );
}
