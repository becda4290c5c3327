import "server-only";
import { asc, eq, inArray } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { emailOutbox, themes } from "@/lib/db/schema";
import { verifyContactToken } from "@/lib/server/partners/shared/contact-link";
import { readContact } from "@/lib/server/partners/shared/read-contacts";

export type ContactData = {
  generatedAt: string;
  contact: {
    name: string;
    email: string;
    role: string | null;
    organisation: string;
    language: string;
    frequency: string;
    themes: string[] | "all";
    sendWhenQuiet: boolean;
    status: string;
  };
  emails: { subject: string; category: string; status: string; createdAt: string; sentAt: string | null }[];
};

/**
 * Everything held about a partner contact, for the holder of their signed link: their details and
 * choices, and the emails sent to them (subjects and dates; summaries' text holds their private link).
 * Null for a link that is not valid.
 */
export async function getContactData(token: string, now = new Date()): Promise<ContactData | null> {
  const contactId = verifyContactToken(token);
  if (!contactId) return null;
  const db = getDb();
  const contact = await readContact(db, contactId);
  if (!contact) return null;
  const [themeNames, emails] = await Promise.all([
    contact.themeIds.length ? db.select({ name: themes.name }).from(themes).where(inArray(themes.id, contact.themeIds)).orderBy(asc(themes.name)) : Promise.resolve([]),
    db
      .select({ subject: emailOutbox.subject, category: emailOutbox.category, status: emailOutbox.status, createdAt: emailOutbox.createdAt, sentAt: emailOutbox.sentAt })
      .from(emailOutbox)
      .where(eq(emailOutbox.toAddress, contact.email))
      .orderBy(asc(emailOutbox.createdAt)),
  ]);
  return {
    generatedAt: now.toISOString(),
    contact: {
      name: contact.name,
      email: contact.email,
      role: contact.role,
      organisation: contact.organisation,
      language: contact.language,
      frequency: contact.frequency,
      themes: contact.allThemes ? "all" : themeNames.map((theme) => theme.name),
      sendWhenQuiet: contact.sendWhenQuiet,
      status: contact.status,
    },
    emails: emails.map((email) => ({ ...email, createdAt: email.createdAt.toISOString(), sentAt: email.sentAt?.toISOString() ?? null })),
  };
}
