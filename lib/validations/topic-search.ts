import { z } from "zod";

const slug = z.string().regex(/^[a-z0-9-]{1,80}$/).optional().catch(undefined);

/** The public topic list's filters, from the query string: anything malformed is ignored. */
export const ZTopicSearch = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  theme: slug,
  neighbourhood: slug,
  community: slug,
  status: z.enum(["open", "closed", "outcome"]).optional().catch(undefined),
});
export type TTopicSearch = z.output<typeof ZTopicSearch>;
