import { getTranslations } from "next-intl/server";
import { dimensionWords } from "@/components/insight/dimension-values";
import { fileDownload } from "@/lib/auth/file-download";
import { parseQuery, withPermission } from "@/lib/auth/route";
import { countsCsv } from "@/lib/domain/insight/counts-csv";
import { dimensionsFor } from "@/lib/domain/insight/theme-counts";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { getThemeCounts } from "@/lib/server/insight/get-theme-counts";
import { recordCountsExport } from "@/lib/server/insight/record-counts-export";
import { listNeighbourhoods } from "@/lib/server/reference/list-reference";
import { ZCountsQuery } from "@/lib/validations/insight";

/**
 * A subject's theme counts by one dimension as CSV: GET /api/console/insight/counts.csv?topicId=<id>&by=<dimension>
 * (or surveyId and questionKey for a survey's question). Suppressed as the page shows them; no text of
 * any item, nobody named. Officers only (`insight:analyse`); every download is written to the audit
 * log first. 400 for an unknown dimension, 404 for an unknown subject.
 */
export const GET = withPermission("insight:analyse", async (request, { user }) => {
  const query = parseQuery(request, ZCountsQuery, "problems.insight.dimension");
  const ref = query.topicId
    ? { kind: "topic" as const, topicId: query.topicId }
    : query.surveyId && query.questionKey
      ? { kind: "survey_question" as const, surveyId: query.surveyId, questionKey: query.questionKey }
      : null;
  if (!ref) throw new NotFoundError("problems.insight.notFound");
  const dimension = dimensionsFor(ref.kind).find((key) => key === query.by);
  if (!dimension) throw new ValidationError("problems.insight.dimension");
  const { filename } = await recordCountsExport(user, ref, dimension);
  const words = await dimensionWords(ref.kind, dimension, await listNeighbourhoods());
  const [counts, t, eq] = await Promise.all([getThemeCounts(ref, dimension, words.values.map((value) => value.key)), getTranslations("insight.counts"), getTranslations("equalities")]);
  const csv = countsCsv(counts.rows, words.values, { theme: t("theme"), total: t("total"), notKnown: t("notKnown"), fewerThan10: eq("fewerThan10"), hidden: eq("hidden"), nobody: eq("nobody") });
  return fileDownload(csv, "text/csv", filename);
});
