import { EQUALITIES_QUESTIONS, type EqualitiesQuestion } from "@/lib/domain/equalities/questions";
import { suppressCells, suppressTotal, type ShownCell, type ShownCount } from "@/lib/domain/equalities/suppress";

/**
 * Counts of a subject's themes by one dimension of the people who wrote the items: where they live
 * (both), an employer's sector and size (survey answers), and an "about you" question where the
 * person gave one (never for an anonymous survey's answers). Suppressed as every count of people in
 * the app is (../equalities/suppress.ts): a theme's cells add up to its count, which is shown, so a
 * "not known" cell is always among them and a suppressed cell can never be worked out.
 */
const COMMENT_DIMENSIONS = ["neighbourhood", ...EQUALITIES_QUESTIONS] as const;
const ANSWER_DIMENSIONS = ["neighbourhood", "sector", "size", ...EQUALITIES_QUESTIONS] as const;
export type InsightDimension = (typeof ANSWER_DIMENSIONS)[number];

export function dimensionsFor(kind: "topic" | "survey_question"): readonly InsightDimension[] {
  return kind === "topic" ? COMMENT_DIMENSIONS : ANSWER_DIMENSIONS;
}

export const isEqualitiesDimension = (dimension: InsightDimension): dimension is EqualitiesQuestion => (EQUALITIES_QUESTIONS as readonly string[]).includes(dimension);

/** The cell of items whose person did not give this (or is not known). */
const NOT_KNOWN = null;

export type ThemeCountRow = { themeId: string; label: string; total: ShownCount; cells: ShownCell<string | null>[] };

/**
 * Each theme's row: its total and a cell per value (in the order given, "not known" last), suppressed.
 * `counts` holds the items of each theme by value (null: not known), each item once per theme.
 */
export function suppressThemeCounts(themes: readonly { id: string; label: string }[], counts: readonly { themeId: string; value: string | null; count: number }[], values: readonly string[]): ThemeCountRow[] {
  return themes.map((theme) => {
    const mine = counts.filter((row) => row.themeId === theme.id);
    const total = mine.reduce((sum, row) => sum + row.count, 0);
    const countOf = (value: string) => mine.filter((row) => row.value === value).reduce((sum, row) => sum + row.count, 0);
    const known = new Set(values);
    const unknownCount = mine.filter((row) => row.value === null || !known.has(row.value)).reduce((sum, row) => sum + row.count, 0);
    const cells: { key: string | null; count: number }[] = [...values.map((value) => ({ key: value, count: countOf(value) })), { key: NOT_KNOWN, count: unknownCount }];
    return { themeId: theme.id, label: theme.label, total: suppressTotal(total), cells: suppressCells(cells, total, NOT_KNOWN) };
  });
}
