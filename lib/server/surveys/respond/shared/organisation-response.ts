import "server-only";
import { and, eq } from "drizzle-orm";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import { canInOrganisation } from "@/lib/domain/access/policy";
import type { Executor } from "@/lib/db/client";
import { organisations, surveyResponses } from "@/lib/db/schema";
import { ConflictError, ForbiddenError, message, UnauthenticatedError } from "@/lib/errors";
import type { OrganisationAnswers } from "@/lib/domain/surveys/journey";
import { findMembership, type Membership } from "@/lib/server/organisations/shared/membership";
import type { ResponseRow, SurveyRow } from "@/lib/server/surveys/finalise-response";
import { latestBySubject, listResponseHistory } from "@/lib/server/surveys/respond/shared/response-history";
import { creditedLink } from "@/lib/server/survey-links/shared/credited-link";

/** Why someone may not write their organisation's response, for the start page to explain. */
export type OrganisationProblem = "sign_in" | "no_organisation" | "not_allowed";

/** The person's membership, or the reason they may not write their organisation's response. */
export async function checkResponder(executor: Executor, user: CurrentUser | null): Promise<{ membership: Membership } | { problem: OrganisationProblem }> {
  if (!user) return { problem: "sign_in" };
  const membership = await findMembership(executor, user.id);
  if (!membership) return { problem: "no_organisation" };
  if (!canInOrganisation(membership.role, "organisation:respond")) return { problem: "not_allowed" };
  return { membership };
}

/**
 * For a survey answered once per organisation: the person's membership, checked against the
 * organisation policy (or the error that says why not). Null for every other survey.
 */
export async function respondingOrganisation(executor: Executor, survey: Pick<SurveyRow, "onePerOrganisation">, user: CurrentUser | null): Promise<Membership | null> {
  if (!survey.onePerOrganisation) return null;
  const checked = await checkResponder(executor, user);
  if ("membership" in checked) return checked.membership;
  if (checked.problem === "sign_in") throw new UnauthenticatedError("problems.organisationResponse.signIn");
  throw new ForbiddenError(checked.problem === "no_organisation" ? "problems.organisationResponse.noOrganisation" : "problems.organisationResponse.notAllowed");
}

/** The organisation's one response to the survey, draft or submitted, or null. `lock` holds the row. */
export async function findOrganisationResponse(executor: Executor, surveyId: string, organisationId: string, lock = false): Promise<ResponseRow | null> {
  const query = executor
    .select()
    .from(surveyResponses)
    .where(and(eq(surveyResponses.surveyId, surveyId), eq(surveyResponses.organisationId, organisationId)));
  const [row] = lock ? await query.for("update") : await query;
  return row ?? null;
}

/** Who submitted the response and when, from its history ("someone" once their account is erased). */
export async function submittedBy(executor: Executor, response: ResponseRow): Promise<{ name: string | null; userId: string | null; at: Date }> {
  const entry = latestBySubject(await listResponseHistory(executor, response.id)).get("submitted");
  return { name: entry?.name ?? null, userId: entry?.userId ?? null, at: entry?.at ?? response.submittedAt ?? response.updatedAt };
}

/** "Already answered by your organisation": names who sent it and when. */
export async function alreadySubmittedError(executor: Executor, response: ResponseRow): Promise<ConflictError> {
  const by = await submittedBy(executor, response);
  return new ConflictError("problems.organisationResponse.alreadySubmitted", { name: by.name ?? message("organisationResponse.someone"), date: by.at });
}

/**
 * The organisation's shared draft, locked, made (empty) when there is none yet. Two colleagues
 * starting at once both end up on one row: the unique index on (survey, organisation) turns the
 * second insert into nothing, and the second then waits for the first's lock. A submitted response
 * cannot be written to again. The colleague who starts it credits it to the link they came through.
 */
export async function findOrStartOrganisationDraft(tx: Executor, survey: SurveyRow, organisationId: string, now: Date, linkId?: string | null): Promise<ResponseRow> {
  let row = await findOrganisationResponse(tx, survey.id, organisationId, true);
  if (!row) {
    const surveyLinkId = await creditedLink(tx, survey.id, linkId);
    const [inserted] = await tx.insert(surveyResponses).values({ surveyId: survey.id, organisationId, surveyVersion: survey.version, startedAt: now, surveyLinkId }).onConflictDoNothing().returning();
    // A colleague started it at the same moment: use theirs.
    row = inserted ?? (await findOrganisationResponse(tx, survey.id, organisationId, true));
  }
  if (!row) throw new Error("organisation response: no row inserted and none found");
  if (row.status === "submitted") throw await alreadySubmittedError(tx, row);
  return row;
}

/** What the organisation page starts from: the organisation's own record. */
export async function organisationRecord(executor: Executor, organisationId: string): Promise<OrganisationAnswers> {
  const [row] = await executor
    .select({ organisationName: organisations.name, sector: organisations.sicSection, sizeBand: organisations.sizeBand, neighbourhoodId: organisations.neighbourhoodId })
    .from(organisations)
    .where(eq(organisations.id, organisationId));
  return row ?? { organisationName: null, sector: null, sizeBand: null, neighbourhoodId: null };
}
