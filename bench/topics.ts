/**
 * Load benchmark for a busy discussion: `npm run bench:topics`.
 *
 * Creates a fresh PostgreSQL database (lets_talk_bench on 127.0.0.1:5432), migrates and seeds it,
 * adds one open topic with 10,000 comments and replies, builds the app (skip with BENCH_SKIP_BUILD=1)
 * and serves it with `next start`, then drives it with autocannon from this process:
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
import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { setTimeout as sleep } from "node:timers/promises";
import autocannon from "autocannon";
import postgres from "postgres";
import { closeDatabase, openDatabase } from "@/lib/db/client";
import { prepareDatabase } from "@/lib/seed/prepare-database";

const PORT = 3200;
const BASE_URL = `http://localhost:${PORT}`;
const DATABASE_NAME = "lets_talk_bench";
const SERVER_URL = process.env.BENCH_PG_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const DATABASE_URL = (() => {
  const url = new URL(SERVER_URL);
  url.pathname = `/${DATABASE_NAME}`;
  return url.toString();
})();

const DURATION = Number(process.env.BENCH_DURATION ?? 15);
const PAGE_CONNECTIONS = Number(process.env.BENCH_PAGE_CONNECTIONS ?? 10);
const POST_CONNECTIONS = Number(process.env.BENCH_POST_CONNECTIONS ?? 30);
const POSTERS = Number(process.env.BENCH_POSTERS ?? 2000);

const TOPIC_SLUG = "bench-keeping-foleshill-moving";
const TOP_LEVEL = 7000;
const DEPTH_ONE = 2000;
const DEPTH_TWO = 1000;
const COMMENTERS = 500;

const TARGETS = { pageP95Ms: 50, pageRps: 300, postsPerSecond: 500 };

/** The environment `scripts/e2e-server.ts` gives the app, pointed at the benchmark database. */
const serverEnv: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: "production",
  DATABASE_URL,
  AUTH_URL: BASE_URL,
  AUTH_SECRET: "benchmark-secret-not-for-production-0000000000",
  ADMIN_EMAILS: "",
  RESEND_API_KEY: "",
  NEXT_TELEMETRY_DISABLED: "1",
  LOG_LEVEL: "warn",
};

// ---------------------------------------------------------------------------------------------
// Realistic comment text: sentences about the topic, combined by a seeded generator.

function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const OPENINGS = [
  "I take the number 20 bus from Foleshill every morning and it is often full before it reaches Broad Street.",
  "As a parent of two at Broad Heath Primary, the school run on Foleshill Road is the worst part of the day.",
  "I cycle into the city centre most days.",
  "We run a small bakery near the Stoney Stanton Road junction.",
  "My mother is 82 and no longer drives, so she depends on the buses to get to the surgery.",
  "I have lived in Foleshill for thirty years and the traffic has never been this bad.",
  "Our community group meets at the Edgewick centre on Thursday evenings.",
  "I work shifts at the hospital and finish after the last direct bus has gone.",
  "Thank you for running this consultation and for putting the plans online.",
  "I read the whole proposal and the maps were really helpful.",
  "Speaking as a wheelchair user, dropped kerbs are the thing I notice first.",
  "I volunteer with the youth club and many of our young people walk home late.",
  "We moved here from Leicester last year and the area has a lot going for it.",
  "Deliveries to the shops on the main road block one lane for most of the morning.",
  "I agree with a lot of what has been said already.",
];

const MIDDLES = [
  "A bus lane at peak times would make a real difference, as long as the loading bays stay.",
  "The crossing by the mosque needs a longer green phase: older people cannot make it across in time.",
  "Parking on the pavement means prams and wheelchairs end up in the road.",
  "Street lighting on the canal towpath would make it feel much safer after dark.",
  "A 20 mph limit outside the schools would be welcome, but it needs enforcing.",
  "More frequent evening services would help people who work in the city centre.",
  "The cycle lane stops just where it is needed most, at the ring road junction.",
  "Please talk to the traders before changing the parking, we depend on passing trade.",
  "Bins on collection day block the narrow side streets for the whole day.",
  "The air quality near the junction is noticeably worse in the afternoon.",
  "A safe route to the new health centre should be part of the plan.",
  "Information in more community languages would help more people take part.",
  "Trees along the main road would give shade and slow the traffic down.",
  "Better signs for the park and ride would take some cars off our roads.",
  "The consultation events should be at different times so shift workers can come.",
  "Could the council share the traffic counts behind these proposals? See https://www.coventry.gov.uk/transport for the last survey.",
];

