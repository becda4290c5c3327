import { suppressCells, suppressTotal, THRESHOLD, type ShownCount } from "@/lib/domain/equalities/suppress";
import type { OpenCount } from "@/lib/validations/open-data";

/** Counts under this are published as suppressed: the same threshold as every other count officers and the public see of people. */
export const THEME_COUNT_THRESHOLD = THRESHOLD;

/** A visible theme and how many distinct published comments are coded to it. */
export type ThemeTally = { label: string; count: number };

const NOT_IN_THEME = "not-in-a-theme";
const themeKey = (index: number) => `theme-${index}`;

/** A suppressed count as the API writes it. */
function openCount(shown: ShownCount): OpenCount {
  switch (shown.kind) {
    case "count":
      return { count: shown.count, suppressed: null };
    case "none":
      return { count: 0, suppressed: null };
    case "fewer-than-10":
      return { count: null, suppressed: "fewer_than_threshold" };
    case "hidden":
      return { count: null, suppressed: "protects_another" };
  }
}

/**
 * A topic's comment counts by theme, as they may be published. The total (the topic's published
 * comments) is public: anyone can count them on its page.
 *
 * - When no comment is in two themes, the themes and "in none of them" partition the total, so the
 *   suppression is the equalities tables' own (lib/domain/equalities/suppress.ts): small cells, and
 *   as many more as it takes for no suppressed cell to follow from the total and the shown ones.
 * - When comments are in several themes, the counts add up to more than the total by an overlap that
 *   is never published, so no sum gives a cell away: each count under the threshold is suppressed,
 *   and "in none of them" is not published (it would follow from the overlap).
 * - A total under the threshold suppresses everything (a total of none is published as 0).
 */
export function suppressThemeCounts(total: number, themes: readonly ThemeTally[], themedComments: number): { themes: { label: string; comments: OpenCount }[]; notInTheme: OpenCount | null } {
  // No published comment: nothing to protect, and no theme can hold one.
  if (total === 0) return { themes: [], notInTheme: openCount(suppressTotal(0)) };
  const sum = themes.reduce((all, theme) => all + theme.count, 0);
  if (sum === themedComments) {
    const cells = [...themes.map((theme, index) => ({ key: themeKey(index), count: theme.count })), { key: NOT_IN_THEME, count: total - themedComments }];
    const shown = suppressCells(cells, total, NOT_IN_THEME);
    const byKey = new Map(shown.map((cell) => [cell.key, openCount(cell.shown)]));
    return {
      themes: themes.map((theme, index) => ({ label: theme.label, comments: byKey.get(themeKey(index)) ?? openCount({ kind: "hidden" }) })),
      notInTheme: byKey.get(NOT_IN_THEME) ?? null,
    };
  }
  const small = total < THRESHOLD;
  return {
    themes: themes.map((theme) => ({ label: theme.label, comments: openCount(small ? { kind: "fewer-than-10" } : suppressTotal(theme.count)) })),
    notInTheme: null,
  };
}
