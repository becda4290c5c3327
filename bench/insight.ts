/**
 * The theme analysis at scale: `npm run bench:insight`.
 *
 * Creates a fresh PostgreSQL database (lets_talk_bench_insight on 127.0.0.1:5432) and migrates it,
 * adds a topic with 10,000 published comments (BENCH_INSIGHT_COMMENTS changes that) from a seeded
 * generator of realistic comments on skills, right-to-work checks, English classes, buses,
 * childcare and housing (about 4% in other languages), then queues and runs the analysis as the
 * page's button does (the job, in this process) and prints the wall time, items per second, this
 * process's peak RSS, the progress it reported, and the themes found with their counts and key
 * phrases; a second run (a re-run over the same comments) is timed too. Target: under 10 s.
 * BENCH_KEEP_DATABASE=1 keeps the database.
 */
import "./lib/insight-bench-env";
import postgres from "postgres";
import { closeDatabase, getDatabaseHandle, openDatabase } from "@/lib/db/client";
import { getAnalysis } from "@/lib/server/insight/get-analysis";
import { queueAnalysis } from "@/lib/server/insight/queue-analysis";
import { runQueuedAnalyses } from "@/lib/server/insight/run-queued-analyses";
import { INSIGHT_BENCH as TARGET, INSIGHT_COMMENTS, INSIGHT_TARGET_SECONDS } from "./lib/config";
import { createDatabase } from "./lib/database";
import { insightComments } from "./lib/insight-comments";
import { loadAverageLine } from "./lib/baselines";
import { runBench, type BenchContext } from "./lib/run-bench";
import { prepareDatabase } from "@/lib/seed/prepare-database";

const BATCH = 2_000;

async function seed(sql: postgres.Sql): Promise<{ topicId: string; officerId: string }> {
  const [officer] = await sql<{ id: string }[]>`insert into users (email, name, role) values ('bench-officer@example.org', 'Bench Officer', 'officer') returning id`;
  const [topic] = await sql<{ id: string }[]>`insert into topics (slug, title, summary, body_json, body_html, status)
    values ('bench-insight', 'Jobs, skills and getting about', 'What would help you into work?', '{}'::jsonb, '', 'open') returning id`;
  if (!officer || !topic) throw new Error("seeding failed");
  const authors = await sql<{ id: string }[]>`insert into users (email, name) select 'bench-author-' || i || '@example.org', 'Author ' || i from generate_series(1, 500) as i returning id`;
  const comments = insightComments(INSIGHT_COMMENTS);
  for (let start = 0; start < comments.length; start += BATCH) {
    const rows = comments.slice(start, start + BATCH).map((comment, index) => ({
      topic_id: topic.id,
      author_id: authors[(start + index) % authors.length]?.id ?? null,
      body: comment.text,
      locale: comment.locale,
      status: "published",
      submission_key: crypto.randomUUID(),
    }));
    await sql`insert into comments ${sql(rows)}`;
  }
  return { topicId: topic.id, officerId: officer.id };
}

async function timeRun(context: BenchContext, sql: postgres.Sql, officerId: string, topicId: string): Promise<number> {
  const { runId } = await queueAnalysis({ id: officerId }, { kind: "topic", topicId });
  const progress: string[] = [];
  const watcher = setInterval(() => {
    void sql<{ processed: number; total: number }[]>`select processed, total from insight_runs where id = ${runId}`.then(([row]) => {
      if (row) progress.push(`${row.processed}/${row.total}`);
    });
  }, 250);
  const started = performance.now();
  const report = await runQueuedAnalyses();
  const seconds = (performance.now() - started) / 1000;
  clearInterval(watcher);
  if (report.done !== 1) throw new Error(`the run did not finish: ${JSON.stringify(report)}`);
  context.step(`progress seen while it ran: ${progress.join(", ") || "(finished before the first look)"}`);
  return seconds;
}

async function main(context: BenchContext): Promise<number> {
  const { step } = context;
  step(`${loadAverageLine()} before starting`);
  step(`creating and migrating ${TARGET.databaseName}`);
  await createDatabase(TARGET);
  const handle = openDatabase({ url: TARGET.databaseUrl, pgliteDir: "memory://" });
  await prepareDatabase(handle, { seed: false });
  await closeDatabase(handle);
  const sql = (context.sql = postgres(TARGET.databaseUrl, { max: 2, onnotice: () => undefined }));
  step(`adding ${INSIGHT_COMMENTS.toLocaleString("en-GB")} comments`);
  const { topicId, officerId } = await seed(sql);

  step("running the analysis (the job, in this process)");
  const first = await timeRun(context, sql, officerId, topicId);
  const rss = process.resourceUsage().maxRSS / 1024;
  step("running it again over the same comments (a re-run keeps what officers decided)");
  const second = await timeRun(context, sql, officerId, topicId);

  const analysis = await getAnalysis({ kind: "topic", topicId });
  console.log(`\n================ Themes found (${analysis.themes.length}) ================`);
  for (const theme of analysis.themes) console.log(`${String(theme.count).padStart(6)}  ${theme.label.padEnd(28)} ${theme.keyPhrases.join(", ")}`);
  console.log(`not analysed: ${analysis.notAnalysed.map((group) => `${group.language} ${group.count}`).join(", ") || "none"}`);
  console.log(`\n================ bench:insight (${loadAverageLine()} now) ================`);
  console.log(`analysis   ${INSIGHT_COMMENTS.toLocaleString("en-GB")} comments in ${first.toFixed(2)} s (${Math.round(INSIGHT_COMMENTS / first).toLocaleString("en-GB")} items/s); re-run ${second.toFixed(2)} s`);
  console.log(`memory     peak RSS of this process ${rss.toFixed(0)} MB`);
  console.log(`target     under ${INSIGHT_TARGET_SECONDS} s: ${first < INSIGHT_TARGET_SECONDS ? "PASS" : "MISS"}`);
  return analysis.themes.length > 0 ? 0 : 1;
}

runBench(TARGET, main, () => closeDatabase(getDatabaseHandle()));
