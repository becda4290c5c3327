/**
 * Imported first by bench/report.ts: points this process's use of the app's code (the tallies'
 * fold while seeding) at the benchmark database before lib/env reads the environment.
 */
import { REPORT_BENCH } from "./config";

Object.assign(process.env, {
  DATABASE_URL: REPORT_BENCH.databaseUrl,
  AUTH_SECRET: REPORT_BENCH.serverEnv.AUTH_SECRET,
  AUTH_URL: REPORT_BENCH.baseUrl,
  RESEND_API_KEY: "",
  LOG_LEVEL: "warn",
});
