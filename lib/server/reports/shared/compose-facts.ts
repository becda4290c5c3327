import "server-only";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import type { Executor } from "@/lib/db/client";
import type { ReportFacts } from "@/lib/domain/reports/facts";
import { readParticipation } from "./participation";
import { readResults } from "./results";
import { readSubject, type ReportSubject } from "./subject";
import { readThemes } from "./themes";

/**
 * Everything a report says of its subject, now: what was asked and when, who took part (and who is
 * missing), the results and the themes. Every count is aggregated in SQL (tallies, grouped counts)
 * and suppressed before it leaves here; no response or comment row is held beyond the quotes.
 */
export async function composeFacts(executor: Executor, user: CurrentUser, subject: ReportSubject): Promise<ReportFacts> {
  const row = await readSubject(executor, subject);
  const [participation, results, themes] = await Promise.all([readParticipation(executor, user, subject), readResults(executor, subject), readThemes(executor, subject, row.definition)]);
  return {
    subject: { kind: subject.kind, title: row.title, slug: row.slug },
    asked: row.asked,
    participation: participation.participation,
    results,
    themes,
    method: { analysed: themes.length > 0, channels: participation.channels, ...participation.dates },
  };
}
