import "server-only";
import { env } from "@/lib/env";
import type { ReportFacts } from "@/lib/domain/reports/facts";

/** The public page a report appears on: its topic's, or its survey's (absolute: followed from email). */
export function reportPageUrl(subject: ReportFacts["subject"]): string {
  return `${env.AUTH_URL}/${subject.kind === "topic" ? "topics" : "surveys"}/${subject.slug}`;
}
