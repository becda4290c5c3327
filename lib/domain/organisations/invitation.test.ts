import { describe, expect, it } from "vitest";
import { invitationState } from "./invitation";

const now = new Date("2026-12-03T12:00:00Z");
const open = { acceptedAt: null, revokedAt: null, expiresAt: new Date("2026-12-10T12:00:00Z") };

describe("invitationState", () => {
  it("is open until it expires", () => {
    expect(invitationState(open, now)).toBe("open");
    expect(invitationState({ ...open, expiresAt: now }, now)).toBe("expired");
  });

  it("says accepted or withdrawn before expired", () => {
    expect(invitationState({ ...open, acceptedAt: now, expiresAt: new Date(0) }, now)).toBe("accepted");
    expect(invitationState({ ...open, revokedAt: now, expiresAt: new Date(0) }, now)).toBe("withdrawn");
  });
});
