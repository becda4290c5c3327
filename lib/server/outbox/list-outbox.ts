import "server-only";
import { desc, eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { emailOutbox } from "@/lib/db/schema";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import { can } from "@/lib/domain/access/policy";
import { NotFoundError } from "@/lib/errors";

const OUTBOX_PAGE_SIZE = 50;

const summary = {
  id: emailOutbox.id,
  toAddress: emailOutbox.toAddress,
  subject: emailOutbox.subject,
  category: emailOutbox.category,
  status: emailOutbox.status,
  attempts: emailOutbox.attempts,
  lastError: emailOutbox.lastError,
  createdAt: emailOutbox.createdAt,
  sentAt: emailOutbox.sentAt,
};

/** The newest outbox messages for the console. */
export async function listOutbox(page = 1) {
  return getDb()
    .select(summary)
    .from(emailOutbox)
    .orderBy(desc(emailOutbox.createdAt))
    .limit(OUTBOX_PAGE_SIZE)
    .offset((page - 1) * OUTBOX_PAGE_SIZE);
}

const SIGN_IN_LINK = /https?:\/\/[^\s"'<>]*\/api\/auth\/callback\/[^\s"'<>]*/g;
export const REDACTED_LINK = "[sign-in link hidden: only an administrator can see it]";

/** One message for the console; sign-in links are hidden unless the viewer may read them. */
export async function getOutboxMessage(viewer: CurrentUser, id: string) {
  const [message] = await getDb()
    .select({ ...summary, textBody: emailOutbox.textBody, htmlBody: emailOutbox.htmlBody })
    .from(emailOutbox)
    .where(eq(emailOutbox.id, id));
  if (!message) throw new NotFoundError("problems.outbox.notFound");
  if (message.category !== "sign-in" || can(viewer.role, "outbox:read-sign-in-links")) return message;
  return {
    ...message,
    textBody: message.textBody.replace(SIGN_IN_LINK, REDACTED_LINK),
    htmlBody: message.htmlBody.replace(SIGN_IN_LINK, REDACTED_LINK),
  };
}
