import "server-only";
import { getDb } from "@/lib/db/client";
import { readSummaryIntro } from "./shared/summary-intro";

/** The officers' message at the top of scheduled summaries, for its form in the console. */
export function getSummaryIntro() {
  return readSummaryIntro(getDb());
}
