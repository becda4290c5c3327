import { z } from "zod";

/**
 * The parts of a Resend webhook event the platform acts on (after its signature is checked). Other
 * fields pass through untouched and are kept in email_events.payload.
 */
export const ZResendWebhookEvent = z.looseObject({
  type: z.string().min(1).max(100),
  created_at: z.string().optional(),
  data: z
    .looseObject({
      email_id: z.string().min(1).max(200).optional(),
      to: z.union([z.string(), z.array(z.string())]).optional(),
      // Resend passes on the receiving server's verdict: "Permanent" (hard), "Transient" (soft) or "Undetermined".
      bounce: z.looseObject({ type: z.string().optional(), subType: z.string().optional() }).optional(),
    })
    .optional(),
});
export type TResendWebhookEvent = z.output<typeof ZResendWebhookEvent>;

/** The delivery headers of a Standard Webhooks (svix) request; Resend sends the svix-* names. */
export const ZWebhookHeaders = z.object({
  id: z.string().min(1).max(200),
  timestamp: z.string().regex(/^\d{1,15}$/),
  signature: z.string().min(1).max(2000),
});
