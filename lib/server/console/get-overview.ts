import "server-only";
import { count } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { emailOutbox, topics, users } from "@/lib/db/schema";

const sumWhere = <T extends { total: number }>(rows: T[], test: (row: T) => boolean) => rows.filter(test).reduce((sum, row) => sum + row.total, 0);

/** Headline figures for the console's front page. */
export async function getConsoleOverview() {
  const db = getDb();
  const [topicRows, roleRows, outboxRows] = await Promise.all([
    db.select({ status: topics.status, total: count() }).from(topics).groupBy(topics.status),
    db.select({ role: users.role, total: count() }).from(users).groupBy(users.role),
    db.select({ status: emailOutbox.status, total: count() }).from(emailOutbox).groupBy(emailOutbox.status),
  ]);
  return {
    openTopics: sumWhere(topicRows, (row) => row.status === "open"),
    people: sumWhere(roleRows, () => true),
    officers: sumWhere(roleRows, (row) => row.role === "officer" || row.role === "admin"),
    outboxQueued: sumWhere(outboxRows, (row) => row.status === "queued"),
    outboxFailed: sumWhere(outboxRows, (row) => row.status === "failed"),
  };
}
