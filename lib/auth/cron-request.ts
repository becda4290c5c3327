import "server-only";
import { timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";

/**
 * Hosted cron calls carry `Authorization: Bearer $CRON_SECRET`. Returns the response to send when the
 * call may not proceed (endpoint off, or a wrong token), or null when it may.
 */
export function refuseCronRequest(request: Request): Response | null {
  if (!env.CRON_SECRET) return Response.json({ error: "CRON_SECRET is not set, so this endpoint is off." }, { status: 404 });
  const given = Buffer.from(request.headers.get("authorization") ?? "");
  const expected = Buffer.from(`Bearer ${env.CRON_SECRET}`);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return Response.json({ error: "Wrong or missing bearer token." }, { status: 401 });
  }
  return null;
}
