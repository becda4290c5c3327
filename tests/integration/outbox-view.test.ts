import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { enqueueEmail } from "@/lib/server/outbox/shared/enqueue-email";
import { signInEmail } from "@/lib/email/templates/sign-in";
import { getOutboxMessage, REDACTED_LINK } from "@/lib/server/outbox/list-outbox";
import { emailOutbox } from "@/lib/db/schema";
import { eq } from "drizzle-orm";
import { createUser, uniqueTag } from "../support/factories";

async function enqueueSignIn(url: string): Promise<string> {
  const db = getDb();
  const key = `sign-in:${uniqueTag()}`;
  await enqueueEmail(db, { to: `${uniqueTag()}@example.net`, ...signInEmail({ url, minutes: 15, siteName: "Let's Talk" }), category: "sign-in", idempotencyKey: key });
  const [row] = await db.select({ id: emailOutbox.id }).from(emailOutbox).where(eq(emailOutbox.idempotencyKey, key));
  if (!row) throw new Error("not enqueued");
  return row.id;
}

describe("reading the outbox", () => {
  const link = "http://localhost:3000/api/auth/callback/email?callbackUrl=%2F&token=abc123&email=a%40example.net";

  it("hides live sign-in links from officers, in text and HTML", async () => {
    const officer = await createUser(getDb(), { role: "officer" });
    const message = await getOutboxMessage(officer, await enqueueSignIn(link));
    expect(message.textBody).toContain(REDACTED_LINK);
    expect(message.textBody).not.toContain("token=");
    expect(message.htmlBody).not.toContain("token=");
    expect(message.htmlBody).toContain(REDACTED_LINK);
  });

  it("shows them to administrators", async () => {
    const admin = await createUser(getDb(), { role: "admin" });
    const message = await getOutboxMessage(admin, await enqueueSignIn(link));
    expect(message.textBody).toContain(link);
  });
});
