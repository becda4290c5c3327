import { describe, expect, it } from "vitest";
import { compareRepresentation, type CampaignFunnel, type FunnelGroup, type StageCounts } from "./funnel";
import { CSV_WORDS } from "@/tests/support/campaign-fixtures";
import { funnelCsv } from "./funnel-csv";

const counts = (invited: number, submitted: number): StageCounts => ({ invited, delivered: invited, opened: 0, started: submitted, submitted, bounced: 0, unsubscribed: 0 });
const rows = (groups: FunnelGroup[]) => compareRepresentation(groups).map((representation) => ({ representation, group: groups.find((group) => group.key === representation.key) as FunnelGroup }));

describe("funnelCsv", () => {
  const funnel: CampaignFunnel = {
    campaign: { id: "c", name: "Mailing", status: "sent", sentAt: null, partnerName: null, surveyId: "s", surveyTitle: "Survey" },
    overall: counts(3, 1),
    groups: {
      list: rows([{ key: "@SUM(A1)", label: "@SUM(A1)", counts: counts(3, 1) }]),
      partner: rows([{ key: null, label: null, counts: counts(3, 1) }]),
      sector: [],
      size: [],
    },
  };
  const lines = funnelCsv(funnel, CSV_WORDS).split("\r\n");

  it("starts with the byte order mark and the headings, then the whole campaign", () => {
    expect(lines[0]).toBe("\uFEFFD,G,I,De,O,S,Su,B,U,R,IS,RS,F");
    expect(lines[1]).toBe("All,Everyone,3,3,0,1,1,0,0,33.3,,,");
  });

  it("neutralises a list name that a spreadsheet would run, and names unknown groups", () => {
    expect(lines[2]).toBe("List,'@SUM(A1),3,3,0,1,1,0,0,33.3,100,100,No");
    expect(lines[3]).toBe("Partner,No partner,3,3,0,1,1,0,0,33.3,100,100,No");
  });
});
