import { parse } from "csv-parse/sync";
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { auditLog, surveyResponses } from "@/lib/db/schema";
import { ConflictError, ValidationError } from "@/lib/errors";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import { countResponsesByChannel } from "@/lib/server/surveys/count-responses-by-channel";
import { surveyExportStream } from "@/lib/server/surveys/export/stream-survey-export";
import { importOfflineResponses } from "@/lib/server/surveys/offline/import-offline-responses";
import { previewResponseImport } from "@/lib/server/surveys/offline/preview-response-import";
import { submitOfflineResponse } from "@/lib/server/surveys/offline/submit-offline-response";
import { countResponses } from "@/lib/server/surveys/results/count-answers";
import { getSurveyResults } from "@/lib/server/surveys/results/get-survey-results";
import { listTextAnswers } from "@/lib/server/surveys/results/list-text-answers";
import { countsFrom } from "@/lib/domain/surveys/results/counts";
import { summariseCounts } from "@/lib/domain/surveys/results/summarise";
import { foldSurveyTallies } from "@/lib/server/surveys/tallies/fold-survey-tallies";
import { createUser } from "@/tests/support/factories";
import { createSurvey, SKILLS_GAP_SURVEY, type SurveyRow } from "@/tests/support/survey-fixtures";
import { createNeighbourhoods, skillsGapAnswers, submitPlanned } from "@/tests/support/survey-response-fixtures";

let officer: CurrentUser;
const NOW = new Date("2026-11-20T15:00:00Z");

beforeAll(async () => {
  officer = await createUser(getDb(), { role: "officer" });
});

async function problemsOf(promise: Promise<unknown>): Promise<Record<string, string[]>> {
  const error = await promise.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof ValidationError)) throw new Error(`Expected a ValidationError, got ${String(error)}`);
  return Object.fromEntries(Object.entries(error.fieldProblems).map(([field, messages]) => [field, messages.map((item) => item.key)]));
}

const rowsOf = (surveyId: string) => getDb().select().from(surveyResponses).where(eq(surveyResponses.surveyId, surveyId));
const csvFile = (text: string, name = "responses.csv") => new File([text], name, { type: "text/csv" });