const CLOSINGS = [
  "Happy to talk more at the next drop-in session.",
  "I hope this feedback is useful.",
  "Looking forward to seeing what changes are made.",
  "Please keep residents updated on the decision.",
  "Thanks to the officers for listening.",
  "",
  "",
  "",
];

const REPLIES = [
  "I agree, the same happens on our street.",
  "Good point. The crossing by the library has the same problem.",
  "That is not quite my experience: the morning buses have been better since the timetable change.",
  "Our group would support this, and we could help spread the word.",
  "Has anyone asked the bus company about this directly?",
  "The loading bays are a real issue for us too.",
  "Thank you for raising this, I had not thought about wheelchair users.",
  "The council officer at the drop-in said this is being looked at for next year.",
  "Same here. Evening services would help a lot of shift workers.",
  "I would add that the lighting on the side streets needs looking at as well.",
];

function commentBodies(count: number, random: () => number): string[] {
  const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)] as T;
  const bodies: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const sentences = [pick(OPENINGS), pick(MIDDLES)];
    if (random() < 0.5) sentences.push(pick(MIDDLES));
    const closing = pick(CLOSINGS);
    const first = sentences.join(" ");
    bodies.push(closing ? (random() < 0.4 ? `${first}\n\n${closing}` : `${first} ${closing}`) : first);
  }
  return bodies;
}

function replyBodies(count: number, random: () => number): string[] {
  const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)] as T;
  return Array.from({ length: count }, () => (random() < 0.5 ? pick(REPLIES) : `${pick(REPLIES)} ${pick(MIDDLES)}`));
}

const FIRST_NAMES = ["Amira", "Tom", "Sue", "Priya", "Kwame", "Grace", "Hassan", "Olivia", "Jan", "Fatima", "Liam", "Aisha", "Patrick", "Mei", "Daniel", "Zainab", "Chloe", "Raj", "Ewa", "Samuel"];
const LAST_NAMES = ["Hussain", "Bennett", "Webb", "Patel", "Mensah", "Okafor", "Khan", "Walsh", "Kowalski", "Begum", "Murphy", "Ali", "Evans", "Chen", "Singh", "Nowak", "Taylor", "Ahmed", "Jones", "Brown"];

// ---------------------------------------------------------------------------------------------
// Database

async function withAdmin<T>(work: (sql: postgres.Sql) => Promise<T>): Promise<T> {
  const sql = postgres(SERVER_URL, { max: 1, onnotice: () => undefined });
  try {
    return await work(sql);
  } finally {
    await sql.end();
  }
}

async function createDatabase(): Promise<void> {
  await withAdmin(async (sql) => {
    await sql.unsafe(`drop database if exists ${DATABASE_NAME} with (force)`);
    await sql.unsafe(`create database ${DATABASE_NAME}`);
  });
}

async function dropDatabase(): Promise<void> {
  await withAdmin((sql) => sql.unsafe(`drop database if exists ${DATABASE_NAME} with (force)`));
}

async function migrateAndSeed(): Promise<string> {
  const handle = openDatabase({ url: DATABASE_URL, pgliteDir: "memory://" });
  try {
    return await prepareDatabase(handle, { seed: true });
  } finally {
    await closeDatabase(handle);
  }
}

type Fixture = { topicId: string; slug: string; tokens: string[] };

