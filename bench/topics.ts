/**
 * Load benchmark for a busy discussion: `npm run bench:topics`.
 *
 * Creates a fresh PostgreSQL database (lets_talk_bench on 127.0.0.1:5432), migrates and seeds it,
 * adds one open topic with 10,000 comments and replies (and with BENCH_SCALE=10 a second one with
 * 100,000), signs in 2,500 readers (the commenters and the posters, each with helpful marks on the
 * newest comments), builds the app (skip with BENCH_SKIP_BUILD=1) and serves it with `npm start`'s
 * server (scripts/serve.ts), then drives it with autocannon from this process:
 *   - GET the topic page as a browser does (asking for HTML): signed out, the other sorts, signed in
 *     (each request the next reader's session), and /accessibility (no database reads: any page's floor);
 *   - POST comments to the JSON endpoint, each request as a different user with a fresh submission
 *     key, then counts the rows to show that every 201 is a comment in the database.
 * In the same run it measures the machine's own limits (bench/lib/baselines.ts): raw node:http
 * serving the same bytes with the same number of processes, and pgbench inserting a 200-character
 * row at the posts' number of connections; then prints issue 16's rows as ratios to them, PASS/MISS.
 * Exits 1 only when something broke: request errors, unexpected statuses, or a lost comment. The
 * server (and PgBouncer) is stopped and the database dropped at the end, also on failure.
 *
 * Settings (environment): BENCH_PG_URL (server to create the database on), BENCH_SKIP_BUILD=1,
 * BENCH_DURATION (seconds per measured run, default 15), BENCH_POST_CONNECTIONS (default 30),
 * BENCH_PAGE_CONNECTIONS (default 10), BENCH_POSTERS (users that post, default 2000),
 * BENCH_SCALE (default 1; 10 adds a 100,000-comment topic), BENCH_POOLER=pgbouncer (the app through
 * PgBouncer in transaction mode), BENCH_WEB_CONCURRENCY (server processes, default one per core),
 * BENCH_DATABASE_PREFIX / BENCH_PORT_OFFSET (to run beside another copy), BENCH_KEEP_DATABASE=1.
 */
import postgres from "postgres";
import { loadAverageLine, pgbenchInsertBaseline, rawNodeBaseline, replayableHeaders } from "./lib/baselines";
import { DURATION, PAGE_CONNECTIONS, POST_CONNECTIONS, SCALE, TOPIC_SLUG, TOPIC_TITLE, TOPICS_BENCH as TARGET } from "./lib/config";
import { countComments, createDatabase, migrateAndSeed } from "./lib/database";
import { cpuProbe, measure, type Measured } from "./lib/load";
import { POOLER, routeThroughPooler } from "./lib/pooler";
import { broken, report } from "./lib/report";
import { runBench, type BenchContext } from "./lib/run-bench";
import { seedCommenters, seedDiscussion, seedReaders } from "./lib/seed-discussion";
import { buildAndServe } from "./lib/server";
import { measurePosts } from "./lib/topic-posts";
import { commentPoster, readerRequest, sessionCookie } from "./lib/topic-requests";
import { targetLines } from "./lib/topic-targets";

const COMMENTS = 10_000;

