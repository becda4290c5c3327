import { MAX_CSV_BYTES } from "./parse-contacts-csv";

const SAVE_AS = 'Save the spreadsheet as "CSV UTF-8 (comma delimited)" and upload that.';
const CSV_TYPES = new Set(["text/csv", "application/csv", "text/comma-separated-values", "application/vnd.ms-excel"]);

/**
 * The text of an uploaded CSV file, or why it is not one: too large, not named or typed as CSV, or
 * not UTF-8 text (a spreadsheet saved in its own format, an image).
 */
export async function readCsvFile(file: File): Promise<{ ok: true; text: string } | { ok: false; error: string }> {
  if (file.size > MAX_CSV_BYTES) return { ok: false, error: `${file.name} is larger than 1 MB. Split it into smaller files.` };
  const named = file.name.toLowerCase().endsWith(".csv");
  if (!named && !CSV_TYPES.has(file.type)) return { ok: false, error: `${file.name} is not a CSV file. ${SAVE_AS}` };
  const bytes = new Uint8Array(await file.arrayBuffer());
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, error: `${file.name} is not UTF-8 text. ${SAVE_AS}` };
  }
  if (text.includes("\u0000")) return { ok: false, error: `${file.name} is not a CSV file. ${SAVE_AS}` };
  return { ok: true, text };
}
