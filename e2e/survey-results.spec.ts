import { readFile } from "node:fs/promises";
import { parse } from "csv-parse/sync";
import { SKILLS_GAP_SLUG, SKILLS_GAP_SURVEY } from "@/lib/seed/demo-surveys";
import { conditionValues, ZSurveyDefinition } from "@/lib/domain/surveys/definition";
import { suppressSmallNumbers } from "@/lib/domain/surveys/results/suppress";
import { copySurvey, createAccount, sql } from "./support/db";
import { expect, expectAccessible, signIn, test } from "./support/fixtures";
import { insertSubmittedResponses, talliedCounts, type E2EResponse } from "./support/survey-responses";

const GAPS = "Does your organisation have significant skills gaps at the moment?";
const ROLES = "Which roles are hardest to fill?";
const definition = ZSurveyDefinition.parse(SKILLS_GAP_SURVEY.definition);

/** Eight employers: five in accommodation and food (sector I), three in manufacturing. */
function plannedResponses(): E2EResponse[] {
  const start = Date.UTC(2026, 10, 2, 9, 0, 0);
  return Array.from({ length: 8 }, (_, index) => ({
    sector: index < 5 ? "I" : "C",
    sizeBand: index % 2 === 0 ? "small" : "medium",
    submittedAt: new Date(start + index * 3_600_000),
    answers: {
      skills_gaps: index === 4 ? "no" : "yes",
      hard_to_fill: index === 0 ? "=HYPERLINK(\"http://evil.example\")" : `Kitchen porters and chefs, round ${index}`,
      ...(index === 4 ? {} : { gap_skills: index === 1 ? ["english", "safety"] : ["english"], gap_impact: (index % 5) + 1 }),
      hired_before: "yes",
      would_consider: index % 2 === 0 ? "yes" : "maybe",
      support_wanted: ["paperwork_guidance"],
      support_usefulness: { briefing: 4, helpline: 5, referrals: 3 },
      vacancies: index + 2,
    },
  }));
}

