/**
 * Imported first by bench/surveys.ts: points this process's own use of the app's code (the results
 * query timed in-process) at the benchmark database before lib/env reads the environment, so it
 * can never open the PGlite folder of a dev server.
 */
import { SURVEYS_BENCH } from "./config";

Object.assign(process.env, {
  DATABASE_URL: SURVEYS_BENCH.databaseUrl,
  AUTH_SECRET: SURVEYS_BENCH.serverEnv.AUTH_SECRET,
  AUTH_URL: SURVEYS_BENCH.baseUrl,
  RESEND_API_KEY: "",
  LOG_LEVEL: "warn",
});
