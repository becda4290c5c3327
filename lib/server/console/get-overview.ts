import "server-only";
import { count } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { topics, users } from "@/lib/db/schema";

const sumWhere = <T extends { total: number }>(rows: T[], test: (row: T) => boolean) => rows.filter(test).reduce((sum, row) => sum + row.total, 0);

/** Headline figures for the console's front page. */
export async function getConsoleOverview() {
  const db = getDb();
  const [topicRows, roleRows] = await Promise.all([
    db.select({ status: topics.status, total: count() }).from(topics).groupBy(topics.status),
    db.select({ role: users.role, total: count() }).from(users).groupBy(users.role),
  ]);
  return {
    openTopics: sumWhere(topicRows, (row) => row.status === "open"),
    people: sumWhere(roleRows, () => true),
    officers: sumWhere(roleRows, (row) => row.role === "officer" || row.role === "admin"),
  };
}
