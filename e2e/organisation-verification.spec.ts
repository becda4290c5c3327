import type { Browser, Page } from "@playwright/test";
import { copySurvey, createOrganisationWithPeople, sql } from "./support/db";
import { expect, expectAccessible, signIn, test } from "./support/fixtures";

// Each journey makes its own organisation (an unverified employer with an administrator) and its
// own copy of the employers' survey, so the waiting list and the survey are theirs to change.

const SKILLS_SLUG = "employer-skills-gap-survey";
const REASON = "We could not find this business at Companies House. Send us its registration number.";

async function pageFor(browser: Browser, email: string, path: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email, path);
  return page;
}

/** The officer opens the organisation from the list of those waiting for a decision. */
async function openFromWaitingList(officer: Page, name: string): Promise<void> {
  await officer.goto("/console/organisations");
  await expect(officer.getByRole("heading", { level: 1, name: "Organisations" })).toBeVisible();
  await expect(officer.getByRole("link", { name: /Waiting for a decision/ })).toHaveAttribute("aria-current", "page");
  await officer.getByRole("table").getByRole("link", { name }).click();
  await expect(officer.getByRole("heading", { level: 1, name })).toBeVisible();
}

test("an officer rejects a new organisation, then reinstates it: its administrator loses employers' surveys, is told why, and gets them back", async ({ browser, officer: officerEmail }) => {
  const organisation = await createOrganisationWithPeople(["administrator"]);
  const [administratorEmail] = organisation.people;
  const survey = await copySurvey(SKILLS_SLUG);
  const administrator = await pageFor(browser, administratorEmail ?? "", `/surveys/${survey.slug}`);
  // Unverified, an employer's people answer employers' surveys at once.
  await expect(administrator.getByRole("button", { name: "Start now" })).toBeVisible();

  const officer = await pageFor(browser, officerEmail, "/console");
  await expect(officer.getByRole("link", { name: "Organisations waiting for a decision" })).toBeVisible();
  await officer.getByRole("navigation", { name: "Console" }).getByRole("link", { name: "Organisations" }).click();
  const row = officer.getByRole("row", { name: new RegExp(organisation.name) });
  await expect(row).toContainText("C: Manufacturing");
  await expect(row).toContainText("Small (10 to 49 employees)");
  await expectAccessible(officer);
  await openFromWaitingList(officer, organisation.name);
  await expect(officer.getByRole("list", { name: "Verification" })).toContainText("Waiting for a decision");
  await expect(officer.getByRole("table", { name: `People in ${organisation.name}` })).toContainText(administratorEmail ?? "");
  await expect(officer.getByText("No decision has been made yet.")).toBeVisible();
  await expectAccessible(officer);

  // A rejection needs its reason: the form says so, and keeps nothing back.
  const reject = officer.getByRole("form", { name: "Reject the organisation" });
  await reject.getByRole("button", { name: "Reject the organisation" }).click();
  await expect(reject.getByRole("alert")).toContainText("Enter why you are rejecting the organisation: its people are shown the reason.");
  await expectAccessible(officer);
  await reject.getByLabel("Reason for rejecting").fill(REASON);
  await reject.getByRole("button", { name: "Reject the organisation" }).click();
  await expect(officer.getByRole("status")).toHaveText("The organisation is rejected. Its administrators have been emailed the reason.");
  await expect(officer.getByText(`Rejected because: ${REASON}`)).toBeVisible();
  await expect(officer.getByText(/^Rejected by Test officer on/)).toBeVisible();
  await expect(officer.getByText("1 person's access changed.")).toBeVisible();
  await expectAccessible(officer);

  const [mail] = await sql<{ subject: string; text_body: string }[]>`
    select subject, text_body from email_outbox where to_address = ${administratorEmail ?? ""} and category = 'organisation-decision'`;
  expect(mail?.subject).toBe(`${organisation.name} was not verified`);
  expect(mail?.text_body).toContain(REASON);

  // The survey's page now says why the administrator cannot answer, and where to see more.
  await administrator.reload();
  await expect(administrator.getByText("The council did not verify your organisation, so you cannot answer employers' surveys for it.")).toBeVisible();
  await expect(administrator.getByRole("link", { name: "Go to your organisation's page" })).toHaveAttribute("href", "/organisation");
  await expect(administrator.getByRole("button", { name: "Start now" })).toHaveCount(0);
  await expectAccessible(administrator);

  await officer.getByRole("button", { name: "Reinstate and verify the organisation" }).click();
  await expect(officer.getByRole("status")).toHaveText("The organisation is verified. Its administrators have been emailed.");
  await expect(officer.getByRole("list", { name: "Verification" })).toContainText("Verified");
  await expect(officer.getByRole("form", { name: "Reject the organisation" })).toBeVisible();

  await administrator.reload();
  await expect(administrator.getByRole("button", { name: "Start now" })).toBeVisible();
});

test("an officer keeps an employers' survey to verified organisations; an unverified organisation's employer is told why until it is verified", async ({ browser, officer: officerEmail }) => {
  const organisation = await createOrganisationWithPeople(["administrator"]);
  const survey = await copySurvey(SKILLS_SLUG);
  const officer = await pageFor(browser, officerEmail, `/console/surveys/${survey.id}`);
  const settings = officer.getByRole("form", { name: "Survey settings" });

  // Only an employers' survey can have organisations' rules: refused on its field, the tick kept.
  await settings.getByLabel("Signed-in people").check();
  await settings.getByLabel("Only verified organisations may answer").check();
  await settings.getByRole("button", { name: "Save settings" }).click();
  await expect(settings.getByRole("alert")).toContainText("Only employers' surveys can be kept to verified organisations");
  await expect(settings.getByLabel("Only verified organisations may answer")).toBeChecked();
  await expectAccessible(officer);
  await settings.getByLabel("Employers only (signed in with an employer account)").check();
  await settings.getByRole("button", { name: "Save settings" }).click();
  await expect(settings.getByRole("status")).toHaveText("The settings have been saved.");

  await officer.goto(`/console/surveys/${survey.id}/preview`);
  await expect(officer.getByText("Only people of organisations the council has verified can answer this survey.")).toBeVisible();

  const employer = await pageFor(browser, organisation.people[0] ?? "", `/surveys/${survey.slug}`);
  await expect(employer.getByText("Only employers whose organisation the council has verified.")).toBeVisible();
  await expect(employer.getByText("Only organisations the council has verified can answer this survey. The council has not verified yours yet.")).toBeVisible();
  await expect(employer.getByRole("button", { name: "Start now" })).toHaveCount(0);
  await expectAccessible(employer);

  await openFromWaitingList(officer, organisation.name);
  await officer.getByRole("button", { name: "Verify the organisation" }).click();
  await expect(officer.getByRole("status")).toHaveText("The organisation is verified. Its administrators have been emailed.");
  await expect(officer.getByText(/^Verified by Test officer on/)).toBeVisible();
  await expect(officer.getByText("No one's access changed.")).toBeVisible();

  await employer.reload();
  await expect(employer.getByRole("button", { name: "Start now" })).toBeVisible();
});
