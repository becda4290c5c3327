import type { Page } from "@playwright/test";
import { createAccount, sql } from "./support/db";
import { expect, expectAccessible, signIn, test } from "./support/fixtures";

/** Adds a question of a type to a section through the editor. */
async function addQuestion(page: Page, section: string, type: string, wording: string) {
  const region = page.getByRole("region", { name: section });
  await region.getByLabel("Type of the new question").selectOption({ label: type });
  await region.getByLabel("Wording of the new question").fill(wording);
  await region.getByRole("button", { name: /^Add a question to section/ }).click();
}

async function addSection(page: Page, title: string) {
  await page.getByLabel("Title of the new section").fill(title);
  await page.getByRole("button", { name: "Add a section" }).click();
}

test("an officer builds a survey with a conditional section, explained in plain words, and opens it", async ({ browser }) => {
  const title = `Growing local businesses ${Date.now()}`;
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, await createAccount("officer", "Priya Officer"), "/console/surveys/new");
  await expect(page.getByRole("heading", { name: "Create a survey" })).toBeVisible();

  // Nothing filled in: each problem is listed and linked.
  await page.getByRole("button", { name: "Create the survey" }).click();
  const settings = page.getByRole("form", { name: "Survey settings" });
  await expect(settings.getByRole("alert")).toContainText("Enter a title of at least 3 characters.");
  await expectAccessible(page);
  await page.screenshot({ path: "/tmp/builder-new-errors.png", fullPage: true });

  await page.getByLabel("Title", { exact: true }).fill(title);
  await page.getByLabel("Summary").fill("Tell us what would help your business grow in Coventry.");
  await page.getByLabel("Closes").fill("2099-12-31");
  await page.getByRole("button", { name: "Create the survey" }).click();
  await expect(page.getByText("The survey has been created. Now add its sections and questions.")).toBeVisible();
  const surveyId = page.url().match(/surveys\/([0-9a-f-]{36})/)?.[1] ?? "";
  expect(surveyId).not.toBe("");

  // Opening an empty survey is refused with the reason.
  await page.getByRole("button", { name: "Open the survey" }).click();
  await expect(page.getByRole("form", { name: "Survey status" }).getByRole("alert")).toContainText("The survey cannot open until its questions are complete. Add at least one section.");

  await addSection(page, "About you");
  await addQuestion(page, "Section 1: About you", "Yes or no", "Do you run a business?");
  await addQuestion(page, "Section 1: About you", "Single choice", "How many staff do you have?");
  const staff = page.getByRole("group", { name: "Question 2: How many staff do you have?" });
  for (const option of ["Fewer than 10", "10 to 49", "50 or more"]) {
    await staff.getByLabel("New option").fill(option);
    await staff.getByRole("button", { name: "Add the option" }).click();
  }
  await expect(staff.getByText("Id: fewer_than_10")).toBeVisible();
  await expect(staff.getByText("Id: option_10_to_49")).toBeVisible();

  await addSection(page, "Your business");
  const business = page.getByRole("region", { name: "Section 2: Your business" });
  await addQuestion(page, "Section 2: Your business", "Long text", "What would help your business grow?");
  await business.getByRole("button", { name: "Add a condition" }).first().click();
  const condition = business.getByRole("group", { name: "Show this section only to some people" });
  await expect(condition.getByLabel("Depends on the answer to")).toHaveValue("do_you_run_a_business");
  await condition.getByLabel("Yes", { exact: true }).check();
  await expect(business.getByText("Shown only when the answer to “Do you run a business?” is “Yes”.")).toBeVisible();

  // A section without questions: the save is refused and the problem sits on that section.
  await addSection(page, "Extra");
  await page.getByRole("button", { name: "Save the questions" }).click();
  const editor = page.getByRole("region", { name: "Question editor" });
  await expect(editor.getByRole("alert")).toContainText("Add at least one question to each section.");
  await expect(page.getByRole("region", { name: "Section 3: Extra" })).toContainText("Add at least one question to each section.");
  await page.screenshot({ path: "/tmp/builder-save-error.png" });
  await expectAccessible(page);
  await page.getByRole("button", { name: "Delete section 3" }).click();
  await page.getByRole("button", { name: "Save the questions" }).click();
  await expect(editor.getByRole("status")).toHaveText("Saved as version 2: Added 2 sections, added 3 questions.");
  await expect(page.getByText("You have changes that are not saved.")).toHaveCount(0);
  await page.screenshot({ path: "/tmp/builder-edit.png", fullPage: true });
  await page.getByRole("region", { name: "Section 1: About you" }).screenshot({ path: "/tmp/builder-section-1.png" });
  await business.screenshot({ path: "/tmp/builder-section-2.png" });
  await expectAccessible(page);

  await page.getByRole("button", { name: "Open the survey" }).click();
  await expect(page.getByText("The survey is open for responses.")).toBeVisible();
  const [stored] = await sql<{ status: string; version: number; slug: string }[]>`select status, version, slug from surveys where id = ${surveyId}`;
  expect(stored).toMatchObject({ status: "open", version: 2 });
  // The public list belongs to the respondent journey; where it is built, the open survey is on it.
  const publicList = await page.request.get("/surveys");
  if (publicList.status() === 200) expect(await publicList.text()).toContain(title);

  // Once someone has answered, deleting an answered question is refused with the question named.
  await sql`insert into survey_responses (survey_id, status, answers, survey_version, submitted_at)
    values (${surveyId}, 'submitted', ${sql.json({ do_you_run_a_business: "yes", how_many_staff_do_you_have: "fewer_than_10" })}, 2, now())`;
  await page.reload();
  await expect(page.getByText("1 submitted response and no drafts.")).toBeVisible();
  await expect(page.getByText(/changes that would spoil their answers are refused/)).toBeVisible();
  await page.getByRole("button", { name: "Delete question 2" }).click();
  await page.getByRole("button", { name: "Save the questions" }).click();
  await expect(editor.getByRole("alert")).toContainText("“How many staff do you have?” cannot be deleted: people have already answered it.");
  expect((await sql<{ version: number }[]>`select version from surveys where id = ${surveyId}`)[0]?.version).toBe(2);
  await page.screenshot({ path: "/tmp/builder-guard.png" });

  await page.getByRole("link", { name: "Versions" }).click();
  await expect(page.getByRole("heading", { name: "Version history" })).toBeVisible();
  await expect(page.getByRole("row", { name: /2 \(current\) Priya Officer .* Added 2 sections, added 3 questions/ })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Questions in version 2" })).toBeVisible();
  await expect(page.getByText("Shown only when the answer to “Do you run a business?” is “Yes”.")).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: "/tmp/builder-versions.png", fullPage: true });

  await page.getByRole("link", { name: "All surveys" }).click();
  const row = page.getByRole("row", { name: new RegExp(title) });
  await expect(row).toContainText("Open");
  await expect(row).toContainText("1 submitted, 0 in progress");
  await expectAccessible(page);
  await page.screenshot({ path: "/tmp/builder-list.png", fullPage: true });
  await context.close();
});

