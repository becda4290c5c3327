import type { SurveyDefinition } from "@/lib/domain/surveys/definition";

export interface ProgressRow {
  status: "draft" | "submitted";
  furthestSection: number;
  count: number;
}

export interface DropOff {
  started: number;
  submitted: number;
  /** Submitted of started, 0 to 100; null before anyone starts. */
  completionRate: number | null;
  sections: { id: string; title: string; reached: number }[];
}

/**
 * How many respondents reached each section (a submitted response reached them all; a draft the
 * sections up to its furthest), and how many of those who started went on to submit.
 */
export function dropOffBySection(definition: SurveyDefinition, progress: ProgressRow[]): DropOff {
  const sectionCount = definition.sections.length;
  const started = progress.reduce((sum, row) => sum + row.count, 0);
  const submitted = progress.filter((row) => row.status === "submitted").reduce((sum, row) => sum + row.count, 0);
  const sections = definition.sections.map((section, index) => ({
    id: section.id,
    title: section.title,
    reached: progress
      .filter((row) => row.status === "submitted" || Math.min(row.furthestSection, sectionCount) >= index + 1)
      .reduce((sum, row) => sum + row.count, 0),
  }));
  return { started, submitted, completionRate: started > 0 ? (submitted / started) * 100 : null, sections };
}
