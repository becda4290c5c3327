import { csvLine, UTF8_BOM, type ExportValue } from "@/lib/domain/surveys/export/csv-cell";
import { FUNNEL_DIMENSIONS, FUNNEL_STAGES, responseRate, type CampaignFunnel, type FunnelDimension, type StageCounts } from "./funnel";

const COUNT_COLUMNS = [...FUNNEL_STAGES, "bounced", "unsubscribed"] as const;

/** The words the file uses, in the reader's language: column headings and the names of things. */
export type FunnelCsvWords = {
  columns: Record<"dimension" | "group" | (typeof COUNT_COLUMNS)[number] | "rate" | "invitedShare" | "responseShare" | "flag", string>;
  dimensions: Record<FunnelDimension | "all", string>;
  all: string;
  notKnown: string;
  /** A group of the partner dimension with no partner: the council's own recipients. */
  noPartner: string;
  yes: string;
  no: string;
};

/** A percentage to one decimal place, as a number a spreadsheet can sum; empty when there is none. */
const percent = (value: number | null): ExportValue => (value === null ? null : Math.round(value * 10) / 10);

/**
 * A campaign's funnel as CSV: one row for the whole campaign, then one per group of each dimension,
 * with the counts at each stage, the response rate, the shares and the under-represented flag.
 * Counts only; every text cell (a list's file name, a partner's name) is formula-neutralised.
 */
export function funnelCsv(funnel: CampaignFunnel, words: FunnelCsvWords): string {
  const counts = (stages: StageCounts) => COUNT_COLUMNS.map((column) => stages[column]);
  const header = ["dimension", "group", ...COUNT_COLUMNS, "rate", "invitedShare", "responseShare", "flag"] as const;
  const lines = [csvLine(header.map((column) => words.columns[column])), csvLine([words.dimensions.all, words.all, ...counts(funnel.overall), percent(responseRate(funnel.overall)), null, null, null])];
  for (const dimension of FUNNEL_DIMENSIONS) {
    for (const { group, representation } of funnel.groups[dimension]) {
      lines.push(
        csvLine([
          words.dimensions[dimension],
          group.label ?? (dimension === "partner" ? words.noPartner : words.notKnown),
          ...counts(group.counts),
          percent(representation.responseRate),
          percent(representation.invitedShare),
          percent(representation.responseShare),
          representation.underRepresented ? words.yes : words.no,
        ]),
      );
    }
  }
  return UTF8_BOM + lines.join("");
}
