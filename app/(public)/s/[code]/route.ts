import { NextResponse } from "next/server";
import { withPublic } from "@/lib/auth/route";
import { rememberSurveyLink } from "@/app/(public)/surveys/[slug]/respondent-request";
import { getSurveyLink } from "@/lib/server/survey-links/get-survey-link";

/**
 * A survey's public or partner link, from a poster's QR code or a newsletter: /s/<code>. Remembers
 * the link in this browser for that survey (counting nothing yet) and goes to the survey's start
 * page. An unknown code is a 404, in words (whoever scanned a poster reads it in a browser).
 */
export const GET = withPublic<{ code: string }>(async (request, { params }) => {
  const link = await getSurveyLink(params.code);
  await rememberSurveyLink(link.surveySlug, link.id);
  return NextResponse.redirect(new URL(`/surveys/${encodeURIComponent(link.surveySlug)}`, request.url), 303);
}, { text: true });
