import { describe, expect, it } from "vitest";
import { themeCountsCsv, topicsCsv } from "./open-data-csv";

const topic = {
  slug: "bus-lanes",
  title: "=HYPERLINK(\"http://evil\")",
  summary: "Where, and when?",
  status: "outcome" as const,
  publishedAt: "2026-10-01T09:00:00.000Z",
  themes: [{ slug: "transport", name: "Transport" }, { slug: "health", name: "Health" }],
  neighbourhoods: [],
  keyDates: [{ kind: "closes" as const, label: null, date: "2026-12-31" }],
  commentCount: 12,
  outcome: { html: "<p>We did</p>", text: "We did", publishedAt: null },
  links: { page: "http://localhost:3000/topics/bus-lanes", themes: "http://localhost:3000/api/open/v1/topics/bus-lanes/themes", report: null },
};

describe("the open data CSVs", () => {
  it("write one row a topic, with a byte order mark, CRLF, quoted commas and formulas neutralised", () => {
    const lines = topicsCsv([topic]).split("\r\n");
    expect(lines[0]?.startsWith("\uFEFFslug,title,")).toBe(true);
    expect(lines[1]).toBe(`bus-lanes,"'=HYPERLINK(""http://evil"")","Where, and when?",outcome,2026-10-01T09:00:00.000Z,Transport; Health,,,2026-12-31,,12,We did,,http://localhost:3000/topics/bus-lanes,`);
    expect(lines[2]).toBe("");
  });

  it("give a suppressed count as an empty cell with its reason", () => {
    const csv = themeCountsCsv({
      topic: { slug: "bus-lanes", title: "Bus lanes" },
      commentCount: 30,
      threshold: 10,
      analysedAt: null,
      themes: [
        { label: "Buses", comments: { count: 20, suppressed: null } },
        { label: "Trees", comments: { count: null, suppressed: "fewer_than_threshold" } },
      ],
      notInTheme: { count: null, suppressed: "protects_another" },
    });
    expect(csv.split("\r\n").slice(1, 5)).toEqual([
      "bus-lanes,Bus lanes,all_published_comments,,30,,10,",
      "bus-lanes,Bus lanes,theme,Buses,20,,10,",
      "bus-lanes,Bus lanes,theme,Trees,,fewer_than_threshold,10,",
      "bus-lanes,Bus lanes,not_in_a_theme,,,protects_another,10,",
    ]);
  });
});
