import { afterAll, describe, expect, it } from "vitest";
import { moderationEmail } from "@/lib/email/templates/moderation";
import { oneOffSummaryEmail } from "@/lib/email/templates/one-off-summary";
import { organisationDecisionEmail } from "@/lib/email/templates/organisation-decision";
import { outcomeEmail } from "@/lib/email/templates/outcome";
import { summaryEmail } from "@/lib/email/templates/summary";
import { surveyReceiptEmail } from "@/lib/email/templates/survey-receipt";
import type { ThemeSection } from "@/lib/domain/summaries/content";
import { parsePeriodKey, type Period } from "@/lib/domain/summaries/period";
import { squeeze, XSS_ADDRESSES, XSS_CORPUS, type XssPayload } from "@/tests/support/xss-corpus";
import { inspectHtml } from "@/tests/support/xss-html";

type Email = { subject: string; text: string; html: string };
const figures = { emails: 0, fields: 0 };

/** The HTML part runs and injects nothing, and shows the payload as text; the text part carries it verbatim. */
function expectInert(email: Email, payloads: readonly XssPayload[], label: string): void {
  const found = inspectHtml(email.html);
  expect({ label, injected: found.injected, handlers: found.handlers, unsafeUrls: found.unsafeUrls, active: found.activeElements }).toEqual({ label, injected: [], handlers: [], unsafeUrls: [], active: [] });
  const shown = squeeze(found.text);
  const missingHtml = payloads.filter((payload) => !shown.includes(squeeze(payload.text))).map((payload) => payload.id);
  const missingText = payloads.filter((payload) => !email.text.includes(payload.text)).map((payload) => payload.id);
  expect({ label, missingHtml, missingText }).toEqual({ label, missingHtml: [], missingText: [] });
  figures.emails += 1;
}

const addressFor = (index: number) => XSS_ADDRESSES[index % XSS_ADDRESSES.length]?.text ?? "";
const link = (id: string, title: string, url: string) => ({ id, title, url });
const period = parsePeriodKey("2026-11") as Period;

describe("emails against the XSS corpus", () => {
  it("moderation decisions: topic title, moderator's note and the comment's opening words", () => {
    for (const [index, payload] of XSS_CORPUS.entries()) {
      for (const decision of ["reject", "hide"] as const) {
        const email = moderationEmail({ decision, topicTitle: payload.text, topicUrl: addressFor(index), reason: "other", note: payload.text, excerpt: payload.text });
        expectInert(email, [payload], `moderation ${decision} ${payload.id}`);
      }
    }
    figures.fields += 3;
  });

  it("outcomes and survey receipts: titles, summaries and thank-you text", () => {
    for (const [index, payload] of XSS_CORPUS.entries()) {
      expectInert(outcomeEmail({ topicTitle: payload.text, topicUrl: addressFor(index), summary: payload.text }), [payload], `outcome ${payload.id}`);
      const receipt = surveyReceiptEmail({ surveyTitle: payload.text, reference: "LT-ABCD-EFGH", submittedAt: new Date("2026-11-02T10:00:00Z"), thankYou: payload.text, surveyUrl: addressFor(index) });
      expectInert(receipt, [payload], `receipt ${payload.id}`);
    }
    figures.fields += 4;
  });

  it("organisation decisions: the organisation's name (its people typed it) and the officer's reason", () => {
    for (const [index, payload] of XSS_CORPUS.entries()) {
      const rejected = organisationDecisionEmail({ organisation: payload.text, decision: "rejected", reason: payload.text, organisationUrl: addressFor(index) });
      expectInert(rejected, [payload], `organisation rejected ${payload.id}`);
      expectInert(organisationDecisionEmail({ organisation: payload.text, decision: "verified", reason: null, organisationUrl: addressFor(index) }), [payload], `organisation verified ${payload.id}`);
    }
    figures.fields += 2;
  });

  it("partner summaries: every payload as a quote, a topic, a theme, a survey, the contact's name and organisation", () => {
    const sections: ThemeSection[] = XSS_CORPUS.map((payload, index) => {
      const topic = link(`t${index}`, payload.text, addressFor(index));
      return {
        theme: { id: `theme-${index}`, name: payload.text },
        newTopics: [topic],
        openTopics: [topic],
        comments: { inPeriod: 3, previous: 1 },
        mostDiscussed: [{ ...topic, comments: 3 }],
        quotes: [{ text: payload.text, topic }],
        closingSoon: [{ ...topic, closesOn: "2026-12-07" }],
        outcomes: [topic],
        surveys: [{ id: `s${index}`, title: payload.text, url: addressFor(index + 1), open: true, responsesInPeriod: 12, responsesTotal: 40, headline: { question: payload.text, answer: payload.text, percent: 80, answered: 40 } }],
        empty: false,
      };
    });
    for (const [index, payload] of XSS_CORPUS.entries()) {
      const recipient = { name: payload.text, organisation: payload.text, frequency: "weekly" as const, allThemes: true, sendWhenQuiet: true, preferencesUrl: addressFor(index), unsubscribeUrl: addressFor(index + 2) };
      const section = sections[index];
      if (!section) continue;
      const email = summaryEmail({ period, periodLabel: payload.text, sections: [section] }, recipient);
      if (!email) throw new Error("A busy period always has a summary");
      expectInert(email, [payload], `summary ${payload.id}`);
      const topic = { ...link(`t${index}`, payload.text, addressFor(index)), summary: payload.text, status: "open", closesOn: "2026-12-07", outcomePublished: true };
      const oneOff = oneOffSummaryEmail({ kind: "topic", topic, comments: 4, quotes: [{ text: payload.text, topic }] }, recipient);
      expectInert(oneOff, [payload], `one-off ${payload.id}`);
    }
    // And all of them in one email, as a busy month would bring them.
    const all = summaryEmail({ period, periodLabel: "November 2026", sections }, { name: "Sue", organisation: "CWN", frequency: "monthly", allThemes: true, sendWhenQuiet: false, preferencesUrl: "https://example.test/p", unsubscribeUrl: "https://example.test/u" });
    if (!all) throw new Error("A busy period always has a summary");
    expectInert(all, XSS_CORPUS, "summary with every payload");
    figures.fields += 12;
  });

  afterAll(() => {
    console.log(`XSS corpus (email): ${XSS_CORPUS.length} payloads x ${figures.fields} fields in 6 templates, ${figures.emails} emails rendered: 0 injected elements, 0 handlers, 0 unsafe links in the HTML part; every payload shown as text in the HTML part and verbatim in the text part`);
  });
});
