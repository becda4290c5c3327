const DAY_MS = 86_400_000;

export type ReminderState = { invitedAt: Date | null; remindersSent: number };

/**
 * When the recipient's next reminder is due: the (remindersSent + 1)th reminder day after the
 * invitation, or null when there is none left (or no invitation yet). A reminder missed while the
 * jobs were not running is sent once when they run again, never one per missed day.
 */
export function nextReminderAt(recipient: ReminderState, reminderDays: readonly number[]): Date | null {
  if (!recipient.invitedAt) return null;
  const days = [...reminderDays].sort((a, b) => a - b);
  const day = days[recipient.remindersSent];
  return day === undefined ? null : new Date(recipient.invitedAt.getTime() + day * DAY_MS);
}

/**
 * The reminder due now (1 for the first), or null. Reminders missed while the jobs were not running
 * become one reminder, the latest: the count jumps to every reminder day that has passed.
 */
export function dueReminder(recipient: ReminderState, reminderDays: readonly number[], now: Date): number | null {
  if (!recipient.invitedAt) return null;
  const invited = recipient.invitedAt.getTime();
  const passed = reminderDays.filter((day) => invited + day * DAY_MS <= now.getTime()).length;
  return passed > recipient.remindersSent ? passed : null;
}

/** When a personal link sent now stops working. */
export function linkExpiry(from: Date, linkDays: number): Date {
  return new Date(from.getTime() + linkDays * DAY_MS);
}

/** The state of a personal link, from what the recipient row says. */
export type LinkState = "live" | "expired" | "revoked" | "used";
export function linkState(recipient: { expiresAt: Date | null; revokedAt: Date | null; submittedAt: Date | null }, now: Date): LinkState {
  if (recipient.submittedAt) return "used";
  if (recipient.revokedAt) return "revoked";
  if (!recipient.expiresAt || recipient.expiresAt <= now) return "expired";
  return "live";
}
