/**
 * Load benchmark for a busy discussion: `npm run bench:topics`.
 *
 * Creates a fresh PostgreSQL database (lets_talk_bench on 127.0.0.1:5432), migrates and seeds it,
 * adds one open topic with 10,000 comments and replies, builds the app (skip with BENCH_SKIP_BUILD=1)
 * and serves it with `npm start`'s server (scripts/serve.ts), then drives it with autocannon from this process:
 *   - GET the topic page (newest first, the default) at 10 connections, then briefly the other sorts
 *     and a page that reads nothing from the database (the floor any page costs);
 *   - POST comments to the JSON endpoint, each request as a different user with a fresh submission key,
 *     then counts the rows to show that every 201 is a comment in the database.
 * Prints p50/p95/p99 latency, requests per second and the CPU each request cost (Next server,
 * Postgres, autocannon: steadier than the rate on a shared machine) beside the targets (PASS/MISS).
 * Exits 1 only when something broke: request errors, unexpected statuses, or a lost comment. The
 * server is stopped and the database dropped at the end, also on failure.
 *
 * Settings (environment): BENCH_PG_URL (server to create the database on), BENCH_SKIP_BUILD=1,
 * BENCH_DURATION (seconds per main run, default 15), BENCH_POST_CONNECTIONS (default 30),
 * BENCH_PAGE_CONNECTIONS (default 10), BENCH_POSTERS (users that post, default 2000),
 * BENCH_KEEP_DATABASE=1 (leave the database for EXPLAIN and the like; the server is still stopped).
 */
import { randomUUID } from "node:crypto";
import { availableParallelism, loadavg } from "node:os";
import type autocannon from "autocannon";
import postgres from "postgres";
import { commentBodies, generator } from "./lib/comment-text";
import { BASE_URL, DATABASE_NAME, DATABASE_URL, DURATION, PAGE_CONNECTIONS, PORT, POST_CONNECTIONS, TARGETS, TOPICS_BENCH } from "./lib/config";
import { countComments, createDatabase, migrateAndSeed } from "./lib/database";
import { cpuProbe, measure, settledCount, type Measured } from "./lib/load";
import { SESSION_COOKIE } from "./lib/survey-users";
import { broken, report, verdict } from "./lib/report";
import { seedDiscussion } from "./lib/seed-discussion";
import { run, startServer, waitUntilServing } from "./lib/server";
import { runBench, type BenchContext } from "./lib/run-bench";

// ---------------------------------------------------------------------------------------------