/** One open topic with 10,000 comments, its commenters, and the users (with sessions) that post. */
async function seedDiscussion(sql: postgres.Sql): Promise<Fixture> {
  const random = generator(20_240_611);
  const bodies = commentBodies(400, random);
  const replies = replyBodies(200, random);
  const names = Array.from({ length: COMMENTERS }, (_, i) => `${FIRST_NAMES[i % FIRST_NAMES.length]} ${LAST_NAMES[Math.floor(i / FIRST_NAMES.length) % LAST_NAMES.length]}`);

  return sql.begin(async (tx) => {
    // The same discussion every run (random() is seeded; only ids and times differ).
    await tx`select setseed(0.42)`;
    const [topic] = await tx<{ id: string }[]>`
      insert into topics (slug, title, summary, body_json, body_html, status, moderation_mode, published_at, created_at)
      values (
        ${TOPIC_SLUG},
        'Keeping Foleshill moving: buses, crossings and safer streets',
        'Tell us how you travel along Foleshill Road and what would make it safer and easier.',
        '{"type":"doc","content":[]}',
        '<p>Foleshill Road carries more than 20,000 vehicles a day. We are proposing a peak-time bus lane, two new crossings and a 20 mph limit outside schools.</p><p>Tell us what works for you and what does not. We will publish a summary of what you said and what we did.</p>',
        'open', 'post', now() - interval '42 days', now() - interval '43 days')
      returning id`;
    if (!topic) throw new Error("Could not create the benchmark topic");
    await tx`insert into topic_themes (topic_id, theme_id) select ${topic.id}, id from themes where slug in ('transport', 'neighbourhoods', 'community-safety')`;
    await tx`insert into topic_neighbourhoods (topic_id, neighbourhood_id) select ${topic.id}, id from neighbourhoods where slug = 'foleshill'`;

    await tx`
      insert into users (name, email, role, email_verified, created_at)
      select (${names}::text[])[g], 'bench-commenter-' || g || '@example.net', 'resident', now() - interval '60 days', now() - interval '60 days'
      from generate_series(1, ${COMMENTERS}::int) g`;
    await tx`create temporary table bench_authors on commit drop as
      select id, row_number() over (order by email) as n from users where email like 'bench-commenter-%'`;

    // Top-level comments: a few regulars write most of them (random()^2), helpful counts are skewed
    // towards zero, a small share is held or removed by moderators, created over six weeks.
    await tx`
      insert into comments (topic_id, author_id, depth, body, status, hold_reason, removal_reason, helpful_count, submission_key, created_at)
      select ${topic.id}, a.id, 0, (${bodies}::text[])[r.body], r.status::comment_status,
             case when r.status = 'held' then 'flagged'::hold_reason end,
             case when r.status = 'hidden' then 'off_topic'::removal_reason end,
             r.helpful, gen_random_uuid(), now() - interval '42 days' * r.age
      from (
        select 1 + floor(power(random(), 2) * ${COMMENTERS})::int as author,
               1 + floor(random() * ${bodies.length})::int as body,
               case when random() < 0.97 then 'published' when random() < 0.5 then 'held' else 'hidden' end as status,
               floor(power(random(), 4) * 60)::int as helpful,
               random() as age
        from generate_series(1, ${TOP_LEVEL}::int)
      ) r
      join bench_authors a on a.n = r.author`;

    // Replies: the most helpful comments draw the most replies; a reply comes after its parent.
    const addReplies = async (depth: number, total: number) => {
      await tx`
        with parents as (
          select id, created_at, row_number() over (order by helpful_count desc, created_at) as n
          from comments where topic_id = ${topic.id} and depth = ${depth - 1} and status = 'published'
        ), picks as (
          select g, 1 + floor(power(random(), 2) * (select count(*) from parents))::int as n,
                 1 + floor(random() * ${COMMENTERS})::int as author
          from generate_series(1, ${total}::int) g
        )
        insert into comments (topic_id, author_id, parent_id, depth, body, status, helpful_count, submission_key, created_at)
        select ${topic.id}, a.id, p.id, ${depth}, (${replies}::text[])[1 + floor(random() * ${replies.length})::int], 'published',
               floor(power(random(), 5) * 20)::int, gen_random_uuid(),
               least(now(), p.created_at + interval '3 days' * random())
        from picks join parents p using (n) join bench_authors a on a.n = picks.author`;
    };
    await addReplies(1, DEPTH_ONE);
    await addReplies(2, DEPTH_TWO);

    // The posting users: regulars, each with one earlier comment elsewhere (so their posts publish
    // straight away, after the word-list check) and a session as if they signed in just now.
    // Sessions expire in 30 days (the configured maxAge) so Auth.js has no reason to extend them on
    // every request, as it would for a day-old session.
    await tx`
      insert into users (name, email, role, email_verified, created_at)
      select 'Bench poster ' || g, 'bench-poster-' || g || '@example.net', 'resident', now() - interval '30 days', now() - interval '30 days'
      from generate_series(1, ${POSTERS}::int) g`;
    await tx`
      insert into comments (topic_id, author_id, depth, body, status, submission_key, created_at)
      select t.id, u.id, 0, 'An earlier comment on another discussion.', 'published', gen_random_uuid(), now() - interval '20 days'
      from users u cross join (select id from topics where slug = 'community-learning-plan') t
      where u.email like 'bench-poster-%'`;
    const sessions = await tx<{ token: string }[]>`
      insert into sessions (session_token, user_id, expires)
      select encode(sha256(gen_random_uuid()::text::bytea), 'hex'), id, now() + interval '30 days' - interval '1 minute'
      from users where email like 'bench-poster-%'
      returning session_token as token`;
    await tx`analyze comments`.catch(() => undefined);
    return { topicId: topic.id, slug: TOPIC_SLUG, tokens: sessions.map((row) => row.token) };
  });
}

