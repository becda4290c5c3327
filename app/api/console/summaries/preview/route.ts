import { parseQuery, withPermission } from "@/lib/auth/route";
import { NotFoundError } from "@/lib/errors";
import { sandboxedHtml } from "@/lib/security/sandboxed-html";
import { previewSummary } from "@/lib/server/summaries/preview-summary";
import { ZSummaryPreviewQuery } from "@/lib/validations/summaries";

/** A summary email's HTML on its own page, as a mail client gets it, in a sandbox. */
export const GET = withPermission<Record<string, never>>("partner:manage", async (request) => {
  const query = parseQuery(request, ZSummaryPreviewQuery, "errors.fixBelow");
  if (!query.contact) throw new NotFoundError("problems.summary.contactNotFound");
  return sandboxedHtml((await previewSummary(query.contact, query.period)).html);
});
