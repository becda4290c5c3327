import "server-only";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import { getDb } from "@/lib/db/client";
import { fieldProblem, ValidationError } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { consumeRateLimit } from "@/lib/server/rate-limit/consume-rate-limit";
import { checkRecipientImport } from "./check-recipient-import";
import { CAMPAIGN_WRITE_RATE, campaignWriteKey, findCampaign, saveRecipients } from "./shared/campaign-rules";

export type RecipientImportResult = { added: number; merged: number; skipped: number; errors: number };

/**
 * Step two of a recipient import: the text is checked again (the preview proves nothing) and the
 * rows that pass are saved in one transaction; rows with problems are left out, as the officer
 * chose by confirming. Repeats and addresses already on the campaign are merged.
 */
export async function importRecipients(officer: CurrentUser, campaignId: string, listName: string, text: string): Promise<RecipientImportResult> {
  return getDb().transaction(async (tx) => {
    await consumeRateLimit(tx, campaignWriteKey(officer.id), CAMPAIGN_WRITE_RATE);
    await findCampaign(tx, campaignId, true);
    const check = await checkRecipientImport(tx, campaignId, text);
    const valid = check.rows.flatMap((row) => (row.recipient ? [row.recipient] : []));
    if (valid.length === 0) throw new ValidationError("validation.campaign.noneValid", fieldProblem("file", "validation.campaign.noneValid"));
    const saved = await saveRecipients(tx, campaignId, listName || "CSV", valid);
    const result = { added: saved.added, merged: saved.merged + check.merged, skipped: check.skipped, errors: check.errors };
    await recordAudit(tx, { actorId: officer.id, action: "campaign.recipients_imported", subjectType: "survey_campaign", subjectId: campaignId, details: { ...result, list: listName } });
    return result;
  });
}
