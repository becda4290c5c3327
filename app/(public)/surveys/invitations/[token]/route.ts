import { NextResponse, type NextRequest } from "next/server";
import { rememberCampaignLink } from "@/app/(public)/surveys/[slug]/respondent-request";
import { checkCampaignLink } from "@/lib/server/campaigns/check-campaign-link";

/**
 * A personal link from a campaign email: while it is live it opens the survey in this browser
 * without an account (the token goes in a cookie scoped to the survey's pages, so a colleague it
 * was forwarded to continues the same response); an ended link goes to the page that explains why
 * and offers a new one.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ token: string }> }): Promise<Response> {
  const { token } = await params;
  const link = await checkCampaignLink(token);
  if (link.state !== "live") return NextResponse.redirect(new URL(`/surveys/invitations/${encodeURIComponent(token)}/new-link`, request.nextUrl), 303);
  await rememberCampaignLink(link.slug, token, link.expiresAt);
  return NextResponse.redirect(new URL(`/surveys/${encodeURIComponent(link.slug)}`, request.nextUrl), 303);
}
