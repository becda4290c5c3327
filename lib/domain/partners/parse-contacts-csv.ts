import { CsvError, parse } from "csv-parse/sync";
import { z } from "zod";
import { message, messageOfIssue, type Message } from "@/lib/errors";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { ZContactEmail, ZContactFrequency, ZContactLanguage, ZContactName, ZContactRole } from "@/lib/validations/partner";
import type { Frequency } from "./options";

/** The columns an import file may have, in the order the page lists them; name and email are required. */
export const CONTACT_CSV_COLUMNS = ["name", "email", "role", "frequency", "themes", "language"] as const;
export type ContactCsvColumn = (typeof CONTACT_CSV_COLUMNS)[number];
const REQUIRED_COLUMNS: readonly ContactCsvColumn[] = ["name", "email"];
export const MAX_CSV_BYTES = 1024 * 1024;
export const MAX_CSV_ROWS = 1000;

export type ThemeRef = { id: string; slug: string; name: string };

export type ImportedContact = {
  name: string;
  email: string;
  role: string | null;
  frequency: Frequency;
  language: Locale;
  allThemes: boolean;
  themeIds: string[];
};

/** One row of the file as the preview shows it: what was written, and either a contact or its problems. */
export type ContactCsvRow = { line: number; cells: Record<ContactCsvColumn, string>; contact: ImportedContact | null; errors: Message[] };

/** The whole file: its rows, or one problem that stops the file being read at all. */
export type ContactCsv = { ok: true; rows: ContactCsvRow[] } | { ok: false; error: Message };

const ZRecords = z.array(z.object({ record: z.array(z.string()), info: z.object({ lines: z.number() }) }));

const fail = (error: Message): ContactCsv => ({ ok: false, error });
const firstMessage = (error: z.ZodError): Message => {
  const issue = error.issues[0];
  return issue ? messageOfIssue(issue) : message("validation.issue.custom");
};

export function readRecords(text: string): { lines: number; values: string[] }[] | Message {
  try {
    const records = ZRecords.parse(parse(text, { bom: true, info: true, trim: true, skip_empty_lines: true, skip_records_with_empty_values: true, relax_column_count: true }));
    return records.map(({ record, info }) => ({ lines: info.lines, values: record }));
  } catch (error) {
    if (error instanceof CsvError) return message("validation.contactImport.notCsv", { line: Number(error.lines) });
    throw error;
  }
}

/**
 * The header's columns in file order (names trimmed, any case), or the one problem with it: a column
 * not in `columns`, one named twice, or a `required` one missing, each followed by `expected`.
 */
export function readHeader<C extends string>(header: string[], columns: readonly C[], required: readonly C[], expected: Message): C[] | Message {
  const names = header.map((name) => name.trim().toLowerCase());
  const known = new Set<string>(columns);
  const unknown = names.filter((name) => !known.has(name));
  if (unknown.length) return message("validation.contactImport.unknownColumns", { count: unknown.length, names: unknown.map((name) => `"${name}"`).join(", "), expected });
  const repeated = names.filter((name, index) => names.indexOf(name) !== index);
  if (repeated.length) return message("validation.contactImport.repeatedColumn", { column: repeated[0] ?? "", expected });
  const missing = required.filter((name) => !names.includes(name));
  if (missing.length) return message("validation.contactImport.missingColumns", { count: missing.length, first: missing[0] ?? "", second: missing[1] ?? "", expected });
  return names.filter((name): name is C => known.has(name));
}

function themeLookup(themes: ThemeRef[]): Map<string, string> {
  const lookup = new Map<string, string>();
  for (const theme of themes) {
    lookup.set(theme.slug.toLowerCase(), theme.id);
    lookup.set(theme.name.trim().toLowerCase(), theme.id);
  }
  return lookup;
}

