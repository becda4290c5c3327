import { eq } from "drizzle-orm";
import type { Database } from "@/lib/db/client";
import { campaignRecipients, emailOutbox } from "@/lib/db/schema";
import { createCampaign } from "@/lib/server/campaigns/create-campaign";
import { importRecipients } from "@/lib/server/campaigns/import-recipients";
import { campaignToken } from "@/lib/server/campaigns/shared/campaign-link";
import { createUser, uniqueTag } from "./factories";
import { createSurvey, type SurveyRow } from "./survey-fixtures";
import type { FunnelCsvWords } from "@/lib/domain/campaigns/funnel-csv";

/** Short words for the funnel's CSV, so the tests' expected lines stay readable. */
export const CSV_WORDS: FunnelCsvWords = {
  columns: { dimension: "D", group: "G", invited: "I", delivered: "De", opened: "O", started: "S", submitted: "Su", bounced: "B", unsubscribed: "U", rate: "R", invitedShare: "IS", responseShare: "RS", flag: "F" },
  dimensions: { all: "All", list: "List", partner: "Partner", sector: "Sector", size: "Size" },
  all: "Everyone",
  notKnown: "Not known",
  noPartner: "No partner",
  yes: "Yes",
  no: "No",
};

/** Addresses unique to this test: `address("ann")` is ann-<tag>@example.test. */
export function addresses() {
  const tag = uniqueTag("c");
  return (name: string) => `${name}-${tag}@example.test`;
}

/** An open survey, an officer, and a draft campaign for it (reminders on days 7 and 14 unless told). */
export async function createTestCampaign(db: Database, options: { survey?: Parameters<typeof createSurvey>[1]; reminderDays?: number[]; linkDays?: number } = {}) {
  const officer = await createUser(db, { role: "officer" });
  const survey: SurveyRow = await createSurvey(db, options.survey);
  const { id } = await createCampaign(officer, { surveyId: survey.id, name: uniqueTag("Campaign "), reminderDays: options.reminderDays ?? [7, 14], linkDays: options.linkDays ?? 60 });
  return { officer, survey, campaignId: id };
}

/** Adds recipients from CSV rows of "email,organisation"; returns them by address. */
export async function addRecipients(db: Database, campaign: Awaited<ReturnType<typeof createTestCampaign>>, emails: string[]) {
  await importRecipients(campaign.officer, campaign.campaignId, "test.csv", ["email,organisation,sector,size", ...emails.map((email) => `${email},Org of ${email},G,small`)].join("\n"));
  const rows = await db.select().from(campaignRecipients).where(eq(campaignRecipients.campaignId, campaign.campaignId));
  return new Map(rows.map((row) => [row.email, row]));
}

export async function recipientRow(db: Database, id: string) {
  const [row] = await db.select().from(campaignRecipients).where(eq(campaignRecipients.id, id));
  if (!row) throw new Error(`No recipient ${id}`);
  return row;
}

export async function campaignMailTo(db: Database, recipientId: string) {
  return db.select().from(emailOutbox).where(eq(emailOutbox.campaignRecipientId, recipientId));
}

/** Who is answering through a recipient's personal link, as the survey pages read it from the cookie. */
export const throughLink = (recipientId: string) => ({ user: null, resumeToken: null, campaignRecipientId: recipientId });

export { campaignToken };
