/** Settings of the topic benchmark: where it runs, how long, how big the discussion is, and the targets. */
export const PORT = 3200;
export const BASE_URL = `http://localhost:${PORT}`;
export const DATABASE_NAME = "lets_talk_bench";
export const SERVER_URL = process.env.BENCH_PG_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
export const DATABASE_URL = (() => {
  const url = new URL(SERVER_URL);
  url.pathname = `/${DATABASE_NAME}`;
  return url.toString();
})();

export const DURATION = Number(process.env.BENCH_DURATION ?? 15);
export const PAGE_CONNECTIONS = Number(process.env.BENCH_PAGE_CONNECTIONS ?? 10);
export const POST_CONNECTIONS = Number(process.env.BENCH_POST_CONNECTIONS ?? 30);
export const POSTERS = Number(process.env.BENCH_POSTERS ?? 2000);

export const TOPIC_SLUG = "bench-keeping-foleshill-moving";
export const TOP_LEVEL = 7000;
export const DEPTH_ONE = 2000;
export const DEPTH_TWO = 1000;
export const COMMENTERS = 500;

export const TARGETS = { pageP95Ms: 50, pageRps: 300, postsPerSecond: 500 };

/** The environment `scripts/e2e-server.ts` gives the app, pointed at the benchmark database. */
export const serverEnv: NodeJS.ProcessEnv = {
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