test("an officer filters the skills-gap results, downloads the CSV and publishes the summary with small numbers suppressed", async ({ browser }) => {
  // One long journey: five pages, four accessibility scans, two downloads.
  test.setTimeout(120_000);
  // A copy of the skills-gap survey with eight responses: publishing its results changes no one else's survey.
  const { slug } = await copySurvey(SKILLS_GAP_SLUG);
  const { surveyId } = await insertSubmittedResponses(slug, plannedResponses());
  const visitor = await (await browser.newContext()).newPage();
  const unpublished = await visitor.goto(`/surveys/${slug}/results`);
  expect(unpublished?.status()).toBe(404);
  await expect(visitor.getByRole("heading", { name: "These results are not published" })).toBeVisible();

  const context = await browser.newContext({ acceptDownloads: true });
  const officer = await context.newPage();
  await signIn(officer, await createAccount("officer"), `/console/surveys/${surveyId}/results`);
  await expect(officer.getByRole("heading", { level: 1, name: "Results", exact: true })).toBeVisible();
  await expect(officer.getByText("Employer skills-gap survey").first()).toBeVisible();
  const [counted] = await sql<{ total: number }[]>`select count(*)::int as total from survey_responses where survey_id = ${surveyId} and status = 'submitted'`;
  await expect(officer.getByRole("list", { name: "Headline figures" })).toContainText(`${counted?.total ?? 0} responses`);
  await expect(officer.getByRole("img", { name: GAPS })).toBeVisible();
  await expectAccessible(officer);
  await officer.screenshot({ path: "/tmp/results-console.png", fullPage: true });

  // Filter by sector, without JavaScript's help: a GET form.
  await officer.getByLabel("Sector").selectOption("I");
  await officer.getByLabel("Compare by").selectOption("size");
  await officer.getByRole("button", { name: "Apply filters" }).click();
  await expect(officer).toHaveURL(/sector=I/);
  const inSector = await sql<{ reference: string; answers: Record<string, unknown>; submitted_at: Date }[]>`
    select reference, answers, submitted_at from survey_responses
    where survey_id = ${surveyId} and status = 'submitted' and sector = 'I' order by submitted_at, id`;
  await expect(officer.getByRole("list", { name: "Headline figures" })).toContainText(`${inSector.length} responses`);
  await expect(officer.getByRole("table", { name: `${GAPS} – by size` })).toBeVisible();
  await expectAccessible(officer);
  await officer.screenshot({ path: "/tmp/results-console-filtered.png", fullPage: true });

  // Read and search the written answers.
  await officer.getByRole("link", { name: /^Read the \d+ answers?$/ }).first().click();
  await expect(officer.getByRole("heading", { name: `Written answers: ${ROLES}` })).toBeVisible();
  await officer.getByLabel("Search the answers").fill("round 3");
  await officer.getByRole("button", { name: "Search", exact: true }).click();
  await expect(officer.getByText("1 answer contains “round 3”")).toBeVisible();
  await expect(officer.getByText("Kitchen porters and chefs, round 3")).toBeVisible();
  await expectAccessible(officer);

  // The CSV honours the filter and parses back to the same answers.
  const downloading = officer.waitForEvent("download");
  await officer.getByRole("link", { name: "Download CSV" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(new RegExp(`^${slug}-responses-I-\\d{4}-\\d{2}-\\d{2}\\.csv$`));
  const path = await download.path();
  const records: Record<string, string>[] = parse(await readFile(path), { bom: true, columns: true });
  expect(records.map((record) => record.Reference)).toEqual(inSector.map((row) => row.reference));
  records.forEach((record, index) => {
    const answers = inSector[index]?.answers ?? {};
    expect(record["Submitted at"]).toBe(inSector[index]?.submitted_at.toISOString());
    expect(record[GAPS]).toBe(answers.skills_gaps === "yes" ? "Yes" : "No");
    const written = typeof answers.hard_to_fill === "string" ? answers.hard_to_fill : "";
    expect(record[ROLES]).toBe(/^[=+\-@]/.test(written) ? `'${written}` : written);
    expect(record.Sector).toBe("Accommodation and food service activities");
  });
  const audits = await sql<{ details: { format: string; filters: Record<string, string> } }[]>`
    select details from audit_log where action = 'survey.export' and subject_id = ${surveyId} order by created_at desc limit 1`;
  expect(audits[0]?.details).toEqual({ format: "csv", filters: { sector: "I" } });

  // The same filters give the XLSX; a mistyped filter is refused; signed-out visitors get nothing.
  const xlsx = await officer.request.get(`/api/exports/surveys/${surveyId}/responses.xlsx?sector=I`);
  expect(xlsx.status()).toBe(200);
  expect(xlsx.headers()["content-type"]).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  expect((await xlsx.body()).subarray(0, 2).toString()).toBe("PK");
  const refused = await officer.request.get(`/api/exports/surveys/${surveyId}/responses.csv?sector=ZZ`);
  expect(refused.status()).toBe(400);
  expect((await visitor.request.get(`/api/exports/surveys/${surveyId}/responses.csv`)).status()).toBe(401);

  // Publish: the public summary hides every count under 5.
  await officer.getByRole("button", { name: "Publish the summary" }).click();
  await expect(officer.getByRole("form", { name: "Public results summary" }).getByRole("status")).toHaveText("The results summary is published.");
  await visitor.goto(`/surveys/${slug}/results`);
  await expect(visitor.getByRole("heading", { level: 1, name: "Results: Employer skills-gap survey" })).toBeVisible();
  // Whatever else the database holds, each row shows what suppression says it should.
  for (const { id, title, multiple } of [
    { id: "skills_gaps", title: GAPS, multiple: false },
    { id: "gap_skills", title: "Which skills are hardest to find?", multiple: true },
  ]) {
    const tallies = await talliedCounts(surveyId, id);
    const count = (choice: string) => tallies.find((row) => row.choice === choice)?.count ?? 0;
    const question = definition.sections.flatMap((section) => section.questions).find((item) => item.id === id);
    if (!question) throw new Error(`No question ${id}`);
    const cells = conditionValues(question).map((option) => ({ ...option, count: count(option.id) }));
    const expected = suppressSmallNumbers(cells, count("*"), !multiple);
    const table = visitor.getByRole("table", { name: title });
    for (const cell of expected.cells) {
      const row = table.getByRole("row", { name: new RegExp(`^${cell.label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`) });
      await expect(row).toContainText(cell.count === null ? (cell.hidden === "small" ? "fewer than 5" : "not shown") : String(cell.count));
    }
  }
  await expect(visitor.getByText(ROLES)).toHaveCount(0);
  await expectAccessible(visitor);
  await visitor.screenshot({ path: "/tmp/results-public.png", fullPage: true });
});