// ---------------------------------------------------------------------------------------------
// The app

type Server = { child: ChildProcess; output: string[] };

function run(command: string, args: string[], quiet: boolean): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: serverEnv, stdio: quiet ? ["ignore", "pipe", "pipe"] : "inherit" });
    const output: string[] = [];
    child.stdout?.on("data", (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr?.on("data", (chunk: Buffer) => output.push(chunk.toString()));
    child.on("error", reject);
    child.on("exit", (code) => {
      if (code === 0) resolve();
      else {
        if (quiet) process.stderr.write(output.join("").split("\n").slice(-40).join("\n"));
        reject(new Error(`${command} ${args.join(" ")} exited with ${code}`));
      }
    });
  });
}

function startServer(): Server {
  // Its own process group, so stopping it stops whatever `next start` runs beneath it.
  const child = spawn("node_modules/.bin/next", ["start", "-p", String(PORT)], { env: serverEnv, stdio: ["ignore", "pipe", "pipe"], detached: true });
  const output: string[] = [];
  const keep = (chunk: Buffer) => {
    output.push(...chunk.toString().split("\n").filter(Boolean));
    if (output.length > 200) output.splice(0, output.length - 200);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  return { child, output };
}

async function stopServer(server: Server): Promise<void> {
  const { child } = server;
  if (child.exitCode !== null || child.signalCode !== null || !child.pid) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, name);
    } catch {
      // already gone
    }
  };
  signal("SIGTERM");
  const stopped = await Promise.race([exited.then(() => true), sleep(10_000).then(() => false)]);
  if (!stopped) {
    signal("SIGKILL");
    await exited;
  }
}

async function waitUntilServing(server: Server): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.child.exitCode !== null) throw new Error(`next start exited with ${server.child.exitCode}:\n${server.output.join("\n")}`);
    try {
      const response = await fetch(`${BASE_URL}/accessibility`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  throw new Error(`The server did not answer within 60 s:\n${server.output.join("\n")}`);
}

// ---------------------------------------------------------------------------------------------
// Measuring

/** CPU time (ms) used so far by each process: Linux /proc, where it is (else nothing is reported). */
function cpuTimes(select: (pid: number, processGroup: number) => boolean): Map<number, number> {
  const times = new Map<number, number>();
  let entries: string[];
  try {
    entries = readdirSync("/proc").filter((name) => /^\d+$/.test(name));
  } catch {
    return times;
  }
  for (const name of entries) {
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      const pid = Number(name);
      if (!select(pid, Number(fields[2]))) continue;
      // utime and stime, in clock ticks of 10 ms (USER_HZ is 100 on Linux).
      times.set(pid, (Number(fields[11]) + Number(fields[12])) * 10);
    } catch {
      // the process ended meanwhile
    }
  }
  return times;
}

