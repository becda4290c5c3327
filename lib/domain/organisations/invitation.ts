/** Where an invitation stands: only an open one can be accepted. */
export type InvitationState = "open" | "accepted" | "withdrawn" | "expired";

export function invitationState(invitation: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date }, now = new Date()): InvitationState {
  if (invitation.acceptedAt) return "accepted";
  if (invitation.revokedAt) return "withdrawn";
  if (invitation.expiresAt <= now) return "expired";
  return "open";
}
