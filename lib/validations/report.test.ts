import { describe, expect, it } from "vitest";
import { ZReportSave, ZReportStatusChange } from "./report";

const SUBJECT = { subjectKind: "topic", subjectId: "3e6e7f0a-1b2c-4d5e-8f90-123456789abc" };
const issues = (input: Record<string, unknown>) => {
  const parsed = ZReportSave.safeParse({ ...SUBJECT, ...input });
  return parsed.success ? [] : parsed.error.issues.map((issue) => [issue.path.join("."), issue.message]);
};

describe("ZReportSave", () => {
  it("turns the form into every section in order, with its box and narrative", () => {
    const parsed = ZReportSave.parse({ ...SUBJECT, title: "  What you told us ", decision: "We did it.", included: ["themes", "asked"], "narrative-themes": "  Buses first. ", "narrative-method": "Unticked, kept" });
    expect(parsed).toEqual({
      subject: { kind: "topic", id: SUBJECT.subjectId },
      title: "What you told us",
      decision: "We did it.",
      sections: [
        { key: "asked", included: true, narrative: "" },
        { key: "participation", included: false, narrative: "" },
        { key: "results", included: false, narrative: "" },
        { key: "themes", included: true, narrative: "Buses first." },
        { key: "method", included: false, narrative: "Unticked, kept" },
      ],
    });
  });

  it("takes one ticked box as a string", () => {
    expect(ZReportSave.parse({ ...SUBJECT, title: "T", included: "results" }).sections.filter((section) => section.included).map((section) => section.key)).toEqual(["results"]);
  });

  it("names each problem by its field", () => {
    expect(issues({ title: " ", decision: "x".repeat(10_001), "narrative-asked": "y".repeat(5001) })).toEqual([
      ["title", "validation.report.titleRequired"],
      ["decision", "validation.report.decisionTooLong"],
      ["included", "validation.report.noSections"],
      ["narrative-asked", "validation.report.narrativeTooLong"],
    ]);
    expect(issues({ title: "T", included: ["everything"] })).toEqual([["included.0", "validation.report.section"]]);
    expect(issues({ title: "x".repeat(201), included: ["asked"], subjectKind: "page" })).toEqual([
      ["subjectKind", "validation.report.subject"],
      ["title", "validation.report.titleTooLong"],
    ]);
  });
});

describe("ZReportStatusChange", () => {
  it("accepts publish and unpublish only", () => {
    expect(ZReportStatusChange.parse({ ...SUBJECT, change: "publish" })).toEqual({ subject: { kind: "topic", id: SUBJECT.subjectId }, change: "publish" });
    expect(ZReportStatusChange.safeParse({ ...SUBJECT, change: "delete" }).success).toBe(false);
  });
});
