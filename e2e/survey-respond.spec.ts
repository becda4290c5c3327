import type { Page } from "@playwright/test";
import { copySurvey, createAccount, sql } from "./support/db";
import { expect, expectAccessible, signIn, test } from "./support/fixtures";

// Journeys that answer a survey answer a copy of their own (same questions, audience and settings):
// the demo surveys keep their responses for the journeys that read them.
const SKILLS_SLUG = "employer-skills-gap-survey";
const RESIDENTS_SLUG = "a-coventry-that-works-for-all";
const SKILLS = `/surveys/${SKILLS_SLUG}`;
const REFERENCE = /LT-[0-9A-Z]{4}-[0-9A-Z]{4}/;


const group = (page: Page, name: RegExp) => page.getByRole("group", { name });
const shot = (page: Page, name: string) => page.screenshot({ path: `/tmp/respond-${name}.png`, fullPage: true });

async function next(page: Page, heading: string | RegExp) {
  await page.getByRole("button", { name: "Continue", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
}

test("an employer completes the skills-gap survey through its branches", async ({ page }) => {
  const SKILLS = `/surveys/${(await copySurvey(SKILLS_SLUG)).slug}`;
  const email = await createAccount("employer", "Priya Shah");
  await signIn(page, email, SKILLS);
  await expect(page.getByRole("heading", { name: "Employer skills-gap survey" })).toBeVisible();
  await expect(page.getByText("Kept with your name and account")).toBeVisible();
  await expectAccessible(page);
  await shot(page, "start");
  await page.getByRole("button", { name: "Start now" }).click();

  // The organisation page: an empty form gets an error summary whose links reach each field.
  await expect(page.getByRole("heading", { name: "About your organisation" })).toBeVisible();
  await page.getByRole("button", { name: "Continue", exact: true }).click();
  const summary = page.locator(".error-summary");
  await expect(summary.getByRole("link", { name: "Enter the name of your organisation." })).toBeVisible();
  await expectAccessible(page);
  await shot(page, "organisation-errors");
  await summary.getByRole("link", { name: "Select how many people your organisation employs." }).click();
  await expect(page.getByLabel("Micro (0 to 9 employees)")).toBeFocused();
  await page.getByLabel("Name of your organisation").fill("Canal Basin Logistics");
  await page.getByLabel("Sector").selectOption({ label: "H: Transportation and storage" });
  await page.getByLabel("Medium (50 to 249 employees)").check();
  await page.getByLabel(/Where in Coventry/).selectOption({ label: "Foleshill" });
  await next(page, "Skills and recruitment");
  await expect(page.getByText("Section 2 of 5")).toBeVisible();
  await expectAccessible(page);

  await group(page, /significant skills gaps/).getByLabel("Yes").check();
  await page.getByLabel(/Which roles are hardest to fill/).fill("HGV drivers\nWarehouse supervisors");
  await next(page, "The skills you are missing");
  // Saying yes switched on the missing-skills section, so there is one page more.
  await expect(page.getByText("Section 3 of 6")).toBeVisible();
  const skills = group(page, /hardest to find/);
  await skills.getByLabel("Driving licences, such as HGV").check();
  await skills.getByLabel("Other", { exact: true }).check();
  await page.getByLabel("If you chose “Other”, please specify").fill("Forklift certificates");
  await group(page, /hold your organisation back/).getByLabel(/^4/).check();
  await shot(page, "section-choices");
  await next(page, "Refugees and migrants");

  await group(page, /employed refugees or migrants/).getByLabel("No").check();
  await group(page, /Would you consider/).getByLabel("Maybe, with the right support").check();
  await next(page, "What stops you");
  await group(page, /What stops you/).getByLabel(/right-to-work checks/).check();
  await group(page, /How confident/).getByLabel(/^2/).check();
  await next(page, "Support that would help");

  // Four choices where three are allowed: the message sits on the field, and the ticks stay.
  const support = group(page, /Which support would help/);
  for (const label of [/paperwork/, /English language training/, /Mentoring/, /Job fairs/]) await support.getByLabel(label).check();
  await page.getByLabel("A helpline for paperwork questions: 5 of 5").check();
  await page.getByLabel(/how many vacancies/i).fill("twelve");
  await page.getByRole("button", { name: "Continue", exact: true }).click();
  await expect(summary.getByRole("link", { name: "Select up to 3 answers for “Which support would help you most?”." })).toBeVisible();
  await expect(summary.getByRole("link", { name: /Enter a number for/ })).toBeVisible();
  await expect(support.getByLabel(/Job fairs/)).toBeChecked();
  await expect(page.getByLabel(/how many vacancies/i)).toHaveValue("twelve");
  await expectAccessible(page);
  await shot(page, "section-errors");
  await summary.getByRole("link", { name: /Enter a number for/ }).click();
  await expect(page.getByLabel(/how many vacancies/i)).toBeFocused();
  await support.getByLabel(/Job fairs/).uncheck();
  await page.getByLabel(/how many vacancies/i).fill("12");
  await next(page, "Keeping in touch");
  await page.getByLabel(/may contact my organisation/).check();
  await next(page, "Your contact details");
  await page.getByLabel("Your name").fill("Priya Shah");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel(/Workplace postcode/).fill("cv6 5rr");
  await next(page, "Check your answers before sending them");

  await expect(page.getByText("Other: Forklift certificates")).toBeVisible();
  await expect(page.getByText("CV6 5RR")).toBeVisible();
  await expect(page.getByRole("heading", { name: "What stops you" })).toBeVisible();
  await expectAccessible(page);
  await shot(page, "check-answers");

  // Change an answer that switches a section off: barriers are no longer asked, or sent.
  await page.getByRole("link", { name: "Change Have you employed refugees or migrants in the last three years?" }).click();
  await group(page, /employed refugees or migrants/).getByLabel("Yes").check();
  await next(page, "Check your answers before sending them");
  await expect(page.getByRole("heading", { name: "What stops you" })).toHaveCount(0);

  await page.getByRole("button", { name: "Accept and send" }).click();
  await expect(page.getByRole("heading", { name: "Answers sent" })).toBeVisible();
  const reference = (await page.locator(".survey-reference").textContent()) ?? "";
  expect(reference).toMatch(REFERENCE);
  await expect(page.getByText("The Jobs Strategy Group")).toBeVisible();
  await expectAccessible(page);
  await shot(page, "confirmation");

  const [response] = await sql<{ answers: Record<string, unknown>; organisation_name: string }[]>`
    select answers, organisation_name from survey_responses where reference = ${reference}`;
  expect(response?.organisation_name).toBe("Canal Basin Logistics");
  expect(response?.answers).toMatchObject({ skills_gaps: "yes", hired_before: "yes", gap_skills: ["driving", "other"], vacancies: 12 });
  expect(response?.answers).not.toHaveProperty("barriers");
  const [receipt] = await sql<{ text_body: string }[]>`select text_body from email_outbox where to_address = ${email} and category = 'survey-receipt'`;
  expect(receipt?.text_body).toContain(reference);

  // One response per employer: coming back says so.
  await page.goto(SKILLS);
  await expect(page.getByText("You have already answered this survey.")).toBeVisible();
});

test("an anonymous resident answers, saves for later, and carries on from the emailed link", async ({ page, browser }) => {
  const survey = await copySurvey(RESIDENTS_SLUG);
  await page.goto("/surveys");
  await expect(page.getByRole("link", { name: survey.title })).toBeVisible();
  await expectAccessible(page);
  await shot(page, "list");
  await page.getByRole("link", { name: survey.title }).click();
  await expect(page.getByText("Anonymous: we do not record who gave them.")).toBeVisible();
  await page.getByRole("button", { name: "Start now" }).click();
  await expect(page.getByText("Section 1 of 2")).toBeVisible();
  await group(page, /get on in your area/).getByLabel("2", { exact: true }).check();
  await page.getByLabel(/belong to your neighbourhood/).selectOption({ label: "Not very strongly" });
  await page.getByRole("button", { name: "Save and come back later" }).click();

  await expect(page.getByRole("heading", { name: "Save and come back later" })).toBeVisible();
  const email = `resident-${Date.now()}@example.net`;
  await page.getByLabel("Email address").fill("not-an-address");
  await page.getByRole("button", { name: "Send me a link" }).click();
  await expect(page.locator(".error-summary").getByRole("link", { name: /correct format/ })).toBeVisible();
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Send me a link" }).click();
  await expect(page.getByText(`We have sent a link to ${email}.`)).toBeVisible();
  await expectAccessible(page);
  await shot(page, "save-later");
  const [message] = await sql<{ text_body: string }[]>`select text_body from email_outbox where to_address = ${email} and category = 'survey-resume'`;
  const link = message?.text_body.match(/https?:\/\/\S+\/resume\?token=\S+/)?.[0] ?? "";
  const [stored] = await sql<{ total: number }[]>`select count(*)::int as total from survey_responses where answers::text like ${`%${email}%`}`;
  expect(stored?.total).toBe(0);

  // Another browser, no cookie: the link restores the draft.
  const other = await browser.newContext();
  const later = await other.newPage();
  await later.goto(link);
  await expect(later.getByRole("heading", { name: "Taking part" })).toBeVisible();
  await later.getByRole("link", { name: "Back" }).click();
  await expect(later.getByLabel(/belong to your neighbourhood/)).toHaveValue("not_very");
  await later.getByLabel(/Your postcode/).fill("CV1 5RR");
  await next(later, "Taking part");
  await later.getByLabel("Day").fill("31");
  await later.getByLabel("Month").fill("2");
  await later.getByLabel("Year").fill("2026");
  await later.getByRole("button", { name: "Continue", exact: true }).click();
  await expect(later.locator(".error-summary").getByRole("link", { name: /must be a real date/ })).toBeVisible();
  await expectAccessible(later);
  await shot(later, "section-date-error");
  await later.getByLabel("Day").fill("28");
  await next(later, "Check your answers before sending them");
  await later.getByRole("button", { name: "Accept and send" }).click();
  await expect(later.getByRole("heading", { name: "Answers sent" })).toBeVisible();
  await expect(later.locator(".survey-reference")).toHaveText(REFERENCE);
  expect((await other.cookies()).filter((cookie) => cookie.name.startsWith("lt_survey_"))).toEqual([]);
  await other.close();
});

test("people who may not answer are told why, with a way to sign in", async ({ page }) => {
  await page.goto(SKILLS);
  await expect(page.getByText("This survey is for employers. Sign in, then register your organisation or join your colleagues on the site, to answer it.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Sign in to answer this survey" })).toHaveAttribute("href", `/sign-in?callbackUrl=${encodeURIComponent(SKILLS)}`);
  await expect(page.getByRole("button", { name: "Start now" })).toHaveCount(0);
  await expectAccessible(page);
  // Going straight to a question page sends them back to the explanation.
  await page.goto(`${SKILLS}/sections/skills`);
  await expect(page).toHaveURL(new RegExp(`${SKILLS}$`));
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a resident answers with plain form posts, errors and all", async ({ page }) => {
    await page.goto(`/surveys/${(await copySurvey(RESIDENTS_SLUG)).slug}`);
    await page.getByRole("button", { name: "Start now" }).click();
    await page.getByLabel(/Your postcode/).fill("not a postcode");
    await page.getByRole("button", { name: "Continue", exact: true }).click();
    const summary = page.locator(".error-summary");
    await expect(summary.getByRole("link", { name: /Select an answer for “How well do people/ })).toHaveAttribute("href", "#q.get_on");
    await expect(summary.getByRole("link", { name: /Enter a full UK postcode/ })).toBeVisible();
    await expect(page.getByLabel(/Your postcode/)).toHaveValue("not a postcode");
    await shot(page, "nojs-errors");
    await group(page, /get on in your area/).getByLabel(/^5/).check();
    await page.getByLabel(/belong to your neighbourhood/).selectOption({ label: "Very strongly" });
    await page.getByLabel(/Your postcode/).fill("");
    await next(page, "Taking part");
    await group(page, /taken part in any of these/).getByLabel("Other", { exact: true }).check();
    await page.getByLabel("If you chose “Other”, please specify").fill("Allotment club");
    await next(page, "Check your answers before sending them");
    await expect(page.getByText("Other: Allotment club")).toBeVisible();
    await page.getByRole("button", { name: "Accept and send" }).click();
    await expect(page.getByRole("heading", { name: "Answers sent" })).toBeVisible();
    const reference = (await page.locator(".survey-reference").textContent()) ?? "";
    const [row] = await sql<{ answers: Record<string, unknown> }[]>`select answers from survey_responses where reference = ${reference}`;
    expect(row?.answers).toEqual({ get_on: 5, belonging: "very", activities: ["other"], "activities.other": "Allotment club" });
  });
});

