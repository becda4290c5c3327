import type { Role } from "@/lib/domain/access/roles";

export type SurveyAudience = "anyone" | "signed_in" | "employers";
export type Availability = "draft" | "not_open_yet" | "open" | "closed";

/** Whether a survey takes answers now: published, and inside its open and close dates. */
export function surveyAvailability(survey: { status: "draft" | "open" | "closed"; opensAt: Date | null; closesAt: Date | null }, now = new Date()): Availability {
  if (survey.status === "draft") return "draft";
  if (survey.status === "closed" || (survey.closesAt && survey.closesAt <= now)) return "closed";
  if (survey.opensAt && survey.opensAt > now) return "not_open_yet";
  return "open";
}

/** Why this person may not answer, or null when they may. */
export function audienceProblem(audience: SurveyAudience, role: Role | null): "sign_in" | "employers_only" | null {
  if (audience === "anyone") return null;
  if (!role) return "sign_in";
  if (audience === "employers" && role !== "employer") return "employers_only";
  return null;
}
