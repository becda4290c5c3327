import { availableParallelism } from "node:os";
/** Settings of the benchmarks: where they run, how long, how big the data is, and the targets. */
export const SERVER_URL = process.env.BENCH_PG_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
/** Two copies of a bench can share a machine: BENCH_DATABASE_PREFIX renames every bench database, BENCH_PORT_OFFSET moves every port. */
const DATABASE_PREFIX = process.env.BENCH_DATABASE_PREFIX ?? "lets_talk_bench";
const PORT_OFFSET = Number(process.env.BENCH_PORT_OFFSET ?? 0);

/** Where one benchmark runs: its own database on the server and its own port for the server. */
export interface BenchTarget {
  databaseName: string;
  databaseUrl: string;
  port: number;
  baseUrl: string;
  /** The environment `scripts/e2e-server.ts` gives the app, pointed at the benchmark database. */
  serverEnv: NodeJS.ProcessEnv;
}

function benchTarget(suffix: string, basePort: number): BenchTarget {
  const databaseName = `${DATABASE_PREFIX}${suffix}`;
  const port = basePort + PORT_OFFSET;
  const url = new URL(SERVER_URL);
  url.pathname = `/${databaseName}`;
  const baseUrl = `http://localhost:${port}`;
  return {
    databaseName,
    databaseUrl: url.toString(),
    port,
    baseUrl,
    serverEnv: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: url.toString(),
      AUTH_URL: baseUrl,
      AUTH_SECRET: "benchmark-secret-not-for-production-0000000000",
      ADMIN_EMAILS: "",
      RESEND_API_KEY: "",
      NEXT_TELEMETRY_DISABLED: "1",
      LOG_LEVEL: "warn",
      // Server processes (npm start's WEB_CONCURRENCY): one per core by default.
      WEB_CONCURRENCY: process.env.BENCH_WEB_CONCURRENCY ?? String(availableParallelism()),
    },
  };
}

/** bench:topics */
export const TOPICS_BENCH = benchTarget("", 3200);
/** bench:web: the demo data, served for the JavaScript sums and Lighthouse. */
export const WEB_BENCH = benchTarget("_web", 3207);

export const DURATION = Number(process.env.BENCH_DURATION ?? 15);
export const PAGE_CONNECTIONS = Number(process.env.BENCH_PAGE_CONNECTIONS ?? 10);
export const POST_CONNECTIONS = Number(process.env.BENCH_POST_CONNECTIONS ?? 30);
export const POSTERS = Number(process.env.BENCH_POSTERS ?? 2000);

export const TOPIC_SLUG = "bench-keeping-foleshill-moving";
export const TOPIC_TITLE = "Keeping Foleshill moving: buses, crossings and safer streets";
/** BENCH_SCALE=10: a second topic with ten times the comments (100,000), compared with the 10,000-comment one. */
export const SCALE = Math.max(1, Math.round(Number(process.env.BENCH_SCALE ?? 1)));
export const TOP_LEVEL = 7000;
export const DEPTH_ONE = 2000;
export const DEPTH_TWO = 1000;
export const COMMENTERS = 500;

/** Issue 16's targets for bench:topics, each a ratio to a baseline measured in the same run. */
export const TARGETS = {
  /** Signed-out topic page, of raw node:http serving the same bytes. */
  pageOfRawNode: 0.15,
  /** Signed-in topic page's rate, of the signed-out rate; its p95 below this multiple of signed out's. */
  signedInOfSignedOut: 0.5,
  signedInP95Times: 3,
  /** /accessibility (no database reads), of raw node:http serving the same bytes. */
  floorOfRawNode: 0.25,
  /** Comment posts, of pgbench inserting a 200-character row at the same number of connections. */
  postsOfPgbench: 0.1,
  /** The 100,000-comment page's p95, within this multiple of the 10,000-comment page's. */
  scaledP95Times: 1.5,
};

/** bench:surveys: its own database and port, so it can run beside bench:topics. */
export const SURVEYS_BENCH = benchTarget("_surveys", 3201);

/** bench:dashboard: the dashboard's queries over 10,000 comments and 100,000 responses. */
export const DASHBOARD_BENCH = benchTarget("_dashboard", 3205);

/** bench:campaign */
export const CAMPAIGN_BENCH = benchTarget("_campaign", 3206);
export const CAMPAIGN_RECIPIENTS = Number(process.env.BENCH_CAMPAIGN_RECIPIENTS ?? 10_000);
/** The provider's rate limit for the paced run (Resend's default: 2 requests a second), and how long it runs. */
export const CAMPAIGN_PROVIDER_RATE = Number(process.env.BENCH_CAMPAIGN_RATE ?? 2);
export const CAMPAIGN_PACED_SECONDS = Number(process.env.BENCH_CAMPAIGN_PACED_SECONDS ?? 10);
/** The fake provider's rate for the crash test, so every recipient can be sent to in a benchmark's time. */
export const CAMPAIGN_CRASH_RATE = Number(process.env.BENCH_CAMPAIGN_CRASH_RATE ?? 500);
export const CAMPAIGN_TARGETS = { importSeconds: 10, queueSeconds: 5 };

/** bench:insight: 10,000 comments analysed into themes. */
export const INSIGHT_BENCH = benchTarget("_insight", 3208);
export const INSIGHT_COMMENTS = Number(process.env.BENCH_INSIGHT_COMMENTS ?? 10_000);
/** Issue 17's target: 10,000 comments analysed in under 10 s. */
export const INSIGHT_TARGET_SECONDS = 10;
/** bench:report: its own database (no server is started; the port is reserved for symmetry). */
export const REPORT_BENCH = benchTarget("_report", 3210);
