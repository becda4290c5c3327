import { describe, expect, it } from "vitest";
import { publishedResultsCsv } from "./results-csv";

const labels = { header: ["Survey", "Responses", "Question", "Answer", "Count", "Percent"] as [string, string, string, string, string, string], fewerThanFive: "fewer than 5", notShown: "not shown" };

describe("publishedResultsCsv", () => {
  it("writes one row per answer, with the public page's words where a number is suppressed", () => {
    const csv = publishedResultsCsv(
      [
        {
          survey: { title: "Skills gaps" },
          responses: 200,
          questions: [
            {
              title: "Significant skills gaps?",
              answered: 200,
              cells: [
                { id: "yes", label: "Yes", count: 160, percent: 80, hidden: null },
                { id: "no", label: "No", count: null, percent: null, hidden: "protects" },
                { id: "unsure", label: "Not sure", count: null, percent: null, hidden: "small" },
              ],
            },
          ],
        },
      ],
      labels,
    );
    expect(csv.split("\r\n")).toEqual([
      "\uFEFFSurvey,Responses,Question,Answer,Count,Percent",
      "Skills gaps,200,Significant skills gaps?,Yes,160,80",
      "Skills gaps,200,Significant skills gaps?,No,not shown,",
      "Skills gaps,200,Significant skills gaps?,Not sure,fewer than 5,",
      "",
    ]);
  });

  it("neutralises an option label a spreadsheet would run as a formula", () => {
    const csv = publishedResultsCsv([{ survey: { title: "=HYPERLINK(1)" }, responses: null, questions: [] }], labels);
    expect(csv).not.toContain("\n=HYPERLINK");
  });
});