describe("entering a paper, phone or event response", () => {
  let survey: SurveyRow;
  beforeAll(async () => {
    survey = await createSurvey(getDb());
  });

  it("refuses mistakes field by field, with the website's checks, and saves nothing", async () => {
    const problems = await problemsOf(submitOfflineResponse(officer, survey.id, { channel: "fax", received: "31/02/2026", form: { "q.why": "x".repeat(201) } }, NOW));
    expect(problems).toEqual({
      channel: ["validation.surveyEntry.channel"],
      received: ["validation.surveyEntry.receivedDate"],
      "q.likes": ["validation.answer.selectOne"],
      "q.why": ["validation.answer.tooLong"],
    });
    expect(await problemsOf(submitOfflineResponse(officer, survey.id, { channel: "paper", received: "2026-11-21", form: { "q.likes": "no" } }, NOW))).toEqual({ received: ["validation.surveyEntry.receivedFuture"] });
    // Skip logic as on the pages: "yes" shows the second section, whose colours are required.
    expect(await problemsOf(submitOfflineResponse(officer, survey.id, { channel: "paper", received: "", form: { "q.likes": "yes" } }, NOW))).toEqual({ "q.colours": ["validation.answer.selectAtLeastOne"] });
    expect(await rowsOf(survey.id)).toHaveLength(0);
  });

  it("saves a submitted response with its channel, the officer, a reference and its tallies, linked to no account, and audits it", async () => {
    // "No" hides the second section: its answers are dropped, and its required question is not asked.
    const { reference } = await submitOfflineResponse(officer, survey.id, { channel: "paper", received: "3/11/2026", form: { "q.likes": "no", "q.colours": ["red"], "q.why": "Too far" } }, NOW);
    expect(reference).toMatch(/^LT-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    const [row] = await rowsOf(survey.id);
    expect(row).toMatchObject({ status: "submitted", reference, channel: "paper", enteredBy: officer.id, respondentId: null, respondentKey: null, answers: { likes: "no", why: "Too far" } });
    expect(row?.submittedAt?.toISOString()).toBe("2026-11-03T12:00:00.000Z");
    await submitOfflineResponse(officer, survey.id, { channel: "phone", received: "", form: { "q.likes": "yes", "q.colours": ["blue", "other"], "q.colours.other": "Green" } }, NOW);
    const results = await getSurveyResults(survey.id);
    expect(results.responses).toBe(2);
    expect(await countResponsesByChannel(survey.id)).toEqual({ web: 0, paper: 1, phone: 1, event: 0, total: 2 });
    const [audit] = await getDb().select().from(auditLog).where(and(eq(auditLog.action, "survey.response_entered"), eq(auditLog.subjectId, survey.id)));
    expect(audit).toMatchObject({ actorId: officer.id, details: { channel: "paper", reference, received: "2026-11-03" } });
  });

  it("takes none for a survey not yet published", async () => {
    const draft = await createSurvey(getDb(), { status: "draft" });
    await expect(submitOfflineResponse(officer, draft.id, { channel: "paper", received: "", form: { "q.likes": "no" } }, NOW)).rejects.toBeInstanceOf(ConflictError);
  });
});

describe("importing responses from a CSV file", () => {
  let survey: SurveyRow;
  const file = ["channel,received,likes,why,colours,colours.other,score", "paper,2026-11-01,yes,,Red;other,Green,4", "phone,,maybe,,,,", "event,02/11/2026,No,Parking,,,", ""].join("\r\n");

  beforeAll(async () => {
    survey = await createSurvey(getDb());
  });

  it("previews every row's problems by row and column, and saves nothing", async () => {
    const preview = await previewResponseImport(survey.id, csvFile(file), NOW);
    expect(preview).toMatchObject({ ready: 2, errors: 1, already: 0 });
    const bad = preview.rows.find((row) => row.problems.length > 0);
    expect(bad?.line).toBe(3);
    expect(bad?.problems.map((problem) => [problem.column, problem.message.key])).toEqual([["likes", "validation.answer.yesOrNo"]]);
    expect(await rowsOf(survey.id)).toHaveLength(0);
  });

  it("saves nothing from a file with problems unless the officer keeps the good rows", async () => {
    const problems = await problemsOf(importOfflineResponses(officer, survey.id, { fileName: "responses.csv", text: file, keepGood: false }, NOW));
    expect(problems).toEqual({ file: ["validation.responseImport.rowsHaveProblems"] });
    expect(await rowsOf(survey.id)).toHaveLength(0);
    expect(await importOfflineResponses(officer, survey.id, { fileName: "responses.csv", text: file, keepGood: true }, NOW)).toEqual({ imported: 2, skipped: 1, already: 0 });
    const rows = await rowsOf(survey.id);
    expect(rows.map((row) => [row.channel, row.enteredBy, row.answers]).sort()).toEqual([
      ["event", officer.id, { likes: "no", why: "Parking" }],
      ["paper", officer.id, { likes: "yes", colours: ["red", "other"], "colours.other": "Green", score: 4 }],
    ]);
    const results = await getSurveyResults(survey.id);
    expect(results.responses).toBe(2);
  });

  it("counts a file imported twice once; its corrected rows are added on their own", async () => {
    expect(await importOfflineResponses(officer, survey.id, { fileName: "again.csv", text: file, keepGood: true }, NOW)).toEqual({ imported: 0, skipped: 1, already: 2 });
    const corrected = file.replace("phone,,maybe", "phone,,yes").replace("yes,,,,", "yes,,blue,,");
    const preview = await previewResponseImport(survey.id, csvFile(corrected), NOW);
    expect(preview).toMatchObject({ ready: 1, errors: 0, already: 2 });
    expect(await importOfflineResponses(officer, survey.id, { fileName: "fixed.csv", text: corrected, keepGood: false }, NOW)).toEqual({ imported: 1, skipped: 0, already: 2 });
    expect(await rowsOf(survey.id)).toHaveLength(3);
    expect(await countResponsesByChannel(survey.id)).toEqual({ web: 0, paper: 1, phone: 1, event: 1, total: 3 });
  });

  it("saves a file's rows once when two imports of it run at once", async () => {
    const other = await createSurvey(getDb());
    const text = "channel,likes\npaper,no\npaper,no\nphone,no\n";
    const both = await Promise.all([1, 2].map(() => importOfflineResponses(officer, other.id, { fileName: "twice.csv", text, keepGood: false }, NOW)));
    expect(both.map((result) => result.imported).sort()).toEqual([0, 3]);
    expect(await rowsOf(other.id)).toHaveLength(3);
  });

  it("refuses a file it cannot use as a whole: unknown columns, too many rows", async () => {
    expect(await problemsOf(previewResponseImport(survey.id, csvFile("channel,likes,shoe_size\r\npaper,yes,9\r\n"), NOW))).toEqual({ file: ["validation.contactImport.unknownColumns"] });
    const many = ["channel,likes", ...Array.from({ length: 2001 }, () => "paper,no")].join("\n");
    expect(await problemsOf(previewResponseImport(survey.id, csvFile(many), NOW))).toEqual({ file: ["validation.responseImport.tooManyRows"] });
  });

  it("reads an employer survey's organisation block, the neighbourhood by its name", async () => {
    const employer = await createSurvey(getDb(), { definition: SKILLS_GAP_SURVEY.definition, asksOrganisation: true });
    const [place] = await createNeighbourhoods(1);
    const header = "channel,organisation_name,sector,size_band,neighbourhood,skills_gaps,hired_before,would_consider,support_wanted,vacancies";
    const text = [header, `paper,Acme,c,Small,${place?.name.toUpperCase()},no,yes,yes,mentoring,3`, "paper,Bodge,Z,huge,Nowhere,no,yes,yes,mentoring,3"].join("\n");
    const preview = await previewResponseImport(employer.id, csvFile(text), NOW);
    expect(preview.rows[1]?.problems.map((problem) => problem.column).sort()).toEqual(["neighbourhood", "sector", "size_band"]);
    await importOfflineResponses(officer, employer.id, { fileName: "employers.csv", text, keepGood: true }, NOW);
    const [row] = await rowsOf(employer.id);
    expect(row).toMatchObject({ organisationName: "Acme", sector: "C", sizeBand: "small", neighbourhoodId: place?.id, channel: "paper" });
  });
});

describe("results and exports by channel", () => {
  let survey: SurveyRow;

  beforeAll(async () => {
    survey = await createSurvey(getDb(), { definition: SKILLS_GAP_SURVEY.definition, asksOrganisation: true });
    const [place] = await createNeighbourhoods(1);
    const employer = { sector: "C" as const, sizeBand: "small" as const, neighbourhoodId: place?.id ?? "" };
    await submitPlanned(survey, [0, 1, 2].map((index) => ({ answers: skillsGapAnswers(index), employer, at: new Date(Date.UTC(2026, 10, 1, 9, index)) })));
    const form = { "org.organisationName": "Paper Ltd", "org.sector": "C", "org.sizeBand": "small", "org.neighbourhoodId": place?.id ?? "", "q.skills_gaps": "no", "q.hired_before": "yes", "q.would_consider": "no", "q.support_wanted": "mentoring", "q.vacancies": "7", "q.hard_to_fill": "Welders, on paper" };
    await submitOfflineResponse(officer, survey.id, { channel: "paper", received: "", form }, NOW);
    await foldSurveyTallies();
    await submitOfflineResponse(officer, survey.id, { channel: "event", received: "", form: { ...form, "q.vacancies": "9", "q.hard_to_fill": "" } }, NOW);
  });

  it("counts each channel (folded tallies and deltas not folded yet alike) and filters the results by one", async () => {
    expect(await countResponsesByChannel(survey.id)).toEqual({ web: 3, paper: 1, phone: 0, event: 1, total: 5 });
    const all = await getSurveyResults(survey.id);
    expect(all).toMatchObject({ source: "tallies", responses: 5 });
    const paper = await getSurveyResults(survey.id, { channel: "paper" });
    expect(paper).toMatchObject({ source: "responses", responses: 1 });
    const vacancies = paper.questions.find((result) => result.question.id === "vacancies");
    expect(vacancies).toMatchObject({ kind: "number", mean: 7 });
    // The website's alone: the tallies less the few entered responses, the same as a scan of its rows.
    for (const filters of [{ channel: "web" as const }, { channel: "web" as const, sector: "C" as const, by: "size" as const }]) {
      const web = await getSurveyResults(survey.id, filters);
      expect(web).toMatchObject({ source: "tallies", responses: 3 });
      const scanned = summariseCounts(survey.definition, countsFrom(await countResponses(getDb(), survey.id, survey.definition, filters)));
      expect(web.questions).toEqual(scanned.questions);
      expect(web.crossTab === null).toBe(!("by" in filters));
    }
  });

  it("lists a channel's written answers, counting only that channel's", async () => {
    const all = await listTextAnswers(survey.id, "hard_to_fill", {});
    const paper = await listTextAnswers(survey.id, "hard_to_fill", { channel: "paper" });
    expect(all.total).toBe(2);
    expect(paper).toMatchObject({ total: 1, items: [{ text: "Welders, on paper" }] });
  });

  it("exports the channel of each response, and only the channel asked for", async () => {
    const read = async (filters: object) => parse(Buffer.from(await new Response(surveyExportStream({ surveyId: survey.id, format: "csv", filters })).arrayBuffer()), { bom: true, columns: true }) as Record<string, string>[];
    expect((await read({})).map((record) => record.Channel).sort()).toEqual(["event", "paper", "web", "web", "web"]);
    expect((await read({ channel: "event" })).map((record) => [record.Channel, record.Organisation])).toEqual([["event", "Paper Ltd"]]);
  });
});
