import "server-only";
import { cookies, headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import { getCurrentUser } from "@/lib/auth/current-user";
import { env } from "@/lib/env";
import { isAppError, NotFoundError } from "@/lib/errors";
import { getRespondentDraft } from "@/lib/server/surveys/respond/get-respondent-draft";
import { getSurveyStart } from "@/lib/server/surveys/respond/get-survey-start";
import type { Respondent } from "@/lib/server/surveys/respond/shared/respondent";
import { clientAddress } from "@/lib/security/client-address";

const RESUME_COOKIE_DAYS = 90;
const cookieName = (slug: string) => `lt_survey_${slug}`;
/** The public or partner link (/s/<code>) this browser came to the survey through. */
const linkCookieName = (slug: string) => `lt_link_${slug}`;

/** The person answering, from this request: their session, or the resume token cookie for this survey. */
export async function readRespondent(slug: string, user?: CurrentUser | null): Promise<Respondent> {
  const jar = await cookies();
  const resumeToken = jar.get(cookieName(slug))?.value ?? null;
  const surveyLinkId = jar.get(linkCookieName(slug))?.value ?? null;
  const requestHeaders = await headers();
  const ip = clientAddress(requestHeaders);
  return { user: user === undefined ? await getCurrentUser() : user, resumeToken, ip, surveyLinkId };
}

/** Sets an httpOnly cookie scoped to the survey's pages, kept for `days`. */
async function setSurveyCookie(slug: string, name: string, value: string, days: number): Promise<void> {
  (await cookies()).set(name, value, {
    httpOnly: true,
    sameSite: "lax",
    secure: env.AUTH_URL.startsWith("https:"),
    path: `/surveys/${slug}`,
    maxAge: days * 86_400,
  });
}

/** Keeps an anonymous draft's resume token in an httpOnly cookie scoped to the survey's pages. */
export async function rememberResumeToken(slug: string, token: string): Promise<void> {
  await setSurveyCookie(slug, cookieName(slug), token, RESUME_COOKIE_DAYS);
}

const LINK_COOKIE_DAYS = 30;

/**
 * Remembers the public or partner link this browser came through, scoped to the survey's pages like
 * the resume token: the draft it starts is credited to that link (and so to its partner).
 */
export async function rememberSurveyLink(slug: string, linkId: string): Promise<void> {
  await setSurveyCookie(slug, linkCookieName(slug), linkId, LINK_COOKIE_DAYS);
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
