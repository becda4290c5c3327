import "server-only";
import { getDb } from "@/lib/db/client";
import { ValidationError } from "@/lib/errors";
import { readCsvFile } from "@/lib/domain/partners/read-csv-file";
import { MAX_RECIPIENT_CSV_BYTES } from "@/lib/domain/campaigns/parse-recipients-csv";
import { checkRecipientImport } from "./check-recipient-import";
import { findCampaign } from "./shared/campaign-rules";

/**
 * Step one of a recipient import: every row checked (problems, repeats merged, addresses skipped),
 * and the file's text for step two to send back. Nothing is saved.
 */
export async function previewRecipientImport(campaignId: string, file: File) {
  const read = await readCsvFile(file, MAX_RECIPIENT_CSV_BYTES);
  if (!read.ok) throw new ValidationError(read.error, { file: [read.error] });
  const db = getDb();
  await findCampaign(db, campaignId);
  return { fileName: file.name, text: read.text, ...(await checkRecipientImport(db, campaignId, read.text)) };
}
