import { describe, expect, it } from "vitest";
import { defaultTranslator } from "@/lib/i18n/translator";
import type { ReportBlock } from "./blocks";
import { buildReportDocument } from "./document";
import type { ReportContent, ReportFacts } from "./facts";
import { sectionChoices } from "./sections";
import { suppressChannels, suppressThemes } from "./suppress-facts";
import { suppressSmallNumbers } from "@/lib/domain/surveys/results/suppress";

const facts: ReportFacts = {
  subject: { kind: "survey", title: "Buses in Coventry", slug: "buses" },
  asked: { summary: "How should buses change?", body: "", questions: ["How often do you take the bus?"], dates: [{ kind: "opens", label: null, date: "2026-10-01" }] },
  participation: {
    counts: [{ key: "responses", shown: { kind: "count", count: 123 } }],
    channels: suppressChannels([{ channel: "web", count: 120 }, { channel: "paper", count: 3 }]),
    campaigns: [],
    missing: { participants: { kind: "count", count: 123 }, groups: [{ question: "age_band", answer: "16_24", population: 0.2, participants: { kind: "under", share: 0.08 }, shortfall: { kind: "at-least", points: 12 } }] },
  },
  results: [
    {
      survey: "Buses in Coventry",
      responses: { kind: "count", count: 123 },
      questions: [{ id: "often", title: "How often do you take the bus?", multiple: false, ...suppressSmallNumbers([{ id: "daily", label: "Daily", count: 120 }, { id: "never", label: "Never", count: 3 }], 123, true) }],
    },
  ],
  themes: suppressThemes([{ label: "Reliability", question: "What would you change?", keyPhrases: ["late buses"], count: 30, quotes: ["The 11 is always late, ring me on 07700 900123"] }, { label: "Fares", question: null, keyPhrases: [], count: 6, quotes: ["Too dear"] }]),
  method: { analysed: true, channels: ["web", "paper"], firstResponse: "2026-10-02", lastResponse: "2026-11-30" },
};

const content = (choices: Partial<Record<string, boolean>> = {}, decision = "We will add buses.\n\nFrom May."): ReportContent => ({
  title: "What you told us about buses",
  decision,
  sections: sectionChoices([]).map((section) => ({ ...section, included: choices[section.key] ?? true, narrative: section.key === "themes" ? "Reliability came first.\n\nFares next." : "" })),
  facts,
  publishedAt: "2026-12-01T10:00:00.000Z",
});

const texts = (blocks: ReportBlock[]): string[] =>
  blocks.flatMap((block) => {
    switch (block.kind) {
      case "heading":
      case "paragraph":
      case "quote":
        return [block.text];
      case "list":
        return block.items;
      case "table":
        return [block.caption, ...block.header, ...block.rows.flat()];
      case "chart":
        return [block.title, block.alt, ...block.bars.flatMap((bar) => [bar.label, bar.text])];
    }
  });

describe("buildReportDocument", () => {
  it("starts with the title, then each included section's heading, narrative and figures, then the decision", () => {
    const document = buildReportDocument(content({ results: false, method: false }), defaultTranslator());
    const headings = document.blocks.filter((block) => block.kind === "heading").map((block) => [block.level, block.text]);
    expect(headings.filter(([level]) => level !== 3)).toEqual([
      [1, "What you told us about buses"],
      [2, "What we asked"],
      [2, "How people took part"],
      [2, "What people said: themes"],
      [2, "What we did"],
    ]);
    const themes = document.blocks.findIndex((block) => block.kind === "heading" && block.text === "What people said: themes");
    expect(document.blocks.slice(themes + 1, themes + 3)).toEqual([
      { kind: "paragraph", text: "Reliability came first." },
      { kind: "paragraph", text: "Fares next." },
    ]);
    expect(document.blocks.slice(-2)).toEqual([
      { kind: "paragraph", text: "We will add buses." },
      { kind: "paragraph", text: "From May." },
    ]);
    expect(document).toMatchObject({ title: "What you told us about buses", lang: "en-GB", subject: 'Consultation report on the survey "Buses in Coventry"' });
  });

  it("leaves the decision out when there is none", () => {
    const document = buildReportDocument(content({}, "  "), defaultTranslator());
    expect(texts(document.blocks)).not.toContain("What we did");
  });

  it("never prints a suppressed count: small ones are words, and so are the ones that would give them away", () => {
    const all = texts(buildReportDocument(content(), defaultTranslator()).blocks);
    const table = (caption: string) => buildReportDocument(content(), defaultTranslator()).blocks.find((block) => block.kind === "table" && block.caption === caption);
    expect(table("Responses by how they came in")).toMatchObject({ rows: [["Online", "Hidden"], ["Paper", "Fewer than 10"]] });
    expect(table("How often do you take the bus?")).toMatchObject({ rows: [["Daily", "Hidden", "–"], ["Never", "Fewer than 5", "–"]] });
    expect(table("Comments and answers by theme")).toMatchObject({ rows: [["Reliability", "30"], ["Fares", "Fewer than 10"]] });
    for (const small of ["120", "3", "6"]) expect(all.filter((text) => text === small)).toEqual([]);
  });

  it("follows every chart with a table of the same figures, and gives it alt text", () => {
    const { blocks } = buildReportDocument(content(), defaultTranslator());
    blocks.forEach((block, index) => {
      if (block.kind !== "chart") return;
      const next = blocks[index + 1];
      expect(next?.kind).toBe("table");
      if (next?.kind === "table") expect(next.rows.map((row) => row[0])).toEqual(block.bars.map((bar) => bar.label));
      expect(block.alt.length).toBeGreaterThan(20);
    });
  });

  it("prints quotes anonymised and names who is missing in words", () => {
    const all = texts(buildReportDocument(content(), defaultTranslator()).blocks);
    expect(all).toContain("The 11 is always late, ring me on [phone number]");
    expect(all).not.toContain("Too dear");
    expect(all.some((text) => text.startsWith("Age: "))).toBe(true);
    expect(all.filter((text) => text.includes("reportDocument.") || text.includes("aboutYou."))).toEqual([]);
  });
});
