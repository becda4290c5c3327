import { suppressCells, suppressTotal, THRESHOLD } from "@/lib/domain/equalities/suppress";
import { anonymiseQuote } from "./anonymise";
import { CHANNELS, type Channel, type Participation, type ReportTheme } from "./facts";

/** How many quotes each theme prints, best first. */
export const QUOTES_PER_THEME = 3;

/** Responses by channel, suppressed together (they add up to the responses); channels nobody used are left out. */
export function suppressChannels(rows: readonly { channel: Channel; count: number }[]): Participation["channels"] {
  const cells = CHANNELS.map((channel) => ({ key: channel, count: rows.find((row) => row.channel === channel)?.count ?? 0 })).filter((cell) => cell.count > 0);
  const total = cells.reduce((sum, cell) => sum + cell.count, 0);
  if (total === 0) return [];
  return suppressCells(cells, total).map(({ key, shown }) => ({ channel: key, shown }));
}

/** Each campaign's invitations and answers; the response rate only when both counts are shown. */
export function suppressCampaigns(rows: readonly { name: string; invited: number; submitted: number }[]): Participation["campaigns"] {
  return rows.map(({ name, invited, submitted }) => {
    const rate = invited >= THRESHOLD && submitted >= THRESHOLD ? submitted / invited : null;
    return { name, invited: suppressTotal(invited), submitted: suppressTotal(submitted), rate };
  });
}

export type ThemeRow = { label: string; question: string | null; keyPhrases: string[]; count: number; quotes: string[] };

/**
 * Themes as the report prints them: most items first, each count suppressed; quotes anonymised, and
 * none from a theme whose count is suppressed (the quotes would tell how many there are at least).
 */
export function suppressThemes(rows: readonly ThemeRow[]): ReportTheme[] {
  return [...rows]
    .filter((row) => row.count > 0)
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label))
    .map((row) => {
      const shown = suppressTotal(row.count);
      const quotes = shown.kind === "count" ? row.quotes.slice(0, QUOTES_PER_THEME).map(anonymiseQuote) : [];
      return { label: row.label, question: row.question, keyPhrases: row.keyPhrases.slice(0, 5), shown, quotes };
    });
}
