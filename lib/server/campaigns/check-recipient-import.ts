import "server-only";
import type { Executor } from "@/lib/db/client";
import { message, ValidationError } from "@/lib/errors";
import { parseRecipientsCsv, type RecipientCsvRow } from "@/lib/domain/campaigns/parse-recipients-csv";
import { blockedAddresses, existingRecipients } from "@/lib/server/campaigns/shared/campaign-rules";

export type CheckedRecipientRow = RecipientCsvRow & { skipped: "suppressed" | "inactiveContact" | null; existing: boolean };

export type RecipientImportCheck = {
  rows: CheckedRecipientRow[];
  /** Rows that would be added or merged into a recipient already on the campaign. */
  ready: number;
  errors: number;
  /** Rows whose address repeats an earlier row's, merged into it. */
  merged: number;
  skipped: number;
  existing: number;
};

/**
 * Reads a recipient file for a campaign and checks every row, including against the database:
 * suppressed addresses and partner contacts who are not active are skipped; an address already on
 * the campaign is merged into that recipient. A file that cannot be read is a ValidationError.
 */
export async function checkRecipientImport(tx: Executor, campaignId: string, text: string): Promise<RecipientImportCheck> {
  const csv = parseRecipientsCsv(text);
  if (!csv.ok) throw new ValidationError(csv.error, { file: [csv.error] });
  const emails = csv.rows.flatMap((row) => (row.recipient ? [row.recipient.email] : []));
  const [blocked, existing] = await Promise.all([blockedAddresses(tx, emails), existingRecipients(tx, campaignId, emails)]);
  const rows = csv.rows.map((row): CheckedRecipientRow => {
    const email = row.recipient?.email;
    const skipped = email ? (blocked.get(email) ?? null) : null;
    return { ...row, recipient: skipped ? null : row.recipient, skipped, existing: Boolean(email && existing.has(email)) };
  });
  const count = (test: (row: CheckedRecipientRow) => boolean) => rows.filter(test).length;
  return {
    rows,
    ready: count((row) => row.recipient !== null),
    errors: count((row) => row.errors.length > 0),
    merged: count((row) => row.mergedInto !== null),
    skipped: count((row) => row.skipped !== null),
    existing: count((row) => row.existing && row.recipient !== null),
  };
}

/** What the preview says about a row that is not added on its own. */
export function rowNote(row: CheckedRecipientRow) {
  if (row.skipped) return message(row.skipped === "suppressed" ? "validation.campaign.suppressed" : "validation.campaign.inactiveContact");
  if (row.mergedInto !== null) return message("validation.campaign.mergedInto", { line: row.mergedInto });
  if (row.existing) return message("validation.campaign.alreadyRecipient");
  return null;
}
