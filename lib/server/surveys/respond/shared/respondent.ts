import "server-only";
import type { OrganisationAnswers } from "@/lib/domain/surveys/journey";
import { and, desc, eq, isNotNull, sql } from "drizzle-orm";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import type { Locale } from "@/lib/i18n/locales";
import type { Executor } from "@/lib/db/client";
import { organisations, surveyResponses, users } from "@/lib/db/schema";
import { markRecipientStarted } from "@/lib/server/campaigns/shared/campaign-access";
import { consumeRateLimit } from "@/lib/server/rate-limit/consume-rate-limit";
import { creditedLink } from "@/lib/server/survey-links/shared/credited-link";
import type { ResponseRow, SurveyRow } from "@/lib/server/surveys/finalise-response";
import { hashResumeToken, newResumeToken, respondentKey } from "@/lib/server/surveys/shared/respondent-key";

/**
 * Who is answering: a signed-in person (their draft is found by their id) or someone without an
 * account, whose draft is found by the resume token their browser holds in a cookie.
 */
export type Respondent = {
  user: CurrentUser | null;
  resumeToken: string | null;
  /** Limits how many drafts one address may start. */
  ip?: string | null;
  /** Answering through a campaign's personal link: the draft is the link's, whoever holds it. */
  campaignRecipientId?: string | null;
  /** The public or partner link (/s/<code>) the browser came through: a new draft is credited to it. */
  surveyLinkId?: string | null;
  /** The language of the pages they are answering on: the survey is shown in it, and recorded with the response. */
  locale?: Locale;
};

/** The respondent's draft of this survey, or null. `lock` holds the row until the transaction ends. */
export async function findDraft(executor: Executor, surveyId: string, respondent: Respondent, lock = false): Promise<ResponseRow | null> {
  const owner = respondent.campaignRecipientId
    ? eq(surveyResponses.campaignRecipientId, respondent.campaignRecipientId)
    : respondent.user
    ? eq(surveyResponses.respondentId, respondent.user.id)
    : respondent.resumeToken
      ? eq(surveyResponses.resumeTokenHash, hashResumeToken(respondent.resumeToken))
      : null;
  if (!owner) return null;
  const query = executor
    .select()
    .from(surveyResponses)
    .where(and(eq(surveyResponses.surveyId, surveyId), eq(surveyResponses.status, "draft"), owner));
  const [row] = lock ? await query.for("update") : await query;
  return row ?? null;
}

/** New drafts without an account, per network address: generous, for a library or office sharing one. */
export const NEW_ANONYMOUS_DRAFT_RATE = { limit: 100, windowSeconds: 3600 };

/**
 * The respondent's draft, made (empty) when there is none yet. A new anonymous draft gets a new
 * resume token: the caller must hand it to the browser, as only its hash is stored. Starting one
 * counts against the network address's limit, whatever resume cookie (real or made up) came along.
 */
export async function findOrStartDraft(tx: Executor, survey: SurveyRow, respondent: Respondent, now = new Date()): Promise<{ draft: ResponseRow; newToken: string | null }> {
  const existing = await findDraft(tx, survey.id, respondent, true);
  if (existing) return { draft: existing, newToken: null };
  if (!respondent.user && respondent.ip) await consumeRateLimit(tx, `survey-new-draft:${respondent.ip}`, NEW_ANONYMOUS_DRAFT_RATE, now);
  const token = respondent.user || respondent.campaignRecipientId ? null : newResumeToken();
  const surveyLinkId = await creditedLink(tx, survey.id, respondent.surveyLinkId);
  const [draft] = await tx
    .insert(surveyResponses)
    .values({ surveyId: survey.id, respondentId: respondent.user?.id ?? null, resumeTokenHash: token?.hash ?? null, surveyVersion: survey.version, startedAt: now, surveyLinkId, campaignRecipientId: respondent.campaignRecipientId ?? null })
    .onConflictDoNothing()
    .returning();
  if (draft && respondent.campaignRecipientId) await markRecipientStarted(tx, respondent.campaignRecipientId, now);
  if (draft) return { draft, newToken: token?.token ?? null };
  // The same person started in another tab at the same moment: use that draft.
  const other = await findDraft(tx, survey.id, respondent, true);
  if (!other) throw new Error("draft response: no row inserted and none found");
  return { draft: other, newToken: null };
}

/** Whether this signed-in person has already answered a one-response-per-person survey. */
export async function hasAnswered(executor: Executor, survey: Pick<SurveyRow, "id" | "onePerPerson">, user: CurrentUser | null): Promise<boolean> {
  if (!survey.onePerPerson || !user) return false;
  const [row] = await executor
    .select({ id: surveyResponses.id })
    .from(surveyResponses)
    .where(and(eq(surveyResponses.surveyId, survey.id), eq(surveyResponses.respondentKey, respondentKey(survey.id, user.id))));
  return Boolean(row);
}


/**
 * What to fill the organisation page in with: the details of the organisation the person belongs
 * to, or else what they gave in their latest response to any survey, or else their neighbourhood.
 */
export async function previousOrganisation(executor: Executor, userId: string): Promise<OrganisationAnswers | null> {
  const [profile] = await executor
    .select({
      organisationName: organisations.name,
      sector: organisations.sicSection,
      sizeBand: organisations.sizeBand,
      neighbourhoodId: sql<string | null>`coalesce(${organisations.neighbourhoodId}, ${users.neighbourhoodId})`,
    })
    .from(users)
    .leftJoin(organisations, eq(organisations.id, users.organisationId))
    .where(eq(users.id, userId));
  if (profile?.organisationName) return profile;
  const [row] = await executor
    .select({ organisationName: surveyResponses.organisationName, sector: surveyResponses.sector, sizeBand: surveyResponses.sizeBand, neighbourhoodId: surveyResponses.neighbourhoodId })
    .from(surveyResponses)
    .where(and(eq(surveyResponses.respondentId, userId), isNotNull(surveyResponses.organisationName)))
    .orderBy(desc(sql`coalesce(${surveyResponses.submittedAt}, ${surveyResponses.updatedAt})`))
    .limit(1);
  if (row) return row;
  return profile ? { organisationName: null, sector: null, sizeBand: null, neighbourhoodId: profile.neighbourhoodId } : null;
}
