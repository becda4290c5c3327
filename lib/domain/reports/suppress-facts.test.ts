import { describe, expect, it } from "vitest";
import { suppressCampaigns, suppressChannels, suppressThemes } from "./suppress-facts";

describe("suppressChannels", () => {
  it("leaves out channels nobody used and hides a small count and the count that would give it away", () => {
    expect(suppressChannels([{ channel: "web", count: 120 }, { channel: "paper", count: 3 }])).toEqual([
      { channel: "web", shown: { kind: "hidden" } },
      { channel: "paper", shown: { kind: "fewer-than-10" } },
    ]);
  });

  it("shows every count of 10 or more when none is small", () => {
    expect(suppressChannels([{ channel: "phone", count: 12 }, { channel: "web", count: 40 }])).toEqual([
      { channel: "web", shown: { kind: "count", count: 40 } },
      { channel: "phone", shown: { kind: "count", count: 12 } },
    ]);
  });

  it("is empty without responses", () => {
    expect(suppressChannels([])).toEqual([]);
  });
});

describe("suppressCampaigns", () => {
  it("gives a response rate only when both counts are shown", () => {
    expect(suppressCampaigns([{ name: "Employers", invited: 200, submitted: 50 }, { name: "Small", invited: 30, submitted: 4 }])).toEqual([
      { name: "Employers", invited: { kind: "count", count: 200 }, submitted: { kind: "count", count: 50 }, rate: 0.25 },
      { name: "Small", invited: { kind: "count", count: 30 }, submitted: { kind: "fewer-than-10" }, rate: null },
    ]);
  });
});

describe("suppressThemes", () => {
  const theme = (label: string, count: number, quotes: string[] = []) => ({ label, question: null, keyPhrases: ["a", "b", "c", "d", "e", "f"], count, quotes });

  it("orders themes by count, suppresses small counts and drops their quotes", () => {
    const themes = suppressThemes([theme("Parking", 4, ["Park at CV1 5FB"]), theme("Buses", 40, ["More buses please"]), theme("Empty", 0)]);
    expect(themes.map((item) => [item.label, item.shown, item.quotes])).toEqual([
      ["Buses", { kind: "count", count: 40 }, ["More buses please"]],
      ["Parking", { kind: "fewer-than-10" }, []],
    ]);
  });

  it("prints at most three quotes, anonymised, and five key phrases", () => {
    const [shown] = suppressThemes([theme("Cycling", 25, ["Email me at a@b.com", "Ring 07700 900123", "@cyclist agrees", "A fourth"])]);
    expect(shown?.quotes).toEqual(["Email me at [email]", "Ring [phone number]", "[handle] agrees"]);
    expect(shown?.keyPhrases).toHaveLength(5);
  });
});
