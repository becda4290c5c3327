import { uuidParam, withPermission } from "@/lib/auth/route";
import { sandboxedHtml } from "@/lib/security/sandboxed-html";
import { getOutboxMessage } from "@/lib/server/outbox/list-outbox";

/** The email's HTML exactly as sent, in a sandbox: no scripts, no forms, no same-origin access. */
export const GET = withPermission<{ id: string }>("outbox:view", async (_request, { params, user }) => {
  const message = await getOutboxMessage(user, uuidParam(params.id, "problems.outbox.notFound"));
  return sandboxedHtml(message.htmlBody);
});
