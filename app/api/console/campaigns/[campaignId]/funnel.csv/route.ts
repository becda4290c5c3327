import { getTranslations } from "next-intl/server";
import { fileDownload } from "@/lib/auth/file-download";
import { uuidParam, withPermission } from "@/lib/auth/route";
import { funnelCsv, type FunnelCsvWords } from "@/lib/domain/campaigns/funnel-csv";
import { getCampaignFunnel } from "@/lib/server/campaigns/get-campaign-funnel";
import { recordFunnelExport } from "@/lib/server/campaigns/record-funnel-export";

async function csvWords(): Promise<FunnelCsvWords> {
  const t = await getTranslations("campaignReport");
  return {
    columns: {
      dimension: t("csv.dimension"),
      group: t("csv.group"),
      invited: t("stages.invited"),
      delivered: t("stages.delivered"),
      opened: t("stages.opened"),
      started: t("stages.started"),
      submitted: t("stages.submitted"),
      bounced: t("csv.bounced"),
      unsubscribed: t("csv.unsubscribed"),
      rate: t("csv.rate"),
      invitedShare: t("csv.invitedShare"),
      responseShare: t("csv.responseShare"),
      flag: t("csv.flag"),
    },
    dimensions: { all: t("csv.all"), list: t("dimensions.list"), partner: t("dimensions.partner"), sector: t("dimensions.sector"), size: t("dimensions.size") },
    all: t("csv.allGroup"),
    notKnown: t("notKnown"),
    noPartner: t("noPartner"),
    yes: t("yes"),
    no: t("no"),
  };
}

/**
 * A campaign's funnel as CSV: GET /api/console/campaigns/<campaignId>/funnel.csv. Counts by stage,
 * overall and by list, partner, sector and size band; no names or addresses. Officers only
 * (`campaign:manage`); every download is written to the audit log first. 401, 403, 404 { error }.
 */
export const GET = withPermission<{ campaignId: string }>("campaign:manage", async (_request, { params, user }) => {
  const campaignId = uuidParam(params.campaignId, "problems.campaignReport.notFound");
  const { filename } = await recordFunnelExport(user, campaignId);
  const [funnel, words] = await Promise.all([getCampaignFunnel(campaignId), csvWords()]);
  return fileDownload(funnelCsv(funnel, words), "text/csv", filename);
});
