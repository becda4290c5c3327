import type { Browser, Page } from "@playwright/test";
import { copySurvey, createOrganisationWithPeople, sql } from "./support/db";
import { expect, expectAccessible, signIn, test } from "./support/fixtures";

// Two colleagues of one employer write its one response to a copy of the skills-gap survey,
// answered once per organisation: they share one draft, a clash on one answer shows both, one
// sends it after checking the answers, and the other then sees it was sent.

const REFERENCE = /LT-[0-9A-Z]{4}-[0-9A-Z]{4}/;
const shot = (page: Page, name: string) => page.screenshot({ path: `/tmp/organisation-response-${name}.png`, fullPage: true });
const group = (page: Page, name: RegExp) => page.getByRole("group", { name });
const roles = (page: Page) => page.getByLabel(/Which roles are hardest to fill/);

async function next(page: Page, heading: string | RegExp) {
  await page.getByRole("button", { name: "Continue", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
}

async function colleague(browser: Browser, clientAddress: string, email: string, path: string): Promise<Page> {
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": clientAddress } });
  const page = await context.newPage();
  await signIn(page, email, path);
  return page;
}

test("two colleagues write their organisation's one response together", async ({ browser, clientAddress }) => {
  const survey = await copySurvey("employer-skills-gap-survey");
  await sql`update surveys set one_per_organisation = true, audience = 'employers' where id = ${survey.id}`;
  const organisation = await createOrganisationWithPeople(["administrator", "member"], { kind: "employer", verification: "verified" });
  const [firstEmail = "", secondEmail = ""] = organisation.people;
  const [first, second] = await sql<{ name: string }[]>`select name from users where email in ${sql(organisation.people)} order by name`;
  const start = `/surveys/${survey.slug}`;

  // The first colleague starts: the organisation page is filled in from the organisation's record.
  const priya = await colleague(browser, clientAddress, firstEmail, start);
  await expect(priya.getByText(`This is ${organisation.name}’s shared response.`)).toBeVisible();
  await expect(priya.getByText("Nobody in your organisation has answered yet.")).toBeVisible();
  await expectAccessible(priya);
  await priya.getByRole("button", { name: "Start now" }).click();
  await expect(priya.getByLabel("Name of your organisation")).toHaveValue(organisation.name);
  await priya.getByLabel(/Where in Coventry/).selectOption({ label: "Foleshill" });
  await next(priya, "Skills and recruitment");
  await expect(priya.getByText(`You are writing ${organisation.name}’s shared response`)).toBeVisible();
  await group(priya, /significant skills gaps/).getByLabel("No").check();
  await roles(priya).fill("HGV drivers");
  await next(priya, "Refugees and migrants");

  // The second sees who has worked on it, and the first's answers.
  const tom = await colleague(browser, clientAddress, secondEmail, start);
  await expect(tom.getByText(new RegExp(`^${first?.name}, last at`))).toBeVisible();
  await expectAccessible(tom);
  await shot(tom, "start");
  await tom.goto(`${start}/sections/skills`);
  await expect(roles(tom)).toHaveValue("HGV drivers");

  // Both change the same answer: the later save is refused, showing the colleague's answer beside theirs.
  await priya.goto(`${start}/sections/skills`);
  await roles(priya).fill("HGV drivers and cooks");
  await next(priya, "Refugees and migrants");
  await roles(tom).fill("Forklift drivers");
  await tom.getByRole("button", { name: "Continue", exact: true }).click();
  const clash = tom.locator(".error-summary").getByRole("link", { name: new RegExp(`^${first?.name} changed “Which roles are hardest to fill\\?” at .* to: HGV drivers and cooks\\.`) });
  await expect(clash).toBeVisible();
  await expect(roles(tom)).toHaveValue("Forklift drivers");
  await expectAccessible(tom);
  await shot(tom, "conflict");
  // Saving again, deliberately, keeps theirs.
  await next(tom, "Refugees and migrants");

  // The first finishes and checks the answers, with who changed what.
  await priya.reload();
  await group(priya, /employed refugees or migrants/).getByLabel("Yes").check();
  await group(priya, /Would you consider/).getByLabel("Maybe, with the right support").check();
  await next(priya, "Support that would help");
  await group(priya, /Which support would help/).getByLabel(/Mentoring/).check();
  await next(priya, "Keeping in touch");
  await next(priya, "Check your answers before sending them");
  await expect(priya.getByText("Forklift drivers")).toBeVisible();
  const history = priya.getByRole("region", { name: "Who changed what" });
  await expect(history.getByText(new RegExp(`^${second?.name} changed “Which roles are hardest to fill\\?” at`))).toBeVisible();
  await expect(history.getByText(new RegExp(`^${first?.name} changed the details of the organisation at`))).toBeVisible();
  await expectAccessible(priya);
  await shot(priya, "check-answers");
  await priya.getByRole("button", { name: "Accept and send" }).click();
  await expect(priya.getByRole("heading", { name: "Answers sent" })).toBeVisible();
  const reference = (await priya.locator(".survey-reference").textContent()) ?? "";
  expect(reference).toMatch(REFERENCE);

  // The second now finds it sent, by whom, with its reference; the question pages lead back there.
  await tom.goto(`${start}/sections/skills`);
  await expect(tom.getByText("This survey has already been answered by your organisation")).toBeVisible();
  await expect(tom.getByText(`${first?.name} sent your organisation’s response at`)).toContainText(reference);
  await expect(tom.getByRole("button", { name: /Start now|Continue your answers/ })).toHaveCount(0);
  await expectAccessible(tom);
  await shot(tom, "submitted");
  const rows = await sql<{ status: string; organisation_id: string; answers: Record<string, unknown> }[]>`select status, organisation_id, answers from survey_responses where survey_id = ${survey.id}`;
  expect(rows).toEqual([{ status: "submitted", organisation_id: organisation.id, answers: expect.objectContaining({ hard_to_fill: "Forklift drivers" }) }]);
});
