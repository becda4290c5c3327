import "server-only";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import { publishedResultsCsv, type ResultsCsvLabels } from "@/lib/domain/partner-portal/results-csv";
import { getDb } from "@/lib/db/client";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { listPartnerResultSlugs } from "@/lib/server/partner-portal/get-partner-portal";
import { requirePartner } from "@/lib/server/partner-portal/shared/partner-themes";
import { getPublicResults } from "@/lib/server/surveys/results/get-public-results";

/**
 * The published results of every survey of the partner's themes, as one CSV: exactly what the
 * public results pages show, small numbers suppressed, and nothing unpublished. The download is audited.
 */
export async function exportPartnerResults(user: CurrentUser, labels: ResultsCsvLabels): Promise<{ csv: string; organisation: string }> {
  const db = getDb();
  const membership = await requirePartner(db, user);
  const slugs = await listPartnerResultSlugs(db, membership.organisation.id);
  const results = await Promise.all(slugs.map((slug) => getPublicResults(slug)));
  await recordAudit(db, { actorId: user.id, action: "partner.results-downloaded", subjectType: "organisation", subjectId: membership.organisation.id, details: { surveys: slugs.length } });
  return { csv: publishedResultsCsv(results, labels), organisation: membership.organisation.name };
}
