import type { Page } from "@playwright/test";
import { RESIDENT_SURVEY_SLUG } from "@/lib/seed/demo-surveys";
import { copySurvey, createAccount, sql } from "./support/db";
import { expect, expectAccessible, signIn, test } from "./support/fixtures";

const GET_ON = /get on in your area/;
const BELONG = /belong to your neighbourhood/;
const shot = (page: Page, name: string) => page.screenshot({ path: test.info().outputPath(`${name}.png`), fullPage: true });

async function surveyId(slug: string): Promise<string> {
  const [row] = await sql<{ id: string }[]>`select id from surveys where slug = ${slug}`;
  if (!row) throw new Error(`No survey ${slug}`);
  return row.id;
}

test("an officer enters a paper response through the survey's own questions and checks", async ({ page }) => {
  const id = await surveyId((await copySurvey(RESIDENT_SURVEY_SLUG)).slug);
  await signIn(page, await createAccount("officer"), `/console/surveys/${id}/responses/new`);
  await expect(page.getByRole("heading", { level: 1, name: "Enter a paper, phone or event response" })).toBeVisible();
  await expectAccessible(page);

  // Mistakes: each named in the summary, everything typed kept.
  await page.getByLabel(/Your postcode/).fill("not a postcode");
  await page.getByLabel("Date received (optional)").fill("31/02/2026");
  await page.getByRole("button", { name: "Save response" }).click();
  const summary = page.locator(".error-summary");
  await expect(summary.getByRole("link", { name: /Choose how the response came/ })).toHaveAttribute("href", "#channel");
  await expect(summary.getByRole("link", { name: /Select an answer for “How well do people/ })).toBeVisible();
  await expect(summary.getByRole("link", { name: /Enter a full UK postcode/ })).toBeVisible();
  await expect(summary.getByRole("link", { name: /as a real date/ })).toBeVisible();
  await expect(page.getByLabel(/Your postcode/)).toHaveValue("not a postcode");
  await expect(page.getByLabel("Date received (optional)")).toHaveValue("31/02/2026");
  await expectAccessible(page);
  await shot(page, "entry-errors");

  await page.getByLabel("Paper form").check();
  await page.getByLabel("Date received (optional)").fill("2/11/2026");
  await page.getByRole("group", { name: GET_ON }).getByLabel(/^4/).check();
  await page.getByLabel(BELONG).selectOption({ label: "Fairly strongly" });
  await page.getByLabel(/Your postcode/).fill("cv1 5rr");
  await page.getByRole("button", { name: "Save response" }).click();
  await expect(page.getByText(/Response saved: its reference is LT-/)).toBeVisible();
  const [row] = await sql<{ channel: string; entered_by: string | null; respondent_id: string | null; answers: Record<string, unknown> }[]>`
    select channel, entered_by, respondent_id, answers from survey_responses where survey_id = ${id} and status = 'submitted'`;
  expect(row).toMatchObject({ channel: "paper", respondent_id: null, answers: { get_on: 4, belonging: "fairly", postcode: "CV1 5RR" } });
  expect(row?.entered_by).not.toBeNull();
  await expectAccessible(page);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the entry form is a plain form post: a mistake keeps what was typed, then the response is saved", async ({ page }) => {
    const id = await surveyId((await copySurvey(RESIDENT_SURVEY_SLUG)).slug);
    await signIn(page, await createAccount("officer"), `/console/surveys/${id}/responses/new`);
    await page.getByLabel("At an event").check();
    await page.getByLabel(BELONG).selectOption({ label: "Very strongly" });
    await page.getByRole("button", { name: "Save response" }).click();
    await expect(page.locator(".error-summary").getByRole("link", { name: /Select an answer for “How well do people/ })).toBeVisible();
    await expect(page.getByLabel(BELONG)).toHaveValue("very");
    await expect(page.getByLabel("At an event")).toBeChecked();
    await page.getByRole("group", { name: GET_ON }).getByLabel(/^5/).check();
    await page.getByRole("button", { name: "Save response" }).click();
    await expect(page.getByText(/Response saved: its reference is LT-/)).toBeVisible();
    const [row] = await sql<{ channel: string }[]>`select channel from survey_responses where survey_id = ${id} and status = 'submitted'`;
    expect(row?.channel).toBe("event");
  });
});

test("an officer imports a CSV with one bad row, keeps the good rows, and filters the results by channel", async ({ page }) => {
  test.setTimeout(90_000);
  const id = await surveyId((await copySurvey(RESIDENT_SURVEY_SLUG)).slug);
  await signIn(page, await createAccount("officer"), `/console/surveys/${id}/responses/import`);
  await expect(page.getByRole("heading", { level: 1, name: "Import paper, phone and event responses" })).toBeVisible();
  await expect(page.getByRole("table", { name: "The columns of this survey’s file" })).toContainText("belonging");
  await expectAccessible(page);

  const csv = ["channel,received,get_on,belonging,postcode,activities", "paper,01/11/2026,4,fairly,,volunteering;sport", "phone,,2,Very strongly,CV2 4AA,", "event,,5,sometimes,,"].join("\r\n");
  await page.getByLabel("CSV file").setInputFiles({ name: "paper-forms.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await page.getByRole("button", { name: "Check the file" }).click();
  await expect(page.getByRole("status").filter({ hasText: "3 rows: 2 ready to save, 1 with problems" })).toBeVisible();
  const preview = page.getByRole("table", { name: /Rows of paper-forms.csv/ });
  await expect(preview.getByRole("row", { name: /^4 / })).toContainText("belonging: ");
  await expectAccessible(page);
  await shot(page, "import-preview");

  await page.getByRole("button", { name: "Save the 2 good rows and skip the 1 with errors" }).click();
  await expect(page.getByText("2 responses saved; 1 row with problems skipped; none already imported.")).toBeVisible();
  const channels = await sql<{ channel: string }[]>`select channel from survey_responses where survey_id = ${id} and status = 'submitted' order by channel`;
  expect(channels.map((row) => row.channel)).toEqual(["paper", "phone"]);

  await page.goto(`/console/surveys/${id}/results`);
  const taking = page.getByRole("list", { name: "How people took part" });
  await expect(taking).toContainText("Paper: 1");
  await expect(taking).toContainText("Phone: 1");
  await page.getByLabel("Channel").selectOption("phone");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/channel=phone/);
  await expect(page.getByRole("list", { name: "Headline figures" })).toContainText("1 responses");
  await expect(page.getByRole("link", { name: "Download CSV" })).toHaveAttribute("href", /channel=phone/);
  await expectAccessible(page);
  await shot(page, "results-by-channel");
});
