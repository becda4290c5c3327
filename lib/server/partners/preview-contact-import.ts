import "server-only";
import { getDb } from "@/lib/db/client";
import { ValidationError } from "@/lib/errors";
import { readCsvFile } from "@/lib/domain/partners/read-csv-file";
import { checkContactImport } from "./check-contact-import";

/**
 * Step one of an import: the uploaded file's rows, each valid or with its problems, and the file's
 * text for step two to send back. Nothing is saved.
 */
export async function previewContactImport(organisationId: string, file: File) {
  const read = await readCsvFile(file);
  if (!read.ok) throw new ValidationError(read.error, { file: [read.error] });
  const { organisation, rows } = await checkContactImport(getDb(), organisationId, read.text);
  return { organisationName: organisation.name, fileName: file.name, text: read.text, rows, valid: rows.filter((row) => row.contact).length };
}
