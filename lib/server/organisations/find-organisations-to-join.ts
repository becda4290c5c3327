import "server-only";
import { and, asc, eq, ilike, ne, or } from "drizzle-orm";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import { domainOf, isPublicEmailDomain, joinsAutomatically } from "@/lib/domain/organisations/email-domain";
import { getDb } from "@/lib/db/client";
import { organisationJoinRequests, organisations } from "@/lib/db/schema";

type JoinCandidate = { id: string; name: string; verified: boolean; joinsAutomatically: boolean };

export type JoinOptions = {
  /** Organisations found by name (when searched), and any at the person's own email domain. */
  candidates: JoinCandidate[];
  /** The request the person has waiting, if any. */
  pending: { organisation: string; createdAt: Date } | null;
};

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (character) => `\\${character}`);

/**
 * What someone outside any organisation can join: organisations whose name contains what they
 * searched for (two characters at least), and those at their own (non-webmail) email domain,
 * first. Rejected organisations are never offered.
 */
export async function findOrganisationsToJoin(user: CurrentUser, search: string): Promise<JoinOptions> {
  const db = getDb();
  const domain = domainOf(user.email);
  const byName = search.trim().length >= 2 ? ilike(organisations.name, `%${escapeLike(search.trim())}%`) : undefined;
  const byDomain = isPublicEmailDomain(domain) ? undefined : eq(organisations.emailDomain, domain);
  const [rows, [pending]] = await Promise.all([
    byName || byDomain
      ? db
          .select({ id: organisations.id, name: organisations.name, verification: organisations.verification, emailDomain: organisations.emailDomain })
          .from(organisations)
          .where(and(ne(organisations.verification, "rejected"), or(byName, byDomain)))
          .orderBy(asc(organisations.name))
          .limit(25)
      : [],
    db
      .select({ organisation: organisations.name, createdAt: organisationJoinRequests.createdAt })
      .from(organisationJoinRequests)
      .innerJoin(organisations, eq(organisations.id, organisationJoinRequests.organisationId))
      .where(and(eq(organisationJoinRequests.userId, user.id), eq(organisationJoinRequests.status, "pending"))),
  ]);
  const candidates = rows
    .map((row) => ({ id: row.id, name: row.name, verified: row.verification === "verified", joinsAutomatically: joinsAutomatically(user.email, row) }))
    .sort((a, b) => Number(b.joinsAutomatically) - Number(a.joinsAutomatically));
  return { candidates, pending: pending ?? null };
}
