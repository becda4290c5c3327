/** The report's sections, in the order they are printed; an officer includes each or not, with a narrative. */
export const REPORT_SECTIONS = ["asked", "participation", "results", "themes", "method"] as const;
export type ReportSectionKey = (typeof REPORT_SECTIONS)[number];

export type SectionChoice = { key: ReportSectionKey; included: boolean; narrative: string };

/** A narrative is plain text, at most this long. */
export const NARRATIVE_MAX = 5000;
export const DECISION_MAX = 10000;
export const TITLE_MAX = 200;

const isSectionKey = (key: string): key is ReportSectionKey => (REPORT_SECTIONS as readonly string[]).includes(key);

/**
 * Every section in order, from what was saved: a section never saved is included with no narrative;
 * keys that are no longer sections are dropped (the stored jsonb may be older than the code).
 */
export function sectionChoices(saved: readonly { key: string; included: boolean; narrative: string }[]): SectionChoice[] {
  const byKey = new Map(saved.filter((choice) => isSectionKey(choice.key)).map((choice) => [choice.key, choice]));
  return REPORT_SECTIONS.map((key) => ({ key, included: byKey.get(key)?.included ?? true, narrative: byKey.get(key)?.narrative ?? "" }));
}
