import "server-only";
import { asc, eq, sql } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { organisations, partnerContacts } from "@/lib/db/schema";
import { inNetworkColumn } from "@/lib/server/partners/shared/partner-network";

/**
 * Every organisation with its type, whether it is in the network, and its contacts counted by
 * status: active ones are mailed; unsubscribed, bounced and complained ones never are.
 */
export async function listPartnerOrganisations() {
  const countWhere = (status: "active" | "unsubscribed" | "bounced" | "complained") =>
    sql<number>`(count(${partnerContacts.id}) filter (where ${partnerContacts.status} = ${status}))::int`;
  return getDb()
    .select({
      id: organisations.id,
      slug: organisations.slug,
      name: organisations.name,
      type: organisations.type,
      place: organisations.place,
      inNetwork: inNetworkColumn(),
      active: countWhere("active"),
      unsubscribed: countWhere("unsubscribed"),
      bounced: countWhere("bounced"),
      complained: countWhere("complained"),
    })
    .from(organisations)
    .leftJoin(partnerContacts, eq(partnerContacts.organisationId, organisations.id))
    .groupBy(organisations.id)
    .orderBy(asc(sql`lower(${organisations.name})`));
}