test("without JavaScript the questions are shown read-only and the settings still save", async ({ browser }) => {
  const email = await createAccount("officer");
  const signInContext = await browser.newContext();
  const signInPage = await signInContext.newPage();
  await signIn(signInPage, email, "/console/surveys");
  const cookies = await signInContext.cookies();
  const context = await browser.newContext({ javaScriptEnabled: false });
  await context.addCookies(cookies);
  const page = await context.newPage();
  // A draft copy of the seeded skills-gap survey (its branching included): the seeded one stays as other journeys expect it.
  const [survey] = await sql<{ id: string; title: string }[]>`
    insert into surveys (slug, title, summary, definition, audience, anonymous, one_per_person, asks_organisation, thank_you)
    select ${`skills-copy-${Date.now().toString(36)}`}, 'Copy of ' || title, summary, definition, audience, anonymous, one_per_person, asks_organisation, thank_you
    from surveys where slug = 'employer-skills-gap-survey'
    returning id, title`;
  await sql`insert into survey_versions (survey_id, version, definition, note) select id, 1, definition, 'Copied for a test' from surveys where id = ${survey?.id ?? ""}`;
  await page.goto(`/console/surveys/${survey?.id}`);
  await expect(page.getByText("The question editor needs JavaScript.")).toBeVisible();
  await expect(page.getByText(/Shown only when the answer to/).first()).toBeVisible();
  await page.screenshot({ path: "/tmp/builder-nojs.png", fullPage: true });
  await page.getByLabel("Thank-you message").fill("Thank you: we will share what employers told us.");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("The settings have been saved.")).toBeVisible();
  const [saved] = await sql<{ thank_you: string }[]>`select thank_you from surveys where id = ${survey?.id ?? ""}`;
  expect(saved?.thank_you).toBe("Thank you: we will share what employers told us.");
  await context.close();
  await signInContext.close();
});