/** "all" or nothing: every theme; otherwise theme names or slugs separated by semicolons. */
function readThemes(cell: string, lookup: Map<string, string>, errors: Message[]): { allThemes: boolean; themeIds: string[] } {
  const names = cell
    .split(";")
    .map((name) => name.trim())
    .filter(Boolean);
  if (names.length === 0 || (names.length === 1 && names[0]?.toLowerCase() === "all")) return { allThemes: true, themeIds: [] };
  if (names.some((name) => name.toLowerCase() === "all")) {
    errors.push(message("validation.contactImport.allAndThemes"));
    return { allThemes: false, themeIds: [] };
  }
  const themeIds: string[] = [];
  for (const name of names) {
    const id = lookup.get(name.toLowerCase());
    if (id) themeIds.push(id);
    else errors.push(message("validation.contactImport.unknownTheme", { name }));
  }
  return { allThemes: false, themeIds: [...new Set(themeIds)] };
}

function readRow(cells: Record<ContactCsvColumn, string>, lookup: Map<string, string>, errors: Message[]): ImportedContact | null {
  const check = <T>(schema: z.ZodType<T>, value: unknown): T | undefined => {
    const result = schema.safeParse(value);
    if (!result.success) errors.push(firstMessage(result.error));
    return result.success ? result.data : undefined;
  };
  const name = check(ZContactName, cells.name);
  const email = check(ZContactEmail, cells.email);
  const role = check(ZContactRole, cells.role);
  const frequency = cells.frequency ? check(ZContactFrequency, cells.frequency.toLowerCase()) : "monthly";
  const language = cells.language ? check(ZContactLanguage, cells.language.toLowerCase()) : DEFAULT_LOCALE;
  const themes = readThemes(cells.themes, lookup, errors);
  if (errors.length || name === undefined || email === undefined || role === undefined || frequency === undefined || language === undefined) return null;
  return { name, email, role, frequency, language, ...themes };
}

/**
 * Reads an import file: checks its size, header and row count, then each row on its own (name,
 * email, role, frequency, themes, language, an address repeated in the file). Checks that need the
 * database (an address that is already a contact) are the caller's.
 */
export function parseContactsCsv(text: string, themes: ThemeRef[]): ContactCsv {
  if (Buffer.byteLength(text, "utf8") > MAX_CSV_BYTES) return fail(message("validation.contactImport.fileTooLarge", { max: MAX_CSV_ROWS }));
  const records = readRecords(text);
  if (!Array.isArray(records)) return fail(records);
  const [header, ...body] = records;
  if (!header) return fail(message("validation.contactImport.empty"));
  const columns = readHeader(header.values, CONTACT_CSV_COLUMNS, REQUIRED_COLUMNS, message("validation.contactImport.expectedColumns", { columns: CONTACT_CSV_COLUMNS.join(", ") }));
  if (!Array.isArray(columns)) return fail(columns);
  if (body.length === 0) return fail(message("validation.contactImport.noContacts"));
  if (body.length > MAX_CSV_ROWS) return fail(message("validation.contactImport.tooManyRows", { count: body.length, max: MAX_CSV_ROWS }));
  const lookup = themeLookup(themes);
  const firstLineOf = new Map<string, number>();
  return {
    ok: true,
    rows: body.map(({ lines, values }) => {
      const cell = (column: ContactCsvColumn) => values[columns.indexOf(column)] ?? "";
      const cells = { name: cell("name"), email: cell("email"), role: cell("role"), frequency: cell("frequency"), themes: cell("themes"), language: cell("language") };
      const errors: Message[] = [];
      if (values.length > columns.length) errors.push(message("validation.contactImport.extraValues", { values: values.length, columns: columns.length }));
      const contact = readRow(cells, lookup, errors);
      const email = contact?.email ?? cells.email.toLowerCase();
      const first = firstLineOf.get(email);
      if (email && first !== undefined) errors.push(message("validation.contactImport.repeatedEmail", { email, line: first }));
      else if (email) firstLineOf.set(email, lines);
      return { line: lines, cells, contact: errors.length ? null : contact, errors };
    }),
  };
}

/** The message for an address that is already a contact somewhere: addresses are unique across organisations. */
export function alreadyContactMessage(email: string, organisationName: string): Message {
  return message("validation.partnerContact.emailTaken", { email, organisation: organisationName });
}
