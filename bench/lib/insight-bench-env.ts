/**
 * Imported first by bench/insight.ts: points this process's use of the app's code at the benchmark
 * database before lib/env reads the environment (never a dev server's PGlite folder).
 */
import { INSIGHT_BENCH } from "./config";

Object.assign(process.env, {
  DATABASE_URL: INSIGHT_BENCH.databaseUrl,
  AUTH_SECRET: INSIGHT_BENCH.serverEnv.AUTH_SECRET,
  AUTH_URL: INSIGHT_BENCH.baseUrl,
  RESEND_API_KEY: "",
  LOG_LEVEL: "warn",
});