type CpuProbe = () => Promise<{ node: number; postgres: number }>;

/** Starts counting the CPU the server process group and its database connections use from now on. */
async function cpuProbe(serverPid: number, sql: postgres.Sql): Promise<CpuProbe> {
  const postgresPids = async () => new Set((await sql<{ pid: number }[]>`select pid from pg_stat_activity where datname = ${DATABASE_NAME} and pid <> pg_backend_pid()`).map((row) => row.pid));
  const sample = async () => {
    const pids = await postgresPids();
    return { node: cpuTimes((_pid, group) => group === serverPid), postgres: cpuTimes((pid) => pids.has(pid)) };
  };
  const used = (before: Map<number, number>, after: Map<number, number>) => [...after].reduce((sum, [pid, ms]) => sum + ms - (before.get(pid) ?? 0), 0);
  const before = await sample();
  return async () => {
    const after = await sample();
    return { node: used(before.node, after.node), postgres: used(before.postgres, after.postgres) };
  };
}

type Measured = {
  label: string;
  sent: number;
  statuses: Map<number, number>;
  ok: number;
  errors: number;
  timeouts: number;
  seconds: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  perSecond: number;
  /** CPU milliseconds per response: the Next server's processes, its Postgres connections, the load generator (this process). */
  cpu: { node: number; postgres: number; autocannon: number } | null;
};

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] as number;
}

/** Runs autocannon and records every response's time itself (autocannon reports p97.5, not p95). */
async function measure(label: string, options: Omit<autocannon.Options, "url">, probe?: CpuProbe): Promise<Measured> {
  const latencies: number[] = [];
  const statuses = new Map<number, number>();
  const ownCpu = process.cpuUsage();
  const instance = autocannon({ ...options, url: BASE_URL, timeout: 10 });
  // The typings lag the library: the tracker's listener gets the client first.
  (instance as unknown as NodeJS.EventEmitter).on("response", (_client: unknown, status: number, _bytes: number, milliseconds: number) => {
    latencies.push(milliseconds);
    statuses.set(status, (statuses.get(status) ?? 0) + 1);
  });
  const result = await instance;
  const serverCpu = probe ? await probe() : null;
  const own = process.cpuUsage(ownCpu);
  const cpu = serverCpu ? { ...serverCpu, autocannon: (own.user + own.system) / 1000 } : null;
  latencies.sort((a, b) => a - b);
  const ok = [...statuses].filter(([status]) => status >= 200 && status < 300).reduce((sum, [, total]) => sum + total, 0);
  return {
    label,
    sent: latencies.length,
    statuses,
    ok,
    errors: result.errors,
    timeouts: result.timeouts,
    seconds: result.duration,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    max: latencies.at(-1) ?? Number.NaN,
    perSecond: ok / result.duration,
    cpu: cpu && latencies.length > 0 && cpu.node > 0 ? { node: cpu.node / latencies.length, postgres: cpu.postgres / latencies.length, autocannon: cpu.autocannon / latencies.length } : null,
  };
}

const ms = (value: number) => `${value.toFixed(1)} ms`;
const verdict = (pass: boolean) => (pass ? "PASS" : "MISS");

