import "server-only";
import { timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";
import { NotFoundError, UnauthenticatedError } from "@/lib/errors";

/**
 * Hosted cron calls carry `Authorization: Bearer $CRON_SECRET`. Throws when the call may not proceed:
 * a 404 while the endpoint is off (no secret set), a 401 for a wrong or missing token.
 */
export function checkCronRequest(request: Request): void {
  if (!env.CRON_SECRET) throw new NotFoundError("problems.cron.off");
  const given = Buffer.from(request.headers.get("authorization") ?? "");
  const expected = Buffer.from(`Bearer ${env.CRON_SECRET}`);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw new UnauthenticatedError("problems.cron.wrongToken");
}
