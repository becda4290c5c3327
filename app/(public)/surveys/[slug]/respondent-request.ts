import "server-only";
import { cookies, headers } from "next/headers";
import { getLocale } from "next-intl/server";
import { knownLocale } from "@/lib/i18n/locales";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import { getCurrentUser } from "@/lib/auth/current-user";
import { env } from "@/lib/env";
import { isAppError, NotFoundError } from "@/lib/errors";
import { getRespondentDraft } from "@/lib/server/surveys/respond/get-respondent-draft";
import { getSurveyStart } from "@/lib/server/surveys/respond/get-survey-start";
import type { Respondent } from "@/lib/server/surveys/respond/shared/respondent";
import { verifyCampaignToken } from "@/lib/server/campaigns/shared/campaign-link";
import { clientAddress } from "@/lib/security/client-address";

const RESUME_COOKIE_DAYS = 90;
const LINK_COOKIE_DAYS = 30;
const cookieName = (slug: string) => `lt_survey_${slug}`;
/** The public or partner link (/s/<code>) this browser came to the survey through. */
const linkCookieName = (slug: string) => `lt_link_${slug}`;
/** A campaign's personal link this browser answers through. */
const campaignCookieName = (slug: string) => `lt_campaign_${slug}`;

/**
 * The person answering, from this request: a campaign's personal link (answering without an
 * account, whoever is signed in), their session, or the resume token cookie for this survey; and
 * the public or partner link they came through, if any; and the language of the page.
 */
export async function readRespondent(slug: string, user?: CurrentUser | null): Promise<Respondent> {
  const jar = await cookies();
  const ip = clientAddress(await headers());
  const locale = knownLocale(await getLocale());
  const campaignRecipientId = verifyCampaignToken(jar.get(campaignCookieName(slug))?.value ?? "");
  if (campaignRecipientId) return { user: null, resumeToken: null, ip, campaignRecipientId, locale };
  const resumeToken = jar.get(cookieName(slug))?.value ?? null;
  const surveyLinkId = jar.get(linkCookieName(slug))?.value ?? null;
  return { user: user === undefined ? await getCurrentUser() : user, resumeToken, ip, surveyLinkId, locale };
}

/** Sets an httpOnly cookie scoped to the survey's pages, kept for a number of days or until a moment. */
async function setSurveyCookie(slug: string, name: string, value: string, keep: { days: number } | { until: Date }): Promise<void> {
  (await cookies()).set(name, value, {
    httpOnly: true,
    sameSite: "lax",
    secure: env.AUTH_URL.startsWith("https:"),
    path: `/surveys/${slug}`,
    ...("days" in keep ? { maxAge: keep.days * 86_400 } : { expires: keep.until }),
  });
}

/** Keeps an anonymous draft's resume token in an httpOnly cookie scoped to the survey's pages. */
export async function rememberResumeToken(slug: string, token: string): Promise<void> {
  await setSurveyCookie(slug, cookieName(slug), token, { days: RESUME_COOKIE_DAYS });
}

/**
 * Remembers the public or partner link this browser came through, scoped to the survey's pages like
 * the resume token: the draft it starts is credited to that link (and so to its partner).
 */
export async function rememberSurveyLink(slug: string, linkId: string): Promise<void> {
  await setSurveyCookie(slug, linkCookieName(slug), linkId, { days: LINK_COOKIE_DAYS });
}

/** Keeps a personal link's token for the survey's pages, until the link expires. */
export async function rememberCampaignLink(slug: string, token: string, expiresAt: Date): Promise<void> {
  await setSurveyCookie(slug, campaignCookieName(slug), token, { until: expiresAt });
}

/** The personal link this browser answers through, for sending them to get a new one when it has ended. */
export async function campaignLinkToken(slug: string): Promise<string | null> {
  return (await cookies()).get(campaignCookieName(slug))?.value ?? null;
}

/** Once the answers are sent the token opens nothing: drop it from the browser. */
export async function forgetResumeToken(slug: string): Promise<void> {
  (await cookies()).delete({ name: cookieName(slug), path: `/surveys/${slug}` });
}

/**
 * For the question pages: the respondent's draft and journey, or, when they may not answer now
 * (closed, sign in first, already answered), a redirect to the start page that explains why.
 */
export const draftOrRedirect = cache(async (slug: string) => {
  try {
    return await getRespondentDraft(slug, await readRespondent(slug));
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    if (isAppError(error)) redirect(`/surveys/${encodeURIComponent(slug)}`);
    throw error;
  }
});

/** For the start page and its title: read once per request. */
export const surveyStart = cache(async (slug: string) => getSurveyStart(slug, await readRespondent(slug)));