function report(m: Measured, connections: number): void {
  const other = [...m.statuses].filter(([status]) => status < 200 || status >= 300).map(([status, total]) => `${status}×${total}`);
  console.log(`\n${m.label}  (${connections} connections, ${m.seconds.toFixed(1)} s)`);
  console.log(`  responses ${m.sent}   2xx ${m.ok}   non-2xx ${m.sent - m.ok}${other.length ? ` (${other.join(", ")})` : ""}   errors ${m.errors}   timeouts ${m.timeouts}`);
  console.log(`  latency   p50 ${ms(m.p50)}   p95 ${ms(m.p95)}   p99 ${ms(m.p99)}   max ${ms(m.max)}`);
  console.log(`  rate      ${m.perSecond.toFixed(1)} req/s (2xx)`);
  if (m.cpu) console.log(`  cpu       per request: ${ms(m.cpu.node)} Next server, ${ms(m.cpu.postgres)} Postgres, ${ms(m.cpu.autocannon)} autocannon (${availableParallelism()} cores in all)`);
}

function broken(m: Measured): string[] {
  const problems: string[] = [];
  if (m.errors > 0) problems.push(`${m.label}: ${m.errors} request errors`);
  if (m.timeouts > 0) problems.push(`${m.label}: ${m.timeouts} timeouts`);
  if (m.sent - m.ok > 0) problems.push(`${m.label}: ${m.sent - m.ok} non-2xx responses`);
  if (m.sent === 0) problems.push(`${m.label}: no responses`);
  return problems;
}

