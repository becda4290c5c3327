import { describe, expect, it } from "vitest";
import { ZCampaignInput } from "./campaign";

const input = (reminderDays: string, linkDays = "60") => ZCampaignInput.safeParse({ surveyId: "00000000-0000-4000-8000-000000000001", name: "Spring", reminderDays, linkDays });

describe("a campaign's reminder days", () => {
  it("reads days separated by commas or spaces, in order, each once", () => {
    expect(input("14, 7,7").data?.reminderDays).toEqual([7, 14]);
    expect(input("3 10").data?.reminderDays).toEqual([3, 10]);
    expect(input("").data?.reminderDays).toEqual([]);
  });

  it("refuses days that are not whole, too late, or too many", () => {
    expect(input("7.5").error?.issues[0]?.message).toBe("validation.campaign.reminderDays");
    expect(input("0").success).toBe(false);
    expect(input("200").success).toBe(false);
    expect(input("1,2,3,4,5,6").error?.issues[0]?.message).toBe("validation.campaign.tooManyReminders");
    expect(input("7", "3").error?.issues[0]?.message).toBe("validation.campaign.linkDays");
  });
});
