import { withPermission } from "@/lib/auth/route";
import { sandboxedHtml } from "@/lib/security/sandboxed-html";
import { getPartnerSummary } from "@/lib/server/partner-portal/get-partner-summary";

/** GET: last month's summary of a partner organisation's themes, on its own page in a sandbox; its people only. */
export const GET = withPermission<Record<string, never>>("organisation:belong", async (_request, { user }) => sandboxedHtml((await getPartnerSummary(user)).html));
