import { NextResponse, type NextRequest } from "next/server";
import { isAppError } from "@/lib/errors";
import { stepPath } from "@/lib/domain/surveys/journey";
import { rememberResumeToken } from "@/app/(public)/surveys/[slug]/respondent-request";
import { resumeSurveyDraft } from "@/lib/server/surveys/respond/resume-survey-draft";

/**
 * The link in a "save and come back later" email: puts the resume token back in this browser's
 * cookie and continues from the first page still to answer. A link that no longer works goes to
 * the start page, which says so.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  const { slug } = await params;
  const token = request.nextUrl.searchParams.get("token") ?? "";
  try {
    const { next } = await resumeSurveyDraft(slug, token);
    await rememberResumeToken(slug, token);
    return NextResponse.redirect(new URL(stepPath(slug, next), request.nextUrl), 303);
  } catch (error) {
    if (!isAppError(error)) throw error;
    return NextResponse.redirect(new URL(`/surveys/${encodeURIComponent(slug)}?resume=expired`, request.nextUrl), 303);
  }
}
