import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { comments, insightRuns } from "@/lib/db/schema";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import { getAnalysis } from "@/lib/server/insight/get-analysis";
import { eraseAccount } from "@/lib/server/profile/erase-account";
import { findSubject } from "@/lib/server/insight/shared/subject";
import { listVisibleThemes } from "@/lib/server/insight/shared/visible-themes";
import { queueAnalysis } from "@/lib/server/insight/queue-analysis";
import { runQueuedAnalyses } from "@/lib/server/insight/run-queued-analyses";
import { insertComment } from "@/tests/support/comment-fixtures";
import { createTopic, createUser } from "@/tests/support/factories";
import { analyseTopic, topicWithCorpus } from "@/tests/support/insight-fixtures";

let officer: CurrentUser;

/** A topic's visible themes with their counts and best quotes, as the report and the open data read them. */
async function topicThemes(topicId: string) {
  const subject = await findSubject(getDb(), { kind: "topic", topicId });
  return subject ? listVisibleThemes(getDb(), subject, { quotes: 3 }) : [];
}

beforeAll(async () => {
  officer = await createUser(getDb(), { role: "officer", name: "Olu Officer" });
});

describe("an analysis run", () => {
  it("runs as a job: queued once however often asked, then done with its progress complete", async () => {
    const { topic } = await topicWithCorpus();
    const first = await queueAnalysis(officer, { kind: "topic", topicId: topic.id });
    const again = await queueAnalysis(officer, { kind: "topic", topicId: topic.id });
    expect(first.queued).toBe(true);
    expect(again).toEqual({ runId: first.runId, queued: false });
    const queued = await getAnalysis({ kind: "topic", topicId: topic.id });
    expect(queued.run).toMatchObject({ status: "queued", processed: 0 });

    const report = await runQueuedAnalyses({ db: getDb() });
    expect(report.done).toBeGreaterThanOrEqual(1);
    const [run] = await getDb().select().from(insightRuns).where(eq(insightRuns.id, first.runId));
    expect(run).toMatchObject({ status: "done", processed: 46, total: 46, notAnalysed: 6 });
    expect(run?.themesProposed).toBeGreaterThanOrEqual(5);
  });

  it("proposes the corpus's themes with counts and quotes, and lists other languages by language", async () => {
    const { topic, ids } = await topicWithCorpus();
    await analyseTopic(officer, topic.id);
    const analysis = await getAnalysis({ kind: "topic", topicId: topic.id });
    const labels = analysis.themes.map((theme) => theme.label);
    expect(labels).toEqual(expect.arrayContaining(["English classes", "Right to work checks", "Childcare", "Skills gap"]));
    const checks = analysis.themes.find((theme) => theme.label === "Right to work checks");
    expect(checks?.count).toBe(6);
    expect(checks?.quotes).toHaveLength(3);
    expect(checks?.quotes[0]?.text).toMatch(/right to work/i);
    expect(analysis.notAnalysed.map((group) => [group.language, group.count])).toEqual([["pl", 2], ["ar", 1], ["pa", 1], ["und", 1], ["ur", 1]]);
    expect(analysis.notAnalysed[0]?.items.map((item) => item.id).sort()).toEqual([ids.get("pl-01"), ids.get("pl-02")].sort());
  });

  it("never counts or quotes a comment that is no longer published, nor one erased", async () => {
    const { topic, ids } = await topicWithCorpus();
    await analyseTopic(officer, topic.id);
    const before = (await topicThemes(topic.id)).find((theme) => theme.label === "Right to work checks");
    const hidden = ids.get("en-09") ?? "";
    await getDb().update(comments).set({ status: "hidden" }).where(eq(comments.id, hidden));
    await getDb().delete(comments).where(eq(comments.id, ids.get("en-10") ?? ""));
    const after = (await topicThemes(topic.id)).find((theme) => theme.label === "Right to work checks");
    expect(after?.count).toBe((before?.count ?? 0) - 2);
    expect(after?.quotes.map((quote) => quote.itemId)).not.toContain(hidden);
    // A re-run removes the codings of comments that no longer exist.
    await analyseTopic(officer, topic.id);
    const orphans = await getDb().execute(sql`select count(*)::int as n from insight_codings where item_id = ${ids.get("en-10") ?? ""}`);
    const rows = (Array.isArray(orphans) ? orphans : (orphans as { rows: { n: number }[] }).rows) as { n: number }[];
    expect(rows[0]?.n).toBe(0);
  });

  it("takes an erased account's comments out of every theme", async () => {
    const { topic, ids, author } = await topicWithCorpus();
    await analyseTopic(officer, topic.id);
    await eraseAccount(author);
    const left = await getDb().execute(sql`select count(*)::int as n from insight_codings where item_id in (${sql.join([...ids.values()].map((id) => sql`${id}`), sql`, `)})`);
    const rows = (Array.isArray(left) ? left : (left as { rows: { n: number }[] }).rows) as { n: number }[];
    expect(rows[0]?.n).toBe(0);
    expect((await topicThemes(topic.id)).every((theme) => theme.count === 0)).toBe(true);
  });

  it("analyses a topic with no comments without failing, and one without any English", async () => {
    const empty = await createTopic(getDb());
    await analyseTopic(officer, empty.id);
    expect((await getAnalysis({ kind: "topic", topicId: empty.id })).run).toMatchObject({ status: "done", total: 0, themesProposed: 0 });
    const polish = await createTopic(getDb());
    await insertComment({ topicId: polish.id, authorId: officer.id, body: "Autobusy jeżdżą za rzadko.", locale: "pl" });
    await analyseTopic(officer, polish.id);
    const analysis = await getAnalysis({ kind: "topic", topicId: polish.id });
    expect(analysis.run).toMatchObject({ status: "done", notAnalysed: 1 });
    expect(analysis.notAnalysed).toEqual([{ language: "pl", count: 1, items: [expect.objectContaining({ text: "Autobusy jeżdżą za rzadko." })] }]);
  });

  it("claims each queued run once, even with two runners at once", async () => {
    const { topic } = await topicWithCorpus();
    await queueAnalysis(officer, { kind: "topic", topicId: topic.id });
    const [a, b] = await Promise.all([runQueuedAnalyses({ db: getDb() }), runQueuedAnalyses({ db: getDb() })]);
    expect((a?.done ?? 0) + (b?.done ?? 0)).toBeGreaterThanOrEqual(1);
    const runs = await getDb().select().from(insightRuns).where(eq(insightRuns.status, "running"));
    expect(runs).toHaveLength(0);
  });
});
