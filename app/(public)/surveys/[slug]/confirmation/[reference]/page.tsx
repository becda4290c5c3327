import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { langAttributes } from "@/components/translations/lang-attributes";
import { knownLocale } from "@/lib/i18n/locales";
import { getCurrentUser } from "@/lib/auth/current-user";
import { orNotFound } from "@/lib/auth/or-not-found";
import { getSurveyConfirmation } from "@/lib/server/surveys/respond/get-survey-confirmation";
import { declineAboutYouAction } from "@/app/(public)/profile/about-you/actions";
import { AboutYouInvitationPanel } from "@/components/equalities/about-you-invitation-panel";
import { getAboutYou } from "@/lib/server/equalities/get-about-you";
import "@/app/styles/surveys-respond.css";
import "@/app/styles/equalities.css";

type Props = { params: Promise<{ slug: string; reference: string }>; searchParams: Promise<{ invite?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("surveyRespond.confirmation"))("title") };
}

export default async function SurveyConfirmationPage({ params, searchParams }: Props) {
  const [{ slug, reference }, { invite }] = await Promise.all([params, searchParams]);
  const [t, user] = await Promise.all([getTranslations("surveyRespond.confirmation"), getCurrentUser()]);
  const pageLocale = knownLocale(await getLocale());
  const confirmation = await orNotFound(() => getSurveyConfirmation(slug, reference, user?.email ?? null, pageLocale));
  // The submission invited them (once ever): shown until they answer, or say "No thanks".
  const aboutYou = invite === "about-you" && user ? await getAboutYou(user) : null;
  const inviting = aboutYou !== null && aboutYou.askedAt !== null && aboutYou.declinedAt === null && aboutYou.answeredAt === null;
  return (
    <div className="narrow">
      <div className="panel--confirmation">
        <h1 className="panel__title">{t("title")}</h1>
        <p className="panel__body">
          {t("referenceLabel")}
          <br />
          <strong className="survey-reference">{confirmation.reference}</strong>
        </p>
      </div>
      <p>{t("received", { survey: confirmation.title })}</p>
      {confirmation.receiptTo ? <p>{t("receipt", { email: confirmation.receiptTo })}</p> : <p>{t("keepReference")}</p>}
      {confirmation.thankYou ? (
        <p className="survey-thank-you" {...langAttributes({ lang: confirmation.lang.thankYou }, pageLocale)}>
          {confirmation.thankYou}
        </p>
      ) : null}
      {inviting ? <AboutYouInvitationPanel action={declineAboutYouAction} /> : null}
      <h2>{t("nextHeading")}</h2>
      <ul className="list--bullet">
        {confirmation.resultsPublishedAt ? (
          <li>
            <Link href={`/surveys/${confirmation.slug}/results`}>{t("results")}</Link>
          </li>
        ) : null}
        <li>
          <Link href="/surveys">{t("otherSurveys")}</Link>
        </li>
        <li>
          <Link href="/topics">{t("topics")}</Link>
        </li>
      </ul>
    </div>
  );
}
