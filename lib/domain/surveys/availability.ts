import type { Role } from "@/lib/domain/access/roles";
import type { Verification } from "@/lib/domain/organisations/membership";

type SurveyAudience = "anyone" | "signed_in" | "employers";
export type Availability = "draft" | "not_open_yet" | "open" | "closed";
export type AudienceProblem = "sign_in" | "employers_only" | "verified_only" | "organisation_rejected";

/** Who a survey is for: its audience and whether only verified organisations' people may answer. */
export type SurveyAudienceRules = { audience: SurveyAudience; requiresVerified: boolean };

/** Whether a survey takes answers now: published, and inside its open and close dates. */
export function surveyAvailability(survey: { status: "draft" | "open" | "closed"; opensAt: Date | null; closesAt: Date | null }, now = new Date()): Availability {
  if (survey.status === "draft") return "draft";
  if (survey.status === "closed" || (survey.closesAt && survey.closesAt <= now)) return "closed";
  if (survey.opensAt && survey.opensAt > now) return "not_open_yet";
  return "open";
}

/**
 * Whether the answer depends on the person's organisation, so it is worth looking up: an employer
 * at a survey only verified organisations may answer, or a resident at an employers' survey (their
 * organisation may have been rejected, and the start page says so rather than "employers only").
 */
export function audienceNeedsOrganisation(survey: SurveyAudienceRules, role: Role | null): boolean {
  if (survey.audience !== "employers") return false;
  return role === "resident" || (role === "employer" && survey.requiresVerified);
}

/**
 * Why this person may not answer, or null when they may. `organisation` is the verification of the
 * person's organisation (null when they belong to none, or when it was not needed: see
 * audienceNeedsOrganisation). An unverified employer answers employers' surveys unless the survey
 * requires a verified organisation; a rejected organisation's people are residents, and are told why.
 */
export function audienceProblem(survey: SurveyAudienceRules, role: Role | null, organisation: Verification | null = null): AudienceProblem | null {
  if (survey.audience === "anyone") return null;
  if (!role) return "sign_in";
  if (survey.audience !== "employers") return null;
  if (role !== "employer") return organisation === "rejected" ? "organisation_rejected" : "employers_only";
  if (survey.requiresVerified && organisation !== "verified") return "verified_only";
  return null;
}
