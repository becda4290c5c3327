/**
 * Imported first by bench/campaign.ts and its dispatcher child: points this process's use of the
 * app's code at the benchmark database before lib/env reads the environment.
 */
import { CAMPAIGN_BENCH } from "./config";

Object.assign(process.env, {
  DATABASE_URL: CAMPAIGN_BENCH.databaseUrl,
  AUTH_SECRET: CAMPAIGN_BENCH.serverEnv.AUTH_SECRET,
  AUTH_URL: CAMPAIGN_BENCH.baseUrl,
  RESEND_API_KEY: "",
  LOG_LEVEL: "warn",
});
