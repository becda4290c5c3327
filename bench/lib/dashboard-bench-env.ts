/**
 * Imported first by bench/dashboard.ts: points this process's use of the app's code at the
 * benchmark database before lib/env reads the environment (never a dev server's PGlite folder).
 */
import { DASHBOARD_BENCH } from "./config";

Object.assign(process.env, {
  DATABASE_URL: DASHBOARD_BENCH.databaseUrl,
  AUTH_SECRET: DASHBOARD_BENCH.serverEnv.AUTH_SECRET,
  AUTH_URL: DASHBOARD_BENCH.baseUrl,
  RESEND_API_KEY: "",
  LOG_LEVEL: "warn",
});
