import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import type { Role } from "@/lib/domain/access/roles";
import type { Database } from "@/lib/db/client";
import { rateLimits, topics, users } from "@/lib/db/schema";

/** A short random tag: tests may share a database (DATABASE_URL), so their rows must never collide. */
export function uniqueTag(prefix = "t"): string {
  return `${prefix}${randomUUID().replace(/-/g, "").slice(0, 12)}`;
}

export async function createUser(db: Database, options: { role?: Role; email?: string; name?: string } = {}): Promise<CurrentUser> {
  const email = options.email ?? `${uniqueTag("person-")}@example.test`;
  const [row] = await db
    .insert(users)
    .values({ email, name: options.name ?? "Test Person", role: options.role ?? "resident" })
    .returning({ id: users.id, email: users.email, name: users.name, role: users.role, locale: users.locale });
  if (!row) throw new Error("The test user was not created");
  return row;
}

export type TestTopic = { id: string; slug: string; title: string };

/** A topic with an empty body and a unique slug; open and post-moderated unless told otherwise. */
export async function createTopic(
  db: Database,
  options: { status?: "draft" | "open" | "closed" | "outcome"; moderationMode?: "post" | "pre"; title?: string } = {},
): Promise<TestTopic> {
  const slug = uniqueTag("topic-");
  const [row] = await db
    .insert(topics)
    .values({
      slug,
      title: options.title ?? `Topic ${slug}`,
      summary: `Summary of ${slug}`,
      bodyJson: { type: "doc", content: [] },
      bodyHtml: "",
      status: options.status ?? "open",
      moderationMode: options.moderationMode ?? "post",
    })
    .returning({ id: topics.id, slug: topics.slug, title: topics.title });
  if (!row) throw new Error("The test topic was not created");
  return row;
}

/** How much of a rate limit's window `key` has spent (0 when it has never been counted). */
export async function rateLimitSpent(db: Database, key: string): Promise<number> {
  const [row] = await db.select({ count: rateLimits.count }).from(rateLimits).where(eq(rateLimits.key, key));
  return row?.count ?? 0;
}
