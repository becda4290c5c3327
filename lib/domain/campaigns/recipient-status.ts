export type RecipientStatus = "submitted" | "unsubscribed" | "bounced" | "revoked" | "expired" | "started" | "opened" | "delivered" | "invited" | "notInvited";

type Milestones = {
  invitedAt: Date | null;
  deliveredAt: Date | null;
  openedAt: Date | null;
  startedAt: Date | null;
  submittedAt: Date | null;
  bouncedAt: Date | null;
  unsubscribedAt: Date | null;
  revokedAt: Date | null;
  expiresAt: Date | null;
};

/** The furthest a recipient got, or what stopped them: answered first, then the stops, then progress. */
export function recipientStatus(recipient: Milestones, now: Date): RecipientStatus {
  if (recipient.submittedAt) return "submitted";
  if (recipient.unsubscribedAt) return "unsubscribed";
  if (recipient.bouncedAt) return "bounced";
  if (recipient.revokedAt) return "revoked";
  if (!recipient.invitedAt) return "notInvited";
  if (recipient.expiresAt && recipient.expiresAt <= now) return "expired";
  if (recipient.startedAt) return "started";
  if (recipient.openedAt) return "opened";
  if (recipient.deliveredAt) return "delivered";
  return "invited";
}