test("an officer previews a survey's pages, conditions explained, nothing saved", async ({ page, officer }) => {
  // A copy of the skills-gap survey: what the preview could save, it could only save to it.
  const survey = await copySurvey(SKILLS_SLUG);
  const responses = async () => (await sql<{ total: number }[]>`select count(*)::int as total from survey_responses where survey_id = ${survey.id}`)[0]?.total;
  const before = await responses();
  await signIn(page, officer, `/console/surveys/${survey.id}/preview`);
  await expect(page.getByText("Nothing you enter here is saved or sent.")).toBeVisible();
  await page.getByRole("link", { name: "The skills you are missing" }).click();
  await expect(page.getByText("Shown only when the answer to “Does your organisation have significant skills gaps at the moment?” is “Yes”.")).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Next page" }).click();
  await expect(page.getByRole("heading", { name: "Refugees and migrants" })).toBeVisible();
  await shot(page, "preview");
  expect(await responses()).toBe(before);
});

test("the JSON API answers in one request, and a retry returns the same reference", async ({ request }) => {
  const survey = await copySurvey(RESIDENTS_SLUG);
  const url = `/api/surveys/${survey.id}/responses`;
  const submissionKey = crypto.randomUUID();
  const body = { answers: { get_on: 3, belonging: "fairly" }, submissionKey };
  const first = await request.post(url, { data: body });
  expect(first.status()).toBe(201);
  const { reference } = (await first.json()) as { reference: string };
  expect(reference).toMatch(REFERENCE);
  const again = await request.post(url, { data: body });
  expect(again.status()).toBe(200);
  expect(await again.json()).toEqual({ reference });
  const wrong = await request.post(url, { data: { answers: { get_on: 9, nope: "x" }, submissionKey: crypto.randomUUID() } });
  expect(wrong.status()).toBe(400);
  expect(((await wrong.json()) as { problems: { questionId: string }[] }).problems).toEqual([expect.objectContaining({ questionId: "nope", field: "answers.nope" })]);
  const employers = await sql<{ id: string }[]>`select id from surveys where slug = ${SKILLS_SLUG}`;
  expect((await request.post(`/api/surveys/${employers[0]?.id}/responses`, { data: body })).status()).toBe(401);
});
