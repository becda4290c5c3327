import { withPublic } from "@/lib/auth/route";
import { NotFoundError } from "@/lib/errors";
import { getContactData } from "@/lib/server/partner-preferences/get-contact-data";

/**
 * A partner contact's data, for the holder of their signed link (from any summary email):
 *   GET /api/partners/data/<token>   a JSON download; 404 for a link that is not valid
 */
export const GET = withPublic<{ token: string }>(async (_request, { params }) => {
  const data = await getContactData(params.token);
  if (!data) throw new NotFoundError("problems.partnerLink.invalidShort");
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="lets-talk-your-data-${data.generatedAt.slice(0, 10)}.json"`,
      "Cache-Control": "no-store",
      "Referrer-Policy": "same-origin",
      "X-Robots-Tag": "noindex, nofollow",
    },
  });
});
