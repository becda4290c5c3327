import { getTranslations } from "next-intl/server";
import { fileDownload } from "@/lib/auth/file-download";
import { withPermission } from "@/lib/auth/route";
import { exportPartnerResults } from "@/lib/server/partner-portal/export-partner-results";

/** GET: a partner organisation's published results of its themes, as CSV (small numbers suppressed). */
export const GET = withPermission<Record<string, never>>("organisation:belong", async (_request, { user }) => {
  const t = await getTranslations("partnerPortal.csv");
  const { csv } = await exportPartnerResults(user, {
    header: [t("survey"), t("responses"), t("question"), t("answer"), t("count"), t("percent")],
    fewerThanFive: t("fewerThanFive"),
    notShown: t("notShown"),
  });
  return fileDownload(csv, "text/csv", `published-results-${new Date().toISOString().slice(0, 10)}.csv`);
});
