import { z } from "zod";
import { withPermission } from "@/lib/auth/route";
import { NotFoundError } from "@/lib/errors";
import { sandboxedHtml } from "@/lib/security/sandboxed-html";
import { getOutboxMessage } from "@/lib/server/outbox/list-outbox";

/** The email's HTML exactly as sent, in a sandbox: no scripts, no forms, no same-origin access. */
export const GET = withPermission<{ id: string }>("outbox:view", async (_request, { params, user }) => {
  if (!z.uuid().safeParse(params.id).success) throw new NotFoundError("That message is not in the outbox.");
  const message = await getOutboxMessage(user, params.id);
  return sandboxedHtml(message.htmlBody);
});
