import { parse } from "csv-parse/sync";
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { auditLog } from "@/lib/db/schema";
import { readResponseBatches } from "@/lib/server/surveys/export/shared/read-response-batches";
import { recordSurveyExport } from "@/lib/server/surveys/export/record-survey-export";
import { surveyExportStream } from "@/lib/server/surveys/export/stream-survey-export";
import { createUser } from "@/tests/support/factories";
import { skillsGapSurveyWithResponses, submitPlanned, type PlannedResponse } from "@/tests/support/survey-response-fixtures";
import { createSurvey, type SurveyRow } from "@/tests/support/survey-fixtures";

let survey: SurveyRow;
let planned: PlannedResponse[];

beforeAll(async () => {
  ({ survey, planned } = await skillsGapSurveyWithResponses(25, { anonymous: false }));
});

async function readAll(stream: ReadableStream<Uint8Array>): Promise<Buffer> {
  return Buffer.from(await new Response(stream).arrayBuffer());
}

async function csvRecords(surveyId: string, filters = {}): Promise<{ raw: Buffer; records: Record<string, string>[] }> {
  const raw = await readAll(surveyExportStream({ surveyId, format: "csv", filters }));
  return { raw, records: parse(raw, { bom: true, columns: true }) };
}

const SKILLS = "Which skills are hardest to find?";

describe("CSV export", () => {
  it("starts with the byte order mark and parses back to the same answers, oldest first", async () => {
    const { raw, records } = await csvRecords(survey.id);
    expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(records).toHaveLength(25);
    planned.forEach((item, index) => {
      const record = records[index];
      expect(record?.["Submitted at"]).toBe(item.at.toISOString());
      expect(record?.["Does your organisation have significant skills gaps at the moment?"]).toBe(item.answers.skills_gaps === "yes" ? "Yes" : "No");
      expect(record?.["About how many vacancies do you expect in the next 12 months?"]).toBe(String(item.answers.vacancies));
      const chosen = Array.isArray(item.answers.gap_skills) ? item.answers.gap_skills : [];
      expect(record?.[`${SKILLS}: Spoken and written English`]).toBe(chosen.includes("english") ? "Yes" : "");
      expect(record?.[`${SKILLS}: Other`]).toBe(chosen.includes("other") ? "Yes" : "");
      expect(record?.[`${SKILLS}: other (please specify)`]).toBe(String(item.answers["gap_skills.other"] ?? ""));
      expect(record?.["Which roles are hardest to fill?"]).toBe(String(item.answers.hard_to_fill ?? ""));
      expect(record?.Sector).toBeTruthy();
      expect(record?.Reference).toMatch(/^LT-/);
    });
  });

  it("honours the filters", async () => {
    const { records } = await csvRecords(survey.id, { sector: "F", size: "small" });
    const matching = planned.filter((item) => item.employer?.sector === "F" && item.employer.sizeBand === "small");
    expect(records.map((record) => record["Submitted at"])).toEqual(matching.map((item) => item.at.toISOString()));
    expect(new Set(records.map((record) => record.Sector))).toEqual(new Set(["Construction"]));
  });

  it("neutralises formulas in answers, and an anonymous survey has no respondent columns", async () => {
    const anonymous = await createSurvey(getDb());
    const at = new Date("2026-11-01T12:00:00Z");
    await submitPlanned(anonymous, [{ answers: { likes: "yes", why: '=HYPERLINK("http://evil.example","click")', colours: ["red"] }, at }]);
    const { records } = await csvRecords(anonymous.id);
    expect(records[0]?.["Why?"]).toBe(`'=HYPERLINK("http://evil.example","click")`);
    expect(Object.keys(records[0] ?? {})).not.toContain("Respondent email");
    expect(Object.keys(records[0] ?? {})).not.toContain("Organisation");
    const named = await csvRecords(survey.id);
    expect(Object.keys(named.records[0] ?? {})).toContain("Respondent email");
  });

  it("pages through responses by (submitted at, id) without missing or repeating any, even at the same moment", async () => {
    const same = await createSurvey(getDb());
    const at = new Date("2026-11-05T08:00:00Z");
    await submitPlanned(same, Array.from({ length: 7 }, () => ({ answers: { likes: "no" }, at })));
    const batches: number[] = [];
    const references: (string | null)[] = [];
    for await (const batch of readResponseBatches(getDb(), same.id, {}, { identity: false, batchSize: 3 })) {
      batches.push(batch.length);
      references.push(...batch.map((row) => row.reference));
    }
    expect(batches).toEqual([3, 3, 1]);
    expect(new Set(references).size).toBe(7);
  });

  it("writes an audit row with the format and filters, and names the file after the survey", async () => {
    const officer = await createUser(getDb(), { role: "officer" });
    const { filename } = await recordSurveyExport(officer, survey.id, "csv", { sector: "C" }, new Date("2026-11-23T10:00:00Z"));
    expect(filename).toBe(`${survey.slug}-responses-C-2026-11-23.csv`);
    const rows = await getDb()
      .select({ actorId: auditLog.actorId, details: auditLog.details })
      .from(auditLog)
      .where(and(eq(auditLog.action, "survey.export"), eq(auditLog.subjectId, survey.id)));
    expect(rows).toEqual([{ actorId: officer.id, details: { format: "csv", filters: { sector: "C" } } }]);
  });
});
