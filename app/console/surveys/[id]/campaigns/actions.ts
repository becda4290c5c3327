"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/auth/action";
import { requestTranslator } from "@/lib/auth/error-response";
import { translate } from "@/lib/i18n/translate";
import type { RecipientImportState } from "@/lib/domain/campaigns/import-state";
import { addCampaignContacts } from "@/lib/server/campaigns/add-campaign-contacts";
import { rowNote } from "@/lib/server/campaigns/check-recipient-import";
import { createCampaign } from "@/lib/server/campaigns/create-campaign";
import { importRecipients } from "@/lib/server/campaigns/import-recipients";
import { previewRecipientImport } from "@/lib/server/campaigns/preview-recipient-import";
import { revokeRecipientLink } from "@/lib/server/campaigns/revoke-recipient-link";
import { sendCampaign } from "@/lib/server/campaigns/send-campaign";
import { ZAddPartnerContacts, ZCampaignInput, ZCampaignRef, ZRecipientImport, ZRecipientRef } from "@/lib/validations/campaign";

/** Rows the preview lists: those with problems or notes, up to this many. */
const PREVIEW_ROWS = 300;

const campaignPath = (surveyId: string, campaignId: string) => `/console/surveys/${surveyId}/campaigns/${campaignId}`;

export const createCampaignAction = formAction("campaign:manage", ZCampaignInput, async (input, { user }) => {
  const campaign = await createCampaign(user, input);
  redirect(`${campaignPath(input.surveyId, campaign.id)}?saved=created`);
});

/** Both steps of an import: "preview" reads the upload, "import" checks the same text again and saves. */
export const importRecipientsAction = formAction<typeof ZRecipientImport, RecipientImportState>("campaign:manage", ZRecipientImport, async (input, { user }) => {
  if (input.step === "import") {
    const result = await importRecipients(user, input.campaignId, input.fileName, input.csv);
    revalidatePath(campaignPath(input.surveyId, input.campaignId));
    return { status: "imported", ...result };
  }
  const preview = await previewRecipientImport(input.campaignId, input.file);
  // The rows' problems are messages: translated here, for the preview table to show as they are.
  const t = await requestTranslator();
  const noted = preview.rows.flatMap((row) => {
    const note = rowNote(row);
    return row.errors.length || note ? [{ line: row.line, email: row.cells.email, organisation: row.cells.organisation, errors: row.errors.map((error) => translate(t, error)), note: note ? translate(t, note) : null }] : [];
  });
  const { rows: _rows, ...counts } = preview;
  return { status: "preview", ...counts, total: preview.rows.length, rows: noted.slice(0, PREVIEW_ROWS), hidden: Math.max(0, noted.length - PREVIEW_ROWS) };
});

export const addContactsAction = formAction("campaign:manage", ZAddPartnerContacts, async (input, { user }) => {
  const result = await addCampaignContacts(user, input.campaignId, input.organisationIds);
  revalidatePath(campaignPath(input.surveyId, input.campaignId));
  const t = await requestTranslator();
  return { status: "success", message: t("campaigns.contacts.done", result) };
});

export const sendCampaignAction = formAction("campaign:manage", ZCampaignRef, async (input, { user }) => {
  const { queued } = await sendCampaign(user, input.campaignId);
  redirect(`${campaignPath(input.surveyId, input.campaignId)}?sent=${queued}`);
});

export const revokeRecipientAction = formAction("campaign:manage", ZRecipientRef, async (input, { user }) => {
  const { email } = await revokeRecipientLink(user, input.campaignId, input.recipientId);
  revalidatePath(campaignPath(input.surveyId, input.campaignId));
  const t = await requestTranslator();
  return { status: "success", message: t("campaigns.recipients.revoked", { email }) };
});