async function countComments(sql: postgres.Sql, topicId: string): Promise<number> {
  const [row] = await sql<{ total: number }[]>`select count(*)::int as total from comments where topic_id = ${topicId}`;
  return row?.total ?? 0;
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<number> {
  const started = Date.now();
  const step = (message: string) => console.log(`[${((Date.now() - started) / 1000).toFixed(1).padStart(5)} s] ${message}`);
  let server: Server | null = null;
  let sql: postgres.Sql | null = null;
  let stopping = false;
  const cleanUp = async () => {
    if (stopping) return;
    stopping = true;
    if (server) await stopServer(server);
    if (sql) await sql.end({ timeout: 5 }).catch(() => undefined);
    if (process.env.BENCH_KEEP_DATABASE === "1") console.log(`BENCH_KEEP_DATABASE=1: kept ${DATABASE_URL} (drop it with \`npx tsx scripts/pg-database.ts drop ${DATABASE_NAME}\`)`);
    else await dropDatabase().catch((error: unknown) => console.error("Could not drop the benchmark database:", error));
  };
  const interrupted = () => {
    console.error("\nInterrupted: stopping the server and dropping the database.");
    void cleanUp().finally(() => process.exit(130));
  };
  process.once("SIGINT", interrupted);
  process.once("SIGTERM", interrupted);

  try {
    step(`creating database ${DATABASE_NAME}`);
    await createDatabase();
    step(`migrating and seeding: ${await migrateAndSeed()}`);
    sql = postgres(DATABASE_URL, { max: 2, onnotice: () => undefined });
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
    step(`next start -p ${PORT}`);
    server = startServer();
    await waitUntilServing(server);

    const pagePath = `/topics/${fixture.slug}`;
    const first = await fetch(`${BASE_URL}${pagePath}`);
    const html = await first.text();
    if (!first.ok || !html.includes("Keeping Foleshill moving")) throw new Error(`The topic page answered ${first.status} without the topic`);
    step(`topic page is ${(html.length / 1024).toFixed(0)} KB of HTML`);

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
          headers: { ...request.headers, "content-type": "application/json", cookie: `authjs.session-token=${token}` },
          body: JSON.stringify({ body, submissionKey: randomUUID() }),
        };
      },
      onResponse: (status, body) => {
        if (status === 201) createdIds.push((JSON.parse(body) as { id: string }).id);
      },
    };

    step("warming up (page and posts)");
    await measure("warm-up page", { connections: 5, amount: 300, requests: [{ method: "GET", path: pagePath }] });
    await measure("warm-up posts", { connections: 5, amount: 100, requests: [postRequest] });

    // Anything else running on the machine competes with the server for the same cores.
    step(`machine: ${availableParallelism()} cores, load average ${loadavg().map((value) => value.toFixed(2)).join(" ")} (1, 5, 15 min) before measuring`);
    const serverPid = server.child.pid ?? 0;
    const database = sql;
    const probe = () => cpuProbe(serverPid, database);
    const results: Measured[] = [];
    step(`GET ${pagePath} for ${DURATION} s`);
    const page = await measure(`GET ${pagePath} (newest first, the default)`, { connections: PAGE_CONNECTIONS, duration: DURATION, requests: [{ method: "GET", path: pagePath }] }, await probe());
    results.push(page);
    const otherSorts: Measured[] = [];
    for (const sort of ["helpful", "oldest"] as const) {
      otherSorts.push(await measure(`GET ${pagePath}?sort=${sort}`, { connections: PAGE_CONNECTIONS, duration: 5, requests: [{ method: "GET", path: `${pagePath}?sort=${sort}` }] }, await probe()));
    }
    results.push(...otherSorts);
    // The floor: a page through the same layout, proxy and headers with no database reads.
    const floor = await measure("GET /accessibility (no database reads: the cost of any page)", { connections: PAGE_CONNECTIONS, duration: 5, requests: [{ method: "GET", path: "/accessibility" }] }, await probe());
    results.push(floor);

    const before = await countComments(sql, fixture.topicId);
    createdIds.length = 0;
    const postsBefore = turn;
    step(`POST ${postPath} for ${DURATION} s`);
    const posts = await measure(`POST ${postPath}`, { connections: POST_CONNECTIONS, duration: DURATION, requests: [postRequest] }, await probe());
    results.push(posts);
    // Requests cut off when the run ended may still be committing: wait until the count settles.
    let after = await countComments(sql, fixture.topicId);
    for (let settled = 0; settled < 3; ) {
      await sleep(300);
      const now = await countComments(sql, fixture.topicId);
      settled = now === after ? settled + 1 : 0;
      after = now;
    }
    const [found] = await sql<{ total: number }[]>`select count(*)::int as total from comments where id = any(${createdIds}::uuid[])`;
    const [statuses] = await sql<{ published: number; held: number }[]>`
      select count(*) filter (where status = 'published')::int as published, count(*) filter (where status = 'held')::int as held
      from comments where id = any(${createdIds}::uuid[])`;
    const delta = after - before;
    const lost = posts.ok - delta;
    const missingIds = createdIds.length - (found?.total ?? 0);
    const postsPerUser = Math.ceil((turn - postsBefore) / fixture.tokens.length);

    console.log("\n================ Results ================");
    report(page, PAGE_CONNECTIONS);
    console.log(`  targets   p95 < ${TARGETS.pageP95Ms} ms: ${verdict(page.p95 < TARGETS.pageP95Ms)}   >= ${TARGETS.pageRps} req/s: ${verdict(page.perSecond >= TARGETS.pageRps)}`);
    for (const other of [...otherSorts, floor]) report(other, PAGE_CONNECTIONS);
    report(posts, POST_CONNECTIONS);
    console.log(`  database  2xx sent ${posts.ok}   comments added ${delta}   lost ${lost}   201 ids not in the database ${missingIds}   (${statuses?.published ?? 0} published, ${statuses?.held ?? 0} held; at most ${postsPerUser} posts per user)`);
    console.log(`  targets   >= ${TARGETS.postsPerSecond} posts/s: ${verdict(posts.perSecond >= TARGETS.postsPerSecond)}   none lost: ${verdict(lost <= 0 && missingIds === 0)}`);

    const problems = results.flatMap(broken);
    if (lost > 0 || missingIds > 0) problems.push(`comments lost: ${lost} (by count), ${missingIds} (by id)`);
    if (lost < 0) console.log(`  note      ${-lost} more comments than 2xx responses: requests cut off as the run ended, committed by the server`);
    if (problems.length > 0) {
      console.error(`\nSomething broke:\n  ${problems.join("\n  ")}`);
      console.error(`\nLast server output:\n${server.output.slice(-30).join("\n")}`);
      return 1;
    }
    return 0;
  } finally {
    step("stopping the server and cleaning up");
    await cleanUp();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);