async function main(context: BenchContext): Promise<number> {
  const { step } = context;
  step(`creating database ${DATABASE_NAME}`);
  await createDatabase();
  step(`migrating and seeding: ${await migrateAndSeed()}`);
  const sql = (context.sql = postgres(DATABASE_URL, { max: 2, onnotice: () => undefined }));
  const seedStarted = Date.now();
  const fixture = await seedDiscussion(sql);
  const total = await countComments(sql, fixture.topicId);
  const [shape] = await sql<{ top: number; one: number; two: number; authors: number }[]>`
    select count(*) filter (where depth = 0)::int as top, count(*) filter (where depth = 1)::int as one,
           count(*) filter (where depth = 2)::int as two, count(distinct author_id)::int as authors
    from comments where topic_id = ${fixture.topicId}`;
  step(`seeded /topics/${fixture.slug}: ${total} comments (${shape?.top} top-level, ${shape?.one} + ${shape?.two} replies, ${shape?.authors} authors) and ${fixture.tokens.length} posting users in ${((Date.now() - seedStarted) / 1000).toFixed(1)} s`);

  if (process.env.BENCH_SKIP_BUILD === "1") step("BENCH_SKIP_BUILD=1: using the existing .next build");
  else {
    step("next build (about 30 s)");
    await run("node_modules/.bin/next", ["build"], true);
  }
  step(`npm start (scripts/serve.ts) on port ${PORT}`);
  const server = (context.server = startServer());
  await waitUntilServing(server);

  const pagePath = `/topics/${fixture.slug}`;
  const first = await fetch(`${BASE_URL}${pagePath}`);
  const html = await first.text();
  if (!first.ok || !html.includes("Keeping Foleshill moving")) throw new Error(`The topic page answered ${first.status} without the topic`);
  step(`topic page is ${(html.length / 1024).toFixed(0)} KB of HTML`);

  // Readers load the page as a browser does (asking for HTML): signed out, they may get it from the
  // page cache; signed in, every request renders (measured separately below).
  const asBrowser = { accept: "text/html,application/xhtml+xml" };
  const readerRequest = (path: string, cookie?: string): autocannon.Request => ({ method: "GET", path, headers: { ...asBrowser, ...(cookie ? { cookie } : {}) } });

  const commentBodiesForPosts = commentBodies(200, generator(7));
  // Each post is a different user in turn, with a fresh submission key (never a repeat).
  let turn = 0;
  const createdIds: string[] = [];
  const postPath = `/api/topics/${fixture.topicId}/comments`;
  const postRequest: autocannon.Request = {
    method: "POST",
    path: postPath,
    setupRequest: (request) => {
      const token = fixture.tokens[turn % fixture.tokens.length];
      const body = commentBodiesForPosts[turn % commentBodiesForPosts.length];
      turn += 1;
      return {
        ...request,
        headers: { ...request.headers, "content-type": "application/json", cookie: `${SESSION_COOKIE}=${token}` },
        body: JSON.stringify({ body, submissionKey: randomUUID() }),
      };
    },
    onResponse: (status, body) => {
      if (status === 201) createdIds.push((JSON.parse(body) as { id: string }).id);
    },
  };

  step("warming up (page and posts)");
  await measure("warm-up page", { connections: 5, amount: 300, requests: [readerRequest(pagePath)] });
  await measure("warm-up posts", { connections: 5, amount: 100, requests: [postRequest] });

  // Anything else running on the machine competes with the server for the same cores.
  step(`machine: ${availableParallelism()} cores, load average ${loadavg().map((value) => value.toFixed(2)).join(" ")} (1, 5, 15 min) before measuring`);
  const serverPid = server.child.pid ?? 0;
  const database = sql;
  const probe = () => cpuProbe(serverPid, database);
  const results: Measured[] = [];
  step(`GET ${pagePath} for ${DURATION} s`);
  const page = await measure(`GET ${pagePath} (newest first, the default; signed out)`, { connections: PAGE_CONNECTIONS, duration: DURATION, requests: [readerRequest(pagePath)] }, await probe());
  results.push(page);
  const otherSorts: Measured[] = [];
  for (const sort of ["helpful", "oldest"] as const) {
    otherSorts.push(await measure(`GET ${pagePath}?sort=${sort}`, { connections: PAGE_CONNECTIONS, duration: 5, requests: [readerRequest(`${pagePath}?sort=${sort}`)] }, await probe()));
  }
  const signedIn = readerRequest(pagePath, `${SESSION_COOKIE}=${fixture.tokens[0]}`);
  otherSorts.push(await measure(`GET ${pagePath} signed in (rendered for each request)`, { connections: PAGE_CONNECTIONS, duration: 5, requests: [signedIn] }, await probe()));
  results.push(...otherSorts);
  // The floor: a page through the same layout, proxy and headers with no database reads.
  const floor = await measure("GET /accessibility (no database reads: the cost of any page)", { connections: PAGE_CONNECTIONS, duration: 5, requests: [readerRequest("/accessibility")] }, await probe());
  results.push(floor);

  const before = await countComments(sql, fixture.topicId);
  createdIds.length = 0;
  const postsBefore = turn;
  step(`POST ${postPath} for ${DURATION} s`);
  const posts = await measure(`POST ${postPath}`, { connections: POST_CONNECTIONS, duration: DURATION, requests: [postRequest] }, await probe());
  results.push(posts);
  const after = await settledCount(() => countComments(sql, fixture.topicId));
  const [found] = await sql<{ total: number }[]>`select count(*)::int as total from comments where id = any(${createdIds}::uuid[])`;
  const [statuses] = await sql<{ published: number; held: number }[]>`
    select count(*) filter (where status = 'published')::int as published, count(*) filter (where status = 'held')::int as held
    from comments where id = any(${createdIds}::uuid[])`;
  const delta = after - before;
  const lost = posts.ok - delta;
  const missingIds = createdIds.length - (found?.total ?? 0);
  const postsPerUser = Math.ceil((turn - postsBefore) / fixture.tokens.length);

  // The floor of a signed-in write: the same route, with its session lookup and JSON parsing, refusing
  // an empty body (400) before postComment runs. What a post costs above this is the use case's.
  const postFloor = await measure(
    `POST ${postPath} with an empty body (signed in, refused with 400 before any database work: the floor of a post)`,
    { connections: POST_CONNECTIONS, duration: 5, requests: [{ method: "POST", path: postPath, headers: { "content-type": "application/json", cookie: `${SESSION_COOKIE}=${fixture.tokens[0]}` }, body: "{}" }] },
    await probe(),
  );

  console.log("\n================ Results ================");
  report(page, PAGE_CONNECTIONS);
  console.log(`  targets   p95 < ${TARGETS.pageP95Ms} ms: ${verdict(page.p95 < TARGETS.pageP95Ms)}   >= ${TARGETS.pageRps} req/s: ${verdict(page.perSecond >= TARGETS.pageRps)}`);
  for (const other of [...otherSorts, floor]) report(other, PAGE_CONNECTIONS);
  report(posts, POST_CONNECTIONS);
  console.log(`  database  2xx sent ${posts.ok}   comments added ${delta}   lost ${lost}   201 ids not in the database ${missingIds}   (${statuses?.published ?? 0} published, ${statuses?.held ?? 0} held; at most ${postsPerUser} posts per user)`);
  console.log(`  targets   >= ${TARGETS.postsPerSecond} posts/s: ${verdict(posts.perSecond >= TARGETS.postsPerSecond)}   none lost: ${verdict(lost <= 0 && missingIds === 0)}`);
  report(postFloor, POST_CONNECTIONS);

  const problems = results.flatMap(broken);
  if (lost > 0 || missingIds > 0) problems.push(`comments lost: ${lost} (by count), ${missingIds} (by id)`);
  if (lost < 0) console.log(`  note      ${-lost} more comments than 2xx responses: requests cut off as the run ended, committed by the server`);
  if (problems.length > 0) {
    console.error(`\nSomething broke:\n  ${problems.join("\n  ")}`);
    console.error(`\nLast server output:\n${server.output.slice(-30).join("\n")}`);
    return 1;
  }
  return 0;
}

runBench(TOPICS_BENCH, main);
