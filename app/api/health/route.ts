import { withPublic } from "@/lib/auth/route";
import { checkHealth } from "@/lib/server/health/check-health";

export const dynamic = "force-dynamic";

/**
 * For load balancers and uptime monitors: 200 when the database and file store work, else 503, with
 * each check's result and the mail backlog. No secrets, hosts or addresses.
 *   GET /api/health  { status, database: { status, ms }, storage: { status, ms }, outbox: { status, due, oldestDueSeconds } }
 */
export const GET = withPublic<Record<string, never>>(async () => {
  const health = await checkHealth();
  return Response.json(health, { status: health.status === "ok" ? 200 : 503, headers: { "Cache-Control": "no-store" } });
});
