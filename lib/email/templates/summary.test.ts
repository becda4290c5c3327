import { describe, expect, it } from "vitest";
import type { SummaryContent, ThemeSection } from "@/lib/domain/summaries/content";
import { parsePeriodKey, type Period } from "@/lib/domain/summaries/period";
import { oneOffSummaryEmail } from "./one-off-summary";
import { summaryEmail } from "./summary";

const period = parsePeriodKey("2026-11") as Period;
const link = (id: string, title: string) => ({ id, title, url: `https://example.test/topics/${id}` });

const emptySection = (name: string): ThemeSection => ({
  theme: { id: name, name },
  newTopics: [],
  openTopics: [],
  comments: { inPeriod: 0, previous: 0 },
  mostDiscussed: [],
  quotes: [],
  closingSoon: [],
  outcomes: [],
  surveys: [],
  empty: true,
});

const busy: ThemeSection = {
  ...emptySection("Jobs & <economy>"),
  newTopics: [link("t1", "Skills hub")],
  openTopics: [link("t1", "Skills hub")],
  comments: { inPeriod: 12, previous: 5 },
  mostDiscussed: [{ ...link("t1", "Skills hub"), comments: 12 }],
  quotes: [{ text: "We need <more> apprenticeships", topic: link("t1", "Skills hub") }],
  closingSoon: [{ ...link("t1", "Skills hub"), closesOn: "2026-12-07" }],
  outcomes: [link("t2", "Bus lanes")],
  surveys: [
    { id: "s1", title: "Employer skills-gap survey", url: "https://example.test/surveys/skills", open: true, responsesInPeriod: null, responsesTotal: 200, headline: { question: "Gaps?", answer: "Yes", percent: 80, answered: 200 } },
  ],
  empty: false,
};

const recipient = {
  name: "Sue Webb",
  organisation: "CWN Community",
  frequency: "monthly" as const,
  allThemes: false,
  sendWhenQuiet: false,
  preferencesUrl: "https://example.test/partners/preferences/token",
  unsubscribeUrl: "https://example.test/partners/preferences/token#unsubscribe",
};

const content = (sections: ThemeSection[]): SummaryContent => ({ period, periodLabel: "November 2026", sections });

describe("summaryEmail", () => {
  it("names the period and the themes with news in the subject", () => {
    const email = summaryEmail(content([busy, emptySection("Health")]), recipient);
    expect(email?.subject).toBe("Let's Talk summary: November 2026 - Jobs & <economy>");
  });

  it("has one h1, an h2 per theme with news, escapes every value and says which themes were quiet", () => {
    const email = summaryEmail(content([busy, emptySection("Health")]), recipient);
    const html = email?.html ?? "";
    expect(html.match(/<h1/g)).toHaveLength(1);
    expect(html.match(/<h2/g)).toHaveLength(1);
    expect(html).toContain("Jobs &amp; &lt;economy&gt;");
    expect(html).toContain("We need &lt;more&gt; apprenticeships");
    expect(html).not.toContain("<more>");
    expect(html).toContain("Nothing new in this period on: Health.");
    expect(html).toMatch(/<th scope="row"[^>]*><a href="https:\/\/example.test\/surveys\/skills"/);
  });

  it("the plain text says the same: figures, change, quotes, closing dates, links, fewer than 5", () => {
    const text = summaryEmail(content([busy]), recipient)?.text ?? "";
    expect(text).toContain("12 comments in this period");
    expect(text).toContain("Up 7 on the period before (5).");
    expect(text).toContain('> "We need <more> apprenticeships"');
    expect(text).toContain("Skills hub <https://example.test/topics/t1> (closes 7 December 2026)");
    expect(text).toContain("Responses this period: fewer than 5");
    expect(text).toContain('Employer skills-gap survey: 80% of 200 who answered said "Yes" to "Gaps?".');
    expect(text).toContain("Unsubscribe from these summaries <https://example.test/partners/preferences/token#unsubscribe>");
    expect(text).not.toContain("<a ");
  });

  it("sends nothing for a quiet period unless the contact asked for a short email", () => {
    const quiet = content([emptySection("Health")]);
    expect(summaryEmail(quiet, recipient)).toBeNull();
    const email = summaryEmail(quiet, { ...recipient, sendWhenQuiet: true });
    expect(email?.subject).toBe("Let's Talk summary: November 2026 - nothing new");
    expect(email?.text).toContain("Nothing new was posted on your themes in November 2026.");
    expect(email?.html).not.toContain("<h2");
  });

  it("a weekly summary speaks of the week", () => {
    const week = parsePeriodKey("2026-W47") as Period;
    const email = summaryEmail({ period: week, periodLabel: "week of 16 November 2026", sections: [emptySection("Health")] }, { ...recipient, sendWhenQuiet: true });
    expect(email?.text).toContain("Nothing new was posted on your themes in the week of 16 November 2026.");
  });
});

describe("oneOffSummaryEmail", () => {
  it("summarises a survey with its headline and never shows a count under 5", () => {
    const [survey] = busy.surveys;
    if (!survey) throw new Error("The test section has a survey");
    const email = oneOffSummaryEmail({ kind: "survey", survey: { ...survey, responsesTotal: null, summary: "About skills." } }, recipient);
    expect(email.subject).toBe('A summary of the survey "Employer skills-gap survey" from Let\'s Talk Coventry');
    expect(email.text).toContain("Responses so far: fewer than 5.");
    expect(email.text).toContain("80% of 200");
  });
});
