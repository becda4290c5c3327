import pino from "pino";
import { env } from "@/lib/env";

/** The platform's structured logger (JSON lines on stdout). */
export const logger = pino({
  level: env.NODE_ENV === "test" ? "silent" : env.LOG_LEVEL,
  base: { app: "lets-talk" },
  redact: { paths: ["*.token", "*.url", "*.password", "*.secret"], censor: "[redacted]" },
});
