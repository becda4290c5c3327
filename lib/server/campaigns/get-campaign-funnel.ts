import "server-only";
import { eq, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { compareRepresentation, FUNNEL_DIMENSIONS, type CampaignFunnel, type FunnelDimension, type FunnelGroup, type StageCounts } from "@/lib/domain/campaigns/funnel";
import { SIC_SECTIONS, SIZE_BANDS } from "@/lib/domain/surveys/organisation";
import { getDb } from "@/lib/db/client";
import { campaignRecipients, organisations, partnerContacts, surveyCampaigns, surveys } from "@/lib/db/schema";
import { NotFoundError } from "@/lib/errors";

const reached = (column: SQL | typeof campaignRecipients.invitedAt) => sql<number>`(count(*) filter (where ${column} is not null))::int`;

/** Each stage counted in SQL: a recipient has reached a stage when its time is set. */
const STAGE_COLUMNS = {
  invited: reached(campaignRecipients.invitedAt),
  delivered: reached(campaignRecipients.deliveredAt),
  opened: reached(campaignRecipients.openedAt),
  started: reached(campaignRecipients.startedAt),
  submitted: reached(campaignRecipients.submittedAt),
  bounced: reached(campaignRecipients.bouncedAt),
  unsubscribed: reached(campaignRecipients.unsubscribedAt),
};

/** The organisation a recipient is credited to: the campaign's partner, or else their contact's organisation. */
const partnerOrganisation = alias(organisations, "credited_partner");

/** What each dimension groups by, and the group's label (null: not known). */
const DIMENSION_KEYS: Record<FunnelDimension, { key: SQL<string | null>; label: SQL<string | null> }> = {
  list: { key: sql`${campaignRecipients.listName}`, label: sql`${campaignRecipients.listName}` },
  partner: { key: sql`${partnerOrganisation.id}::text`, label: sql`${partnerOrganisation.name}` },
  sector: { key: sql`${campaignRecipients.sector}`, label: sql`${campaignRecipients.sector}` },
  size: { key: sql`${campaignRecipients.sizeBand}::text`, label: sql`${campaignRecipients.sizeBand}::text` },
};

const NAMES: Partial<Record<FunnelDimension, Record<string, string>>> = { sector: SIC_SECTIONS, size: SIZE_BANDS };

/** Recipients' stage counts grouped by one dimension, or all together (dimension null). */
function stageCounts(campaignId: string, dimension: FunnelDimension | null) {
  const group = dimension ? DIMENSION_KEYS[dimension] : { key: sql<string | null>`null`, label: sql<string | null>`null` };
  const query = getDb()
    .select({ key: group.key, label: group.label, ...STAGE_COLUMNS })
    .from(campaignRecipients)
    .innerJoin(surveyCampaigns, eq(surveyCampaigns.id, campaignRecipients.campaignId))
    .leftJoin(partnerContacts, eq(partnerContacts.id, campaignRecipients.contactId))
    .leftJoin(partnerOrganisation, eq(partnerOrganisation.id, sql`coalesce(${surveyCampaigns.partnerOrganisationId}, ${partnerContacts.organisationId})`))
    .where(eq(campaignRecipients.campaignId, campaignId));
  return dimension ? query.groupBy(group.key, group.label) : query;
}

const toGroup = (dimension: FunnelDimension | null) => ({ key, label, ...counts }: { key: string | null; label: string | null } & StageCounts): FunnelGroup => ({
  key,
  label: key && dimension ? (NAMES[dimension]?.[key] ?? label) : label,
  counts,
});


/**
 * How a campaign is going: invited, delivered, opened, started, submitted, overall and by list,
 * partner, sector and size band, all counted by SQL aggregates (the page checks the campaign
 * belongs to the survey in its address). Counts only: no recipient's
 * address, name or answers. The caller has checked `campaign:manage` (officers).
 */
export async function getCampaignFunnel(campaignId: string): Promise<CampaignFunnel> {
  const [campaign] = await getDb()
    .select({ id: surveyCampaigns.id, name: surveyCampaigns.name, status: surveyCampaigns.status, sentAt: surveyCampaigns.sentAt, partnerName: organisations.name, surveyId: surveys.id, surveyTitle: surveys.title })
    .from(surveyCampaigns)
    .innerJoin(surveys, eq(surveys.id, surveyCampaigns.surveyId))
    .leftJoin(organisations, eq(organisations.id, surveyCampaigns.partnerOrganisationId))
    .where(eq(surveyCampaigns.id, campaignId));
  if (!campaign) throw new NotFoundError("problems.campaignReport.notFound");
  const [[overall], ...byDimension] = await Promise.all([stageCounts(campaignId, null), ...FUNNEL_DIMENSIONS.map((dimension) => stageCounts(campaignId, dimension))]);
  const groups = Object.fromEntries(
    FUNNEL_DIMENSIONS.map((dimension, index) => {
      const funnels = (byDimension[index] ?? []).map(toGroup(dimension));
      const compared = compareRepresentation(funnels);
      // Largest group first, each with its comparison.
      return [dimension, compared.map((representation) => ({ representation, group: funnels.find((group) => group.key === representation.key) as FunnelGroup }))];
    }),
  ) as CampaignFunnel["groups"];
  const { key: _key, label: _label, ...counts } = overall ?? { key: null, label: null, ...Object.fromEntries(Object.keys(STAGE_COLUMNS).map((stage) => [stage, 0])) };
  return { campaign, overall: counts as StageCounts, groups };
}
