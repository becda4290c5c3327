import { z } from "zod";
import { DECISION_MAX, NARRATIVE_MAX, REPORT_SECTIONS, TITLE_MAX, type SectionChoice } from "@/lib/domain/reports/sections";

/** The form's field for a section's narrative: narrative-asked, narrative-themes... */
export const narrativeField = (key: string) => `narrative-${key}`;

const ZSubject = {
  subjectKind: z.enum(["topic", "survey"], { error: "validation.report.subject" }),
  subjectId: z.uuid("validation.report.subject"),
};

const ZNarrative = z.string().trim().max(NARRATIVE_MAX, "validation.report.narrativeTooLong").default("");

/** A checkbox group: absent when none is ticked, a string for one, an array for several. */
const ZIncluded = z.preprocess((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]), z.array(z.enum(REPORT_SECTIONS, { error: "validation.report.section" })));

/** The report form: title, which sections, each section's narrative, and the decision ("we did"). */
export const ZReportSave = z
  .object({
    ...ZSubject,
    title: z.string().trim().min(1, "validation.report.titleRequired").max(TITLE_MAX, "validation.report.titleTooLong"),
    decision: z.string().trim().max(DECISION_MAX, "validation.report.decisionTooLong").default(""),
    included: ZIncluded.refine((keys) => keys.length > 0, "validation.report.noSections"),
    ...Object.fromEntries(REPORT_SECTIONS.map((key) => [narrativeField(key), ZNarrative])),
  })
  .transform((input) => {
    const fields = input as unknown as Record<string, string>;
    const sections: SectionChoice[] = REPORT_SECTIONS.map((key) => ({ key, included: input.included.includes(key), narrative: fields[narrativeField(key)] ?? "" }));
    return { subject: { kind: input.subjectKind, id: input.subjectId }, title: input.title, decision: input.decision, sections };
  });
export type TReportSave = Pick<z.output<typeof ZReportSave>, "title" | "decision" | "sections">;

/** Publish or unpublish a report. */
export const ZReportStatusChange = z
  .object({ ...ZSubject, change: z.enum(["publish", "unpublish"], { error: "validation.report.change" }) })
  .transform((input) => ({ subject: { kind: input.subjectKind, id: input.subjectId }, change: input.change }));

/** A report's files: report.pdf or report.docx. */
export const REPORT_FILES = { "report.pdf": "pdf", "report.docx": "docx" } as const;
export const ZReportFile = z.enum(Object.keys(REPORT_FILES) as [keyof typeof REPORT_FILES, ...(keyof typeof REPORT_FILES)[]]);
export const ZReportKind = z.enum(["topic", "survey"]);
