import "server-only";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import { lastCompletedPeriod } from "@/lib/domain/summaries/period";
import { getDb } from "@/lib/db/client";
import { summaryEmail } from "@/lib/email/templates/summary";
import { env } from "@/lib/env";
import { partnerThemes, requirePartner } from "@/lib/server/partner-portal/shared/partner-themes";
import { composeSummary } from "@/lib/server/summaries/compose-summary";

/**
 * Last month's summary of the partner's themes, as the network's summaries are written (published
 * topics and comments, outcomes, survey headlines with their own small-number rules), addressed to
 * the organisation: no contact's personal links are in it.
 */
export async function getPartnerSummary(user: CurrentUser, now = new Date()): Promise<{ html: string }> {
  const db = getDb();
  const membership = await requirePartner(db, user);
  const themes = await partnerThemes(db, membership.organisation.id);
  const content = await composeSummary(db, themes, lastCompletedPeriod("monthly", now));
  const portal = `${env.AUTH_URL}/organisation/network`;
  const email = summaryEmail(content, {
    name: membership.organisation.name,
    organisation: membership.organisation.name,
    frequency: "monthly",
    allThemes: false,
    sendWhenQuiet: true,
    preferencesUrl: portal,
    unsubscribeUrl: portal,
  });
  if (!email) throw new Error("getPartnerSummary: a summary with sendWhenQuiet rendered nothing");
  return { html: email.html };
}
