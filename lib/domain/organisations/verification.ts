import type { Verification } from "./membership";

/** What an officer decides about an organisation. */
export type VerificationDecision = "verify" | "reject";

/** The console's lists: waiting for a decision (unverified), verified, rejected, or every organisation. */
export const VERIFICATION_VIEWS = ["waiting", "verified", "rejected", "all"] as const;
export type VerificationView = (typeof VERIFICATION_VIEWS)[number];

/** The verification a view lists, or null for every organisation. */
export function verificationOfView(view: VerificationView): Verification | null {
  return view === "waiting" ? "unverified" : view === "all" ? null : view;
}

/** The verification a decision leads to. */
export function verificationAfter(decision: VerificationDecision): Exclude<Verification, "unverified"> {
  return decision === "verify" ? "verified" : "rejected";
}

/**
 * Whether the decision changes anything: an unverified organisation may be verified or rejected, a
 * rejected one reinstated (verified), a verified one rejected; deciding what it already is does not.
 */
export function decisionChanges(current: Verification, decision: VerificationDecision): boolean {
  return current !== verificationAfter(decision);
}
