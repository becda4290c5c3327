/**
 * Partner contacts, themes and topic activity for the summary tests, written directly (the partners
 * console has its own tests). Every row has a unique tag, so files can share a database.
 */
import { randomUUID } from "node:crypto";
import { eq, like } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { comments, emailOutbox, organisations, partnerContacts, partnerContactThemes, themes, topicKeyDates, topics, topicThemes } from "@/lib/db/schema";
import { createUser, uniqueTag } from "./factories";

const db = () => getDb();

export async function createTheme(name: string): Promise<{ id: string; name: string }> {
  const tag = uniqueTag("theme-");
  const [row] = await db().insert(themes).values({ slug: tag, name: `${name} ${tag}`, kind: "strategic", summary: "For tests", sortOrder: 5000 }).returning({ id: themes.id, name: themes.name });
  if (!row) throw new Error("The test theme was not created");
  return row;
}

export async function createOrganisation(name = "Test Partner"): Promise<{ id: string; name: string }> {
  const tag = uniqueTag("org-");
  const [row] = await db().insert(organisations).values({ slug: tag, name: `${name} ${tag}`, type: "voluntary" }).returning({ id: organisations.id, name: organisations.name });
  if (!row) throw new Error("The test organisation was not created");
  return row;
}

type ContactOptions = {
  organisationId: string;
  name?: string;
  frequency?: "weekly" | "monthly";
  themeIds?: string[];
  allThemes?: boolean;
  sendWhenQuiet?: boolean;
  status?: "active" | "unsubscribed" | "bounced" | "complained";
  language?: string;
};

export async function createContact(options: ContactOptions): Promise<{ id: string; email: string; name: string }> {
  const email = `${uniqueTag("contact-")}@example.test`;
  const [row] = await db()
    .insert(partnerContacts)
    .values({
      organisationId: options.organisationId,
      name: options.name ?? "Pat Partner",
      email,
      frequency: options.frequency ?? "monthly",
      allThemes: options.allThemes ?? false,
      sendWhenQuiet: options.sendWhenQuiet ?? false,
      status: options.status ?? "active",
      language: options.language ?? "en",
    })
    .returning({ id: partnerContacts.id, email: partnerContacts.email, name: partnerContacts.name });
  if (!row) throw new Error("The test contact was not created");
  if (options.themeIds?.length) await db().insert(partnerContactThemes).values(options.themeIds.map((themeId) => ({ contactId: row.id, themeId })));
  return row;
}

type TopicOptions = { title: string; themeIds: string[]; status?: "draft" | "open" | "closed" | "outcome"; publishedAt?: Date; outcomePublishedAt?: Date; closesOn?: string };

export async function createThemedTopic(options: TopicOptions): Promise<{ id: string; slug: string; title: string }> {
  const slug = uniqueTag("topic-");
  const [row] = await db()
    .insert(topics)
    .values({
      slug,
      title: options.title,
      summary: `Summary of ${options.title}`,
      bodyJson: { type: "doc", content: [] },
      bodyHtml: "",
      status: options.status ?? "open",
      publishedAt: options.publishedAt ?? new Date("2026-01-01T00:00:00Z"),
      outcomePublishedAt: options.outcomePublishedAt ?? null,
    })
    .returning({ id: topics.id, slug: topics.slug, title: topics.title });
  if (!row) throw new Error("The test topic was not created");
  await db().insert(topicThemes).values(options.themeIds.map((themeId) => ({ topicId: row.id, themeId })));
  if (options.closesOn) await db().insert(topicKeyDates).values({ topicId: row.id, kind: "closes", date: options.closesOn });
  return row;
}

type CommentStatus = (typeof comments.$inferSelect)["status"];

/** `count` comments on a topic at `at`, by a named author (names must never reach a summary). */
export async function addComments(topicId: string, at: string, count: number, options: { status?: CommentStatus; body?: string; helpfulCount?: number; flagCount?: number } = {}): Promise<void> {
  const author = await createUser(db(), { name: "Amira Secretname" });
  await db()
    .insert(comments)
    .values(
      Array.from({ length: count }, (_, index) => ({
        topicId,
        authorId: author.id,
        body: options.body ?? `An ordinary comment number ${index} about this topic ${uniqueTag()}`,
        status: options.status ?? "published",
        helpfulCount: options.helpfulCount ?? 0,
        flagCount: options.flagCount ?? 0,
        submissionKey: randomUUID(),
        createdAt: new Date(at),
      })),
    );
}

export async function outboxFor(contactId: string) {
  return db()
    .select({ key: emailOutbox.idempotencyKey, subject: emailOutbox.subject, text: emailOutbox.textBody, html: emailOutbox.htmlBody, category: emailOutbox.category, headers: emailOutbox.headers, contactId: emailOutbox.contactId, to: emailOutbox.toAddress })
    .from(emailOutbox)
    .where(eq(emailOutbox.contactId, contactId));
}

export async function oneOffRows(sendId: string) {
  return db().select({ contactId: emailOutbox.contactId }).from(emailOutbox).where(like(emailOutbox.idempotencyKey, `summary-one-off:${sendId}:%`));
}
