import { message, type Message } from "@/lib/errors";
import { MAX_CSV_BYTES } from "./parse-contacts-csv";

const CSV_TYPES = new Set(["text/csv", "application/csv", "text/comma-separated-values", "application/vnd.ms-excel"]);

/**
 * The text of an uploaded CSV file, or why it is not one: too large, not named or typed as CSV, or
 * not UTF-8 text (a spreadsheet saved in its own format, an image).
 */
export async function readCsvFile(file: File, maxBytes = MAX_CSV_BYTES): Promise<{ ok: true; text: string } | { ok: false; error: Message }> {
  const name = file.name;
  if (file.size > maxBytes) return { ok: false, error: message("validation.contactImport.uploadTooLarge", { name, megabytes: Math.round(maxBytes / 1024 / 1024) }) };
  const named = name.toLowerCase().endsWith(".csv");
  if (!named && !CSV_TYPES.has(file.type)) return { ok: false, error: message("validation.contactImport.notCsvFile", { name }) };
  const bytes = new Uint8Array(await file.arrayBuffer());
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, error: message("validation.contactImport.notUtf8", { name }) };
  }
  if (text.includes("\u0000")) return { ok: false, error: message("validation.contactImport.notCsvFile", { name }) };
  return { ok: true, text };
}
