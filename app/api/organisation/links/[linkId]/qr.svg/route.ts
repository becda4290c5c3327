import { uuidParam, withPermission } from "@/lib/auth/route";
import { svgDownload } from "@/lib/auth/file-download";
import { getPartnerLinkQr } from "@/lib/server/partner-portal/list-partner-links";

/** A partner's own link's QR code, to print: GET /api/organisation/links/<linkId>/qr.svg; 404 for anyone else's. */
export const GET = withPermission<{ linkId: string }>("organisation:belong", async (_request, { user, params }) => {
  const { svg, filename } = await getPartnerLinkQr(user, uuidParam(params.linkId, "problems.surveyLink.notFound"));
  return svgDownload(svg, filename);
});
