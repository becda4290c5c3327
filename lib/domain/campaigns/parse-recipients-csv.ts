import { z } from "zod";
import { message, messageOfIssue, type Message } from "@/lib/errors";
import { readRecords } from "@/lib/domain/partners/parse-contacts-csv";
import { ZRecipientRow, type TRecipientRow } from "@/lib/validations/campaign";

/** The columns a recipient file may have; only email is required. Other columns are ignored. */
export const RECIPIENT_CSV_COLUMNS = ["name", "email", "organisation", "sector", "size", "language"] as const;
type RecipientCsvColumn = (typeof RECIPIENT_CSV_COLUMNS)[number];
export const MAX_RECIPIENT_CSV_BYTES = 4 * 1024 * 1024;
const MAX_RECIPIENT_ROWS = 20_000;

export type RecipientCsvRow = {
  line: number;
  cells: Record<RecipientCsvColumn, string>;
  /** The recipient this row adds; null when it has problems or repeats an earlier row's address. */
  recipient: TRecipientRow | null;
  errors: Message[];
  /** The line of the earlier row with the same address, which this row's details were merged into. */
  mergedInto: number | null;
};

export type RecipientCsv = { ok: true; rows: RecipientCsvRow[] } | { ok: false; error: Message };

const fail = (error: Message): RecipientCsv => ({ ok: false, error });

/** Where each known column is (case and spaces ignored), or the problem with the header. */
function readHeader(header: string[]): Map<RecipientCsvColumn, number> | Message {
  const names = header.map((name) => name.trim().toLowerCase());
  const expected = { columns: RECIPIENT_CSV_COLUMNS.join(", ") };
  const positions = new Map<RecipientCsvColumn, number>();
  for (const column of RECIPIENT_CSV_COLUMNS) {
    const first = names.indexOf(column);
    if (first === -1) continue;
    if (names.indexOf(column, first + 1) !== -1) return message("validation.campaign.repeatedColumn", { column, ...expected });
    positions.set(column, first);
  }
  if (!positions.has("email")) return message("validation.campaign.noEmailColumn", expected);
  return positions;
}

/** Fills what the first row left blank with what a later row for the same address says. */
function merge(first: TRecipientRow, later: TRecipientRow): void {
  first.name ??= later.name;
  first.organisationName ??= later.organisationName;
  first.sector ??= later.sector;
  first.sizeBand ??= later.sizeBand;
  first.locale ??= later.locale;
}

/**
 * Reads a recipient file: size, header (columns in any order and case), then each row on its own
 * (a valid address; sector a SIC section letter; size micro, small, medium or large; language a code
 * of lib/i18n/locales). A row whose
 * address came earlier in the file is merged into that row, not reported as a problem. Checks that
 * need the database (suppressed addresses, inactive contacts, recipients already added) are the
 * caller's.
 */
export function parseRecipientsCsv(text: string): RecipientCsv {
  if (Buffer.byteLength(text, "utf8") > MAX_RECIPIENT_CSV_BYTES) return fail(message("validation.campaign.fileTooLarge", { max: MAX_RECIPIENT_ROWS }));
  const records = readRecords(text);
  if (!Array.isArray(records)) return fail(records);
  const [header, ...body] = records;
  if (!header) return fail(message("validation.contactImport.empty"));
  const columns = readHeader(header.values);
  if (!(columns instanceof Map)) return fail(columns);
  if (body.length === 0) return fail(message("validation.campaign.noRecipients"));
  if (body.length > MAX_RECIPIENT_ROWS) return fail(message("validation.campaign.tooManyRows", { count: body.length, max: MAX_RECIPIENT_ROWS }));
  const firstByEmail = new Map<string, RecipientCsvRow>();
  return {
    ok: true,
    rows: body.map(({ lines, values }) => {
      const cell = (column: RecipientCsvColumn) => {
        const index = columns.get(column);
        return index === undefined ? "" : (values[index] ?? "");
      };
      const cells = { name: cell("name"), email: cell("email"), organisation: cell("organisation"), sector: cell("sector"), size: cell("size"), language: cell("language") };
      const parsed = ZRecipientRow.safeParse({ email: cells.email, name: cells.name, organisationName: cells.organisation, sector: cells.sector, sizeBand: cells.size, locale: cells.language });
      if (!parsed.success) return { line: lines, cells, recipient: null, errors: rowErrors(parsed.error), mergedInto: null };
      const first = firstByEmail.get(parsed.data.email);
      if (first?.recipient) {
        merge(first.recipient, parsed.data);
        return { line: lines, cells, recipient: null, errors: [], mergedInto: first.line };
      }
      const row = { line: lines, cells, recipient: parsed.data, errors: [], mergedInto: null };
      firstByEmail.set(parsed.data.email, row);
      return row;
    }),
  };
}

function rowErrors(error: z.ZodError): Message[] {
  return error.issues.map((issue) => messageOfIssue(issue));
}
