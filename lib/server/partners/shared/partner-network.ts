import "server-only";
import { eq, sql } from "drizzle-orm";
import type { Executor } from "@/lib/db/client";
import { networks } from "@/lib/db/schema";
import { fieldProblem, ValidationError } from "@/lib/errors";

/** The one network organisations join here: the Coventry Cohesion and Integration Network. */
export const PARTNER_NETWORK_SLUG = "coventry-cohesion-and-integration-network";

/** Officers' partner writes (organisations, contacts, imports) share one limit. */
export const PARTNER_WRITE_RATE = { limit: 120, windowSeconds: 600 };
export const partnerWriteKey = (actorId: string) => `partner-write:${actorId}`;

export async function partnerNetworkId(executor: Executor): Promise<string> {
  const [network] = await executor.select({ id: networks.id }).from(networks).where(eq(networks.slug, PARTNER_NETWORK_SLUG));
  if (!network) throw new ValidationError("problems.organisation.noNetwork", fieldProblem("inNetwork", "validation.organisation.noNetwork"));
  return network.id;
}

/**
 * A select column: whether the row's organisation is in the network. Qualified by hand: in a
 * one-table select Drizzle leaves column names bare, and a bare "id" here would mean the member's.
 */
export function inNetworkColumn() {
  return sql<boolean>`exists (select 1 from "network_members" as nm inner join "networks" as n on n."id" = nm."network_id" where nm."organisation_id" = "organisations"."id" and n."slug" = ${PARTNER_NETWORK_SLUG})`;
}
