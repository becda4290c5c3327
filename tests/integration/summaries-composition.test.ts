import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { summaryEmail } from "@/lib/email/templates/summary";
import { composeSummary, composeThemeSection } from "@/lib/server/summaries/compose-summary";
import type { ThemeSection } from "@/lib/domain/summaries/content";
import { parsePeriodKey, type Period } from "@/lib/domain/summaries/period";
import { HELPFUL, NOVEMBER, seedActivity } from "@/tests/support/summary-activity";

let seeded: Awaited<ReturnType<typeof seedActivity>>;
let section: ThemeSection;
const november = parsePeriodKey(NOVEMBER) as Period;
const titles = (items: { title: string }[]) => items.map((item) => item.title);

beforeAll(async () => {
  seeded = await seedActivity();
  section = await composeThemeSection(getDb(), seeded.theme, november);
});

describe("a theme's section of a monthly summary", () => {
  it("lists topics published in the period and the theme's open topics, never drafts", () => {
    expect(titles(section.newTopics)).toEqual(["A skills hub"]);
    expect(titles(section.openTopics)).toEqual(["A skills hub", "B bus routes"]);
    expect(section.newTopics[0]?.url).toBe(`http://localhost:3000/topics/${seeded.hub.slug}`);
  });

  it("counts published comments in the period and the period before, in London time, on the theme's topics only", () => {
    // Hub: 3 + the helpful one + a reported one still published; buses: 2 (the 00:30 on 1 December is December's).
    expect(section.comments).toEqual({ inPeriod: 7, previous: 3 });
  });

  it("names the most discussed topics by comments in the period", () => {
    expect(section.mostDiscussed.map((topic) => [topic.title, topic.comments])).toEqual([
      ["A skills hub", 5],
      ["B bus routes", 2],
    ]);
  });

  it("quotes published, unreported comments, the most helpful first, one per topic before any second (newest next), without names", () => {
    expect(section.quotes).toHaveLength(3);
    expect(HELPFUL.length).toBeGreaterThan(160);
    expect(HELPFUL.startsWith((section.quotes[0]?.text ?? "-").replace(/…$/, ""))).toBe(true);
    expect(section.quotes[0]?.text.length).toBeLessThanOrEqual(160);
    expect(section.quotes[0]?.text.endsWith("…")).toBe(true);
    expect(titles(section.quotes.map((quote) => quote.topic))).toEqual(["A skills hub", "B bus routes", "B bus routes"]);
    const quoted = JSON.stringify(section.quotes);
    expect(quoted).not.toMatch(/HELD|HIDDEN|FLAGGED|Secretname/);
  });

  it("lists topics closing within 14 days of the period's end", () => {
    expect(section.closingSoon.map((topic) => [topic.title, topic.closesOn])).toEqual([["A skills hub", "2026-12-08"]]);
  });

  it("lists outcomes published in the period", () => {
    expect(titles(section.outcomes)).toEqual(["C parks"]);
  });

  it("gives the theme's surveys with response counts and the headline, small counts as fewer than 5", () => {
    const [employer, small] = section.surveys;
    expect(employer).toMatchObject({ title: "Employer skills survey", open: true, responsesInPeriod: 6, responsesTotal: 10 });
    expect(employer?.headline).toEqual({ question: "Does your organisation have significant skills gaps at the moment?", answer: "Yes", percent: 80, answered: 10 });
    expect(small).toMatchObject({ title: "Small survey", responsesInPeriod: null, responsesTotal: null, headline: null });
    expect(section.empty).toBe(false);
  });

  it("the previous month reads differently: October's figures against September", async () => {
    const october = await composeThemeSection(getDb(), seeded.theme, parsePeriodKey("2026-10") as Period);
    expect(october.comments).toEqual({ inPeriod: 3, previous: 1 });
    expect(october.newTopics).toEqual([]);
    expect(october.surveys.find((survey) => survey.title === "Employer skills survey")?.responsesInPeriod).toBe(null);
  });

  it("flags a theme with nothing in the period as empty", async () => {
    const quiet = await composeThemeSection(getDb(), seeded.quietTheme, november);
    expect(quiet.empty).toBe(true);
    expect(quiet.comments).toEqual({ inPeriod: 0, previous: 0 });
  });
});

describe("the summary email from the database", () => {
  it("says what happened without names, and links back to the site", async () => {
    const content = await composeSummary(getDb(), [seeded.theme, seeded.quietTheme], november);
    const email = summaryEmail(content, {
      name: "Sue",
      organisation: "CWN",
      frequency: "monthly",
      allThemes: false,
      sendWhenQuiet: false,
      preferencesUrl: "http://localhost:3000/partners/preferences/x",
      unsubscribeUrl: "http://localhost:3000/partners/preferences/x#unsubscribe",
    });
    expect(email?.subject).toBe(`Let's Talk summary: November 2026 - ${seeded.theme.name}`);
    expect(email?.text).toContain("80% of 10 who answered said \"Yes\"");
    expect(email?.text).toContain(`Nothing new in this period on: ${seeded.quietTheme.name}.`);
    expect(email?.html).toContain(`href="http://localhost:3000/surveys/${seeded.survey.slug}"`);
    expect(`${email?.html}${email?.text}`).not.toMatch(/Secretname|HELD|HIDDEN/);
  });
});
