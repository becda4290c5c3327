import { describe, expect, it } from "vitest";
import { dueReminder, linkExpiry, linkState, nextReminderAt } from "./reminder-schedule";

const invitedAt = new Date("2026-01-01T09:00:00Z");
const day = (n: number, hours = 0) => new Date(invitedAt.getTime() + n * 86_400_000 + hours * 3_600_000);

describe("reminder schedule", () => {
  it("is not due before the first reminder day, then due on it", () => {
    expect(dueReminder({ invitedAt, remindersSent: 0 }, [7, 14], day(6, 23))).toBeNull();
    expect(dueReminder({ invitedAt, remindersSent: 0 }, [7, 14], day(7))).toBe(1);
  });

  it("counts the reminders already sent", () => {
    expect(dueReminder({ invitedAt, remindersSent: 1 }, [7, 14], day(10))).toBeNull();
    expect(dueReminder({ invitedAt, remindersSent: 1 }, [7, 14], day(14))).toBe(2);
    expect(dueReminder({ invitedAt, remindersSent: 2 }, [7, 14], day(40))).toBeNull();
  });

  it("sends one reminder, the latest, for reminders missed while the jobs were off", () => {
    expect(dueReminder({ invitedAt, remindersSent: 0 }, [7, 14], day(20))).toBe(2);
  });

  it("has nothing due without an invitation or a schedule", () => {
    expect(dueReminder({ invitedAt: null, remindersSent: 0 }, [7], day(30))).toBeNull();
    expect(dueReminder({ invitedAt, remindersSent: 0 }, [], day(30))).toBeNull();
    expect(nextReminderAt({ invitedAt, remindersSent: 0 }, [14, 7])).toEqual(day(7));
    expect(nextReminderAt({ invitedAt, remindersSent: 2 }, [7, 14])).toBeNull();
  });

  it("ends links after their days, and says why a link no longer works", () => {
    const now = day(1);
    expect(linkExpiry(invitedAt, 60)).toEqual(day(60));
    expect(linkState({ expiresAt: day(60), revokedAt: null, submittedAt: null }, now)).toBe("live");
    expect(linkState({ expiresAt: day(0, 12), revokedAt: null, submittedAt: null }, now)).toBe("expired");
    expect(linkState({ expiresAt: null, revokedAt: null, submittedAt: null }, now)).toBe("expired");
    expect(linkState({ expiresAt: day(60), revokedAt: now, submittedAt: null }, now)).toBe("revoked");
    expect(linkState({ expiresAt: day(60), revokedAt: now, submittedAt: now }, now)).toBe("used");
  });
});
