import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { auditLog, surveys } from "@/lib/db/schema";
import { NotFoundError } from "@/lib/errors";
import { getPublicResults } from "@/lib/server/surveys/results/get-public-results";
import { setResultsPublished } from "@/lib/server/surveys/results/publish-results";
import { createUser } from "@/tests/support/factories";
import { skillsGapSurveyWithResponses, type PlannedResponse } from "@/tests/support/survey-response-fixtures";
import type { SurveyRow } from "@/tests/support/survey-fixtures";

let survey: SurveyRow;
let planned: PlannedResponse[];

beforeAll(async () => {
  ({ survey, planned } = await skillsGapSurveyWithResponses(19));
});

const audits = async (surveyId: string) =>
  (await getDb().select({ action: auditLog.action, actorId: auditLog.actorId }).from(auditLog).where(and(eq(auditLog.subjectType, "survey"), eq(auditLog.subjectId, surveyId)))).map((row) => row.action);

describe("publishing the results summary", () => {
  it("is refused in public until published, and audited each way", async () => {
    const officer = await createUser(getDb(), { role: "officer" });
    await expect(getPublicResults(survey.slug)).rejects.toBeInstanceOf(NotFoundError);
    const publishedAt = await setResultsPublished(officer, survey.id, true, new Date("2026-11-20T10:00:00Z"));
    expect(publishedAt?.toISOString()).toBe("2026-11-20T10:00:00.000Z");
    // Publishing again keeps the first date and writes nothing more.
    await setResultsPublished(officer, survey.id, true, new Date("2026-11-21T10:00:00Z"));
    const [row] = await getDb().select({ at: surveys.resultsPublishedAt }).from(surveys).where(eq(surveys.id, survey.id));
    expect(row?.at?.toISOString()).toBe("2026-11-20T10:00:00.000Z");
    expect((await getPublicResults(survey.slug)).responses).toBe(19);
    await setResultsPublished(officer, survey.id, false);
    await expect(getPublicResults(survey.slug)).rejects.toBeInstanceOf(NotFoundError);
    expect(await audits(survey.id)).toEqual(["survey.results_published", "survey.results_unpublished"]);
  });

  it("shows choice, yes/no and scale questions only, with counts under 5 suppressed so totals cannot reveal them", async () => {
    const officer = await createUser(getDb(), { role: "officer" });
    await setResultsPublished(officer, survey.id, true);
    const results = await getPublicResults(survey.slug);
    const ids = results.questions.map((item) => item.id);
    expect(ids).toEqual(["skills_gaps", "gap_skills", "gap_impact", "hired_before", "would_consider", "barriers", "paperwork_confidence", "support_wanted"]);
    expect(ids).not.toContain("follow_up");

    const gaps = results.questions.find((item) => item.id === "skills_gaps");
    const no = planned.filter((item) => item.answers.skills_gaps === "no").length;
    expect(no).toBeLessThan(5);
    // "No" is under 5, so "Yes" is hidden too: 19 answered less the shown "Yes" would give it away.
    expect(gaps?.answered).toBe(19);
    expect(gaps?.cells).toEqual([
      { id: "yes", label: "Yes", count: null, percent: null, hidden: "protects" },
      { id: "no", label: "No", count: null, percent: null, hidden: "small" },
    ]);
    // Multiple choice does not add up to the total: only the small counts are hidden.
    const support = results.questions.find((item) => item.id === "support_wanted");
    expect(support?.cells.find((cell) => cell.id === "language_training")).toEqual({ id: "language_training", label: "English language training for new staff", count: 9, percent: (9 / 19) * 100, hidden: null });
    expect(support?.cells.find((cell) => cell.id === "placements")).toMatchObject({ count: null, percent: null, hidden: "small" });
    for (const item of results.questions) for (const cell of item.cells) if (cell.count !== null) expect(cell.count).toBeGreaterThanOrEqual(5);
  });
});
