import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { verifyContactToken } from "@/lib/server/partners/shared/contact-link";
import { campaignToken, campaignUnsubscribeHeaders, verifyCampaignToken, verifyUnsubscribeToken } from "./campaign-link";

describe("campaign link tokens", () => {
  it("verifies its own token and refuses a tampered one", () => {
    const id = randomUUID();
    const token = campaignToken(id);
    expect(verifyCampaignToken(token)).toBe(id);
    const tampered = token.slice(0, -1) + (token.endsWith("A") ? "B" : "A");
    expect(verifyCampaignToken(tampered)).toBeNull();
    expect(verifyCampaignToken(`${randomUUID()}.${token.split(".")[1]}`)).toBeNull();
    expect(verifyCampaignToken("not-a-token")).toBeNull();
  });

  it("is single-purpose: a survey link neither unsubscribes nor opens a partner's preferences", () => {
    const id = randomUUID();
    expect(verifyUnsubscribeToken(campaignToken(id))).toBeNull();
    expect(verifyContactToken(campaignToken(id))).toBeNull();
    const header = campaignUnsubscribeHeaders(id)["List-Unsubscribe"] ?? "";
    const unsubscribe = /unsubscribe\/([^>]+)>/.exec(header)?.[1] ?? "";
    expect(verifyUnsubscribeToken(unsubscribe)).toBe(id);
    expect(verifyCampaignToken(unsubscribe)).toBeNull();
  });
});