async function main(context: BenchContext): Promise<number> {
  const { step } = context;
  step(`${loadAverageLine()} before starting`);
  step(`creating database ${TARGET.databaseName}`);
  await createDatabase(TARGET);
  step(`migrating and seeding: ${await migrateAndSeed(TARGET)}`);
  const sql = (context.sql = postgres(TARGET.databaseUrl, { max: 2, onnotice: () => undefined }));
  const seedStarted = Date.now();
  await seedCommenters(sql);
  const topicId = await seedDiscussion(sql, { slug: TOPIC_SLUG, title: TOPIC_TITLE, scale: 1 });
  const large = SCALE > 1 ? { slug: `${TOPIC_SLUG}-${SCALE * COMMENTS}`, comments: 0 } : null;
  const largeId = large ? await seedDiscussion(sql, { slug: large.slug, title: `${TOPIC_TITLE} (${(SCALE * COMMENTS).toLocaleString("en-GB")} comments)`, scale: SCALE }) : null;
  const people = await seedReaders(sql, largeId ? [topicId, largeId] : [topicId]);
  const total = await countComments(sql, topicId);
  if (large && largeId) large.comments = await countComments(sql, largeId);
  step(`seeded /topics/${TOPIC_SLUG} with ${total} comments${large ? ` and /topics/${large.slug} with ${large.comments}` : ""}, ${people.readers.length} signed-in readers (${people.posters.length} of them post) in ${((Date.now() - seedStarted) / 1000).toFixed(1)} s`);
  step(await routeThroughPooler(context, TARGET));

  const server = await buildAndServe(context, TARGET);
  const processes = Number(TARGET.serverEnv.WEB_CONCURRENCY);

  const pagePath = `/topics/${TOPIC_SLUG}`;
  const signedOutPage = await fetchPage(pagePath, "Keeping Foleshill moving");
  const signedInPage = await fetchPage(pagePath, "Keeping Foleshill moving", people.readers[0]);
  if (signedInPage.text === signedOutPage.text) throw new Error("The signed-in page is the signed-out page: the sessions do not sign anyone in");
  const floorPage = await fetchPage("/accessibility", "");
  step(`topic page ${kb(signedOutPage.bytes)} of HTML signed out, ${kb(signedInPage.bytes)} signed in; /accessibility ${kb(floorPage.bytes)}`);

  const poster = commentPoster(`/api/topics/${topicId}/comments`, people.posters);
  step("warming up (pages and posts)");
  await measure("warm-up page", { connections: 5, amount: 300, requests: [readerRequest(pagePath)] }, undefined, TARGET);
  await measure("warm-up signed in", { connections: 5, amount: 100, requests: [readerRequest(pagePath, people.readers)] }, undefined, TARGET);
  await measure("warm-up posts", { connections: 5, amount: 100, requests: [poster.request] }, undefined, TARGET);

  step(`${loadAverageLine()} before measuring`);
  const probe = () => cpuProbe(server.child.pid ?? 0, sql, TARGET);
  const results: Measured[] = [];
  const getPage = async (label: string, path: string, sessions: string[] = [], seconds = DURATION) => {
    step(`GET ${path} (${label}) for ${seconds} s`);
    const measured = await measure(`GET ${path} (${label})`, { connections: PAGE_CONNECTIONS, duration: seconds, requests: [readerRequest(path, sessions)] }, await probe(), TARGET);
    results.push(measured);
    return measured;
  };
  const signedOut = await getPage("newest first, the default; signed out", pagePath);
  for (const sort of ["helpful", "oldest"]) await getPage("signed out", `${pagePath}?sort=${sort}`, [], 5);
  const signedIn = await getPage(`signed in, ${people.readers.length} readers in turn`, pagePath, people.readers);
  const floor = await getPage("no database reads: the cost of any page", "/accessibility");
  let scaled = null;
  if (large) {
    const largePath = `/topics/${large.slug}`;
    await measure("warm-up large page", { connections: 5, amount: 100, requests: [readerRequest(largePath), readerRequest(largePath, people.readers)] }, undefined, TARGET);
    scaled = { comments: large.comments, signedOut: await getPage("signed out", largePath), signedIn: await getPage("signed in", largePath, people.readers) };
  }

  step(`raw node:http, ${processes} processes, on the topic page's ${kb(signedOutPage.bytes)} then /accessibility's ${kb(floorPage.bytes)}, ${DURATION} s each`);
  const rawPage = await rawNodeBaseline({ body: signedOutPage.text, headers: signedOutPage.headers, processes, connections: PAGE_CONNECTIONS, seconds: DURATION });
  const rawFloor = await rawNodeBaseline({ body: floorPage.text, headers: floorPage.headers, processes, connections: PAGE_CONNECTIONS, seconds: DURATION });

  const posted = await measurePosts(context, sql, topicId, poster, probe);
  results.push(posted.posts);
  step(`pgbench inserting a 200-character row, ${POST_CONNECTIONS} clients, ${DURATION} s`);
  const pgbench = await pgbenchInsertBaseline({ databaseUrl: TARGET.databaseUrl, clients: POST_CONNECTIONS, seconds: DURATION });

  console.log("\n================ Results ================");
  for (const measured of results) report(measured, measured === posted.posts ? POST_CONNECTIONS : PAGE_CONNECTIONS);
  console.log(posted.lines.join("\n"));
  report(posted.floor, POST_CONNECTIONS);
  report(rawPage.measured, PAGE_CONNECTIONS);
  report(rawFloor.measured, PAGE_CONNECTIONS);
  console.log(`\npgbench insert of a 200-character row (${POST_CONNECTIONS} clients)\n  rate      ${pgbench.insertsPerSecond.toFixed(0)} inserts/s (${pgbench.rows} rows)`);

  const figures = { comments: total, signedOut, rawPage, signedIn, floor, rawFloor, posts: posted.posts, lost: posted.lost, pgbench: { ...pgbench, clients: POST_CONNECTIONS }, scaled };
  console.log(`\n================ Issue 16's rows (${processes} server processes, database ${POOLER}; ${loadAverageLine()} now) ================`);
  console.log(targetLines(figures).join("\n"));

  // The floor of a post answers 400 by design: only its errors and timeouts count.
  const problems = [...results.flatMap(broken), ...posted.problems, ...broken(posted.floor).filter((problem) => !problem.includes("non-2xx"))];
  if (problems.length > 0) {
    console.error(`\nSomething broke:\n  ${problems.join("\n  ")}`);
    console.error(`\nLast server output:\n${server.output.slice(-30).join("\n")}`);
    return 1;
  }
  return 0;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

async function fetchPage(path: string, expected: string, session?: string) {
  const response = await fetch(`${TARGET.baseUrl}${path}`, { headers: { accept: "text/html", ...(session ? { cookie: sessionCookie(session) } : {}) }, redirect: "manual" });
  const text = await response.text();
  if (response.status !== 200 || !text.includes(expected)) throw new Error(`GET ${path} answered ${response.status}${expected ? ` without "${expected}"` : ""}`);
  return { text, bytes: Buffer.byteLength(text), headers: replayableHeaders(response.headers) };
}

runBench(TARGET, main);
