import { describe, expect, it } from "vitest";
import type { SummaryContent, ThemeSection } from "@/lib/domain/summaries/content";
import { parsePeriodKey, type Period } from "@/lib/domain/summaries/period";
import { localiseSummary, pickSummaryIntro, summaryIntroFields, summarySubjects } from "./summary-translation";

const link = (id: string, title: string) => ({ id, title, url: `https://example.test/${id}` });
const section: ThemeSection = {
  theme: null,
  newTopics: [link("t1", "Bus lanes")],
  openTopics: [link("t1", "Bus lanes"), link("t2", "Parks")],
  comments: { inPeriod: 3, previous: 1 },
  mostDiscussed: [{ ...link("t1", "Bus lanes"), comments: 3 }],
  quotes: [{ text: "Yes please", topic: link("t2", "Parks") }],
  closingSoon: [],
  outcomes: [],
  surveys: [{ ...link("s1", "Buses survey"), open: true, responsesInPeriod: 5, responsesTotal: 9, headline: null }],
  empty: false,
};
const content: SummaryContent = { period: parsePeriodKey("2026-11") as Period, periodLabel: "November 2026", sections: [section] };

describe("a summary in its reader's language", () => {
  it("names the topics and surveys it mentions", () => {
    expect(summarySubjects(content)).toEqual({ topicIds: ["t1", "t2"], surveyIds: ["s1"] });
  });

  it("uses their translated titles where they still match the English, and leaves the composed content alone", () => {
    const localised = localiseSummary(content, {
      locale: "pl",
      topics: new Map([["t1", { title: { text: "Buspasy", source: "Bus lanes" } }], ["t2", { title: { text: "Parki", source: "Parks (old)" } }]]),
      surveys: new Map([["s1", { title: { text: "Ankieta o autobusach", source: "Buses survey" } }]]),
    });
    const [shown] = localised.sections;
    expect(shown?.openTopics.map((item) => item.title)).toEqual(["Buspasy", "Parks"]);
    expect(shown?.mostDiscussed[0]).toMatchObject({ title: "Buspasy", comments: 3 });
    expect(shown?.quotes[0]?.topic.title).toBe("Parks");
    expect(shown?.surveys[0]).toMatchObject({ title: "Ankieta o autobusach", responsesTotal: 9 });
    expect(section.openTopics[0]?.title).toBe("Bus lanes");
  });
});

describe("the summaries' message", () => {
  it("is one field, and none when there is no message", () => {
    expect(summaryIntroFields("Hello all").map(({ key, kind, original }) => [key, kind, original])).toEqual([["intro", "text", "Hello all"]]);
    expect(summaryIntroFields("")).toEqual([]);
  });

  it("reaches a contact in their language where translated, otherwise in English, and not at all when there is none", () => {
    const stored = { intro: { text: "Witajcie", source: "Hello all" } };
    expect(pickSummaryIntro("Hello all", stored, "pl")).toEqual({ text: "Witajcie", lang: "pl" });
    expect(pickSummaryIntro("Hello all", null, "ar")).toEqual({ text: "Hello all", lang: "en" });
    expect(pickSummaryIntro("", stored, "pl")).toBeNull();
  });
});
