import type { Page } from "@playwright/test";
import { copySurvey, createAccount, createOrganisationWithPeople, sql, uniqueTag } from "./support/db";
import { expect, expectAccessible, signIn, test } from "./support/fixtures";

const shot = (page: Page, name: string) => page.screenshot({ path: `/tmp/organisations-${name}.png`, fullPage: true });
const group = (page: Page, name: RegExp) => page.getByRole("group", { name });

async function next(page: Page, heading: string | RegExp) {
  await page.getByRole("button", { name: "Continue", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
}

test("an employer registers their organisation and answers the skills-gap survey, with no one else's step", async ({ page }) => {
  const survey = await copySurvey("employer-skills-gap-survey");
  const email = await createAccount("resident", "Grace Mensah");
  const name = `Canal Basin Builders ${uniqueTag()}`;
  await signIn(page, email, `/surveys/${survey.slug}`);

  // A resident is told the survey is for employers, and how to become one.
  await expect(page.getByText(/This survey is for employers. Register your organisation/)).toBeVisible();
  await page.getByRole("link", { name: "Register or join your organisation" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your organisation" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Register an organisation" }).click();

  // Bad input: every field is named in the summary, and what was typed stays.
  const form = page.getByRole("form", { name: "Organisation details" });
  await form.getByLabel("Organisation name").fill(name);
  await form.getByLabel("Postcode").fill("Coventry");
  await form.getByLabel(/Email domain/).fill("gmail.com");
  await form.getByRole("button", { name: "Register organisation" }).click();
  const summary = form.locator(".error-summary");
  await expect(summary.getByRole("link", { name: "Select your organisation’s main activity." })).toBeVisible();
  await expect(summary.getByRole("link", { name: "Enter a real UK postcode, like CV1 5FB." })).toBeVisible();
  await expect(form.getByLabel("Organisation name")).toHaveValue(name);
  await expectAccessible(page);
  await shot(page, "register-errors");
  await summary.getByRole("link", { name: "Enter a real UK postcode, like CV1 5FB." }).click();
  await expect(form.getByLabel("Postcode")).toBeFocused();

  await form.getByLabel("Postcode").fill("cv6 5ab");
  await form.getByLabel("Main activity").selectOption({ label: "F: Construction" });
  await form.getByLabel("Number of employees").selectOption({ label: "Small (10 to 49 employees)" });
  await form.getByRole("button", { name: "Register organisation" }).click();
  // A webmail domain is refused on the server, with the rest of the form kept.
  await expect(form.getByText(/gmail.com is a public email service/).first()).toBeVisible();
  await expect(form.getByLabel("Main activity")).toHaveValue("F");
  await form.getByLabel(/Email domain/).fill("");
  await form.getByRole("button", { name: "Register organisation" }).click();

  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.getByText("Your organisation is registered and you are its administrator.")).toBeVisible();
  await expect(page.getByText("Waiting for an officer to check.")).toBeVisible();
  await expect(page.locator(".summary-list__row", { hasText: "Neighbourhood" })).toContainText("Foleshill");
  await expectAccessible(page);
  await shot(page, "registered");

  // Straight back to the survey: the organisation page is filled in from the registration.
  await page.goto(`/surveys/${survey.slug}`);
  await page.getByRole("button", { name: "Start now" }).click();
  await expect(page.getByLabel("Name of your organisation")).toHaveValue(name);
  await expect(page.getByLabel("Sector")).toHaveValue("F");
  await next(page, "Skills and recruitment");
  await group(page, /significant skills gaps/).getByLabel("No").check();
  await next(page, "Refugees and migrants");
  await group(page, /employed refugees or migrants/).getByLabel("Yes").check();
  await group(page, /Would you consider/).getByLabel("Yes").check();
  await next(page, "Support that would help");
  await group(page, /Which support would help/).getByLabel(/paperwork/).check();
  await next(page, "Keeping in touch");
  await next(page, "Check your answers before sending them");
  await page.getByRole("button", { name: "Accept and send" }).click();
  await expect(page.getByRole("heading", { name: "Answers sent" })).toBeVisible();

  const [response] = await sql<{ organisation_name: string; sector: string }[]>`
    select organisation_name, sector from survey_responses where survey_id = ${survey.id} and status = 'submitted'`;
  expect(response).toEqual({ organisation_name: name, sector: "F" });
});

test("an administrator invites a colleague, who joins and co-writes the organisation's response; a request to join is approved", async ({ page, browser, clientAddress }) => {
  const newPage = async () => (await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": clientAddress } })).newPage();
  const survey = await copySurvey("employer-skills-gap-survey");
  await sql`update surveys set one_per_organisation = true, audience = 'employers' where id = ${survey.id}`;
  const organisation = await createOrganisationWithPeople(["administrator"]);
  const [administrator = ""] = organisation.people;
  const colleague = await createAccount("resident", "Priya Shah");
  await signIn(page, administrator, "/organisation");

  const invite = page.getByRole("form", { name: "Invite a colleague" });
  await invite.getByRole("button", { name: "Send invitation" }).click();
  await expect(invite.locator(".error-summary").getByRole("link", { name: "Enter your colleague’s email address." })).toBeVisible();
  await invite.getByLabel("Colleague’s email address").fill(colleague.toUpperCase());
  await invite.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByText("The invitation has been sent.")).toBeVisible();
  await expect(page.getByRole("table", { name: "Invitations not yet accepted" }).getByText(colleague)).toBeVisible();
  await expectAccessible(page);
  await shot(page, "administrator");

  const [mail] = await sql<{ text_body: string }[]>`select text_body from email_outbox where to_address = ${colleague} and category = 'organisation'`;
  const link = mail?.text_body.match(/https?:\/\/\S+\/organisation\/invitations\/\S+/)?.[0] ?? "";
  expect(link).not.toBe("");

  // Someone signed in with another address is told whose invitation it is.
  const strangerPage = await newPage();
  await signIn(strangerPage, await createAccount("resident"), new URL(link).pathname);
  await expect(strangerPage.getByText(`This invitation is for ${colleague}.`)).toBeVisible();
  await strangerPage.context().close();

  const colleaguePage = await newPage();
  await signIn(colleaguePage, colleague, new URL(link).pathname);
  await expect(colleaguePage.getByRole("heading", { level: 1, name: `Join ${organisation.name}` })).toBeVisible();
  await expectAccessible(colleaguePage);
  await colleaguePage.getByRole("button", { name: "Accept and join" }).click();
  await expect(colleaguePage.getByText("You have joined the organisation.")).toBeVisible();
  await expect(colleaguePage.getByRole("row", { name: /Priya Shah \(you\)/ })).toContainText("a member");
  // The link works once.
  await colleaguePage.goto(new URL(link).pathname);
  await expect(colleaguePage.getByText("This invitation has already been accepted.")).toBeVisible();

  // The administrator starts the organisation's one response; the new colleague carries it on.
  await page.goto(`/surveys/${survey.slug}`);
  await page.getByRole("button", { name: "Start now" }).click();
  await page.getByLabel(/Where in Coventry/).selectOption({ label: "Foleshill" });
  await next(page, "Skills and recruitment");
  await group(page, /significant skills gaps/).getByLabel("Yes").check();
  await page.getByLabel(/Which roles are hardest to fill/).fill("Site managers");
  await next(page, "The skills you are missing");
  await colleaguePage.goto(`/surveys/${survey.slug}/sections/skills`);
  await expect(colleaguePage.getByLabel(/Which roles are hardest to fill/)).toHaveValue("Site managers");
  await colleaguePage.getByLabel(/Which roles are hardest to fill/).fill("Site managers and joiners");
  await next(colleaguePage, "The skills you are missing");
  const [shared] = await sql<{ answers: Record<string, unknown> }[]>`select answers from survey_responses where survey_id = ${survey.id} and organisation_id = ${organisation.id}`;
  expect(shared?.answers).toMatchObject({ hard_to_fill: "Site managers and joiners" });
  await colleaguePage.context().close();
  await page.goto("/organisation");

  // Someone else asks to join by name; the administrator approves.
  const asker = await createAccount("resident", "Jan Kowalski");
  const askerPage = await newPage();
  await signIn(askerPage, asker, `/organisation?q=${encodeURIComponent(organisation.name)}`);
  const candidate = askerPage.getByRole("form", { name: `Join ${organisation.name}` });
  await candidate.getByLabel(/A note for its administrators/).fill("I run the stores.");
  await candidate.getByRole("button", { name: "Ask to join" }).click();
  await expect(askerPage.getByText("Your request to join has been sent.")).toBeVisible();
  await expectAccessible(askerPage);

  await page.reload();
  const requests = page.getByRole("table", { name: "Requests to join, waiting for an answer" });
  await expect(requests.getByRole("row", { name: /Jan Kowalski/ })).toContainText("I run the stores.");
  await page.getByRole("button", { name: "Approve" }).click();
  await expect(page.getByText("The request is approved: they are now a member.")).toBeVisible();
  await expect(page.getByRole("table", { name: "The organisation’s people" }).getByRole("row", { name: /Jan Kowalski/ })).toBeVisible();
  await askerPage.reload();
  await expect(askerPage.getByRole("heading", { level: 1, name: organisation.name })).toBeVisible();
  await askerPage.context().close();
});

test("a partner's people see the topics and surveys of their themes, download the published results, and send a survey to their contacts, whose answers are credited to them", async ({ page, browser, clientAddress }) => {
  const organisation = await createOrganisationWithPeople(["member"], { kind: "partner", verification: "verified" });
  const [theme] = await sql<{ id: string; name: string }[]>`select id, name from themes where slug = 'jobs-and-economy'`;
  const sue = `sue-${uniqueTag()}@example.net`;
  await sql`insert into partner_contacts (organisation_id, name, email, frequency, all_themes) values (${organisation.id}, 'Sue Webb', ${sue}, 'weekly', false)`;
  await sql`insert into partner_contact_themes (contact_id, theme_id) select id, ${theme?.id ?? ""} from partner_contacts where organisation_id = ${organisation.id}`;
  const survey = await copySurvey("employer-skills-gap-survey", { title: `Skills gaps published ${uniqueTag()}` });
  await sql`update surveys set results_published_at = now() where id = ${survey.id}`;
  await sql`insert into survey_themes (survey_id, theme_id) values (${survey.id}, ${theme?.id ?? ""}) on conflict do nothing`;
  const code = uniqueTag().slice(0, 10);
  await sql`insert into survey_links (survey_id, partner_organisation_id, code) values (${survey.id}, ${organisation.id}, ${code})`;

  await signIn(page, organisation.people[0] ?? "", "/organisation");
  await page.getByRole("navigation", { name: "Your organisation’s pages" }).getByRole("link", { name: "Topics, surveys and results" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your themes in the network" })).toBeVisible();
  await expect(page.getByText(new RegExp(`works on: ${theme?.name}`))).toBeVisible();
  const surveys = page.getByRole("table", { name: "Surveys of your themes" });
  await expect(surveys.getByRole("row", { name: new RegExp(survey.title) })).toContainText("See the results");
  await expectAccessible(page);
  await shot(page, "partner-network");

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download published results (CSV)" }).click();
  const file = await (await download).path();
  const csv = await import("node:fs/promises").then((fs) => fs.readFile(file ?? "", "utf8"));
  expect(csv).toContain(`${survey.title},fewer than 5,Does your organisation have significant skills gaps at the moment?,Yes,fewer than 5,`);

  // Last month's summary of its themes, addressed to the organisation.
  const summary = await page.request.get("/api/organisation/summary");
  expect(summary.status()).toBe(200);
  expect(await summary.text()).toContain(organisation.name);

  // Its own link, with the QR code to print.
  await expect(page.getByRole("table", { name: "Your organisation’s survey links" }).getByRole("row", { name: new RegExp(survey.title) })).toContainText(`/s/${code}`);
  const qr = page.waitForEvent("download");
  await page.getByRole("link", { name: `Download the QR code for ${survey.title}` }).click();
  const svg = await import("node:fs/promises").then(async (fs) => fs.readFile((await (await qr).path()) ?? "", "utf8"));
  expect(svg).toContain("<svg");

  // It sends the survey to its contacts; Sue answers through her personal link, without an account.
  const send = page.getByRole("form", { name: "Send a survey to your contacts" });
  await send.getByLabel("Survey").selectOption({ label: survey.title });
  await send.getByRole("button", { name: "Send to our contacts" }).click();
  await expect(page.getByText("The survey is on its way to 1 contact.")).toBeVisible();
  const [invitation] = await sql<{ text_body: string }[]>`select text_body from email_outbox where to_address = ${sue} and category like 'campaign%'`;
  const personal = invitation?.text_body.match(/https?:\/\/\S+\/surveys\/invitations\/\S+/)?.[0] ?? "";
  const suePage = await (await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": clientAddress } })).newPage();
  await suePage.goto(new URL(personal).pathname);
  await suePage.getByRole("button", { name: "Start now" }).click();
  await expect(suePage.getByLabel("Name of your organisation")).toHaveValue(organisation.name);
  await suePage.getByLabel(/Where in Coventry/).selectOption({ label: "Foleshill" });
  await next(suePage, "Skills and recruitment");
  await group(suePage, /significant skills gaps/).getByLabel("No").check();
  await next(suePage, "Refugees and migrants");
  await group(suePage, /employed refugees or migrants/).getByLabel("Yes").check();
  await group(suePage, /Would you consider/).getByLabel("Yes").check();
  await next(suePage, "Support that would help");
  await group(suePage, /Which support would help/).getByLabel(/paperwork/).check();
  await next(suePage, "Keeping in touch");
  await next(suePage, "Check your answers before sending them");
  await suePage.getByRole("button", { name: "Accept and send" }).click();
  await expect(suePage.getByRole("heading", { name: "Answers sent" })).toBeVisible();
  await suePage.context().close();

  // One answer is "fewer than 5" to the partner; once five more of its contacts answered, it sees how many.
  const sends = page.getByRole("table", { name: "Surveys you have sent to your contacts" });
  await page.reload();
  await expect(sends.getByRole("row", { name: new RegExp(survey.title) })).toContainText("fewer than 5");
  await sql`insert into campaign_recipients (campaign_id, email, list_name, invited_at, started_at, submitted_at)
    select c.id, 'more-' || n || ${`-${uniqueTag()}@example.net`}, 'partner contacts', now(), now(), now()
    from survey_campaigns c, generate_series(1, 5) n where c.partner_organisation_id = ${organisation.id}`;
  await page.reload();
  await expect(sends.getByRole("row", { name: new RegExp(survey.title) })).toContainText(/6\s*6\s*6/);
  await expectAccessible(page);
  await shot(page, "partner-send");

  await page.getByRole("link", { name: "Contacts" }).click();
  await expect(page.getByRole("table", { name: "Your organisation’s contacts" }).getByRole("row", { name: /Sue Webb/ })).toContainText("A weekly summary");
  await expectAccessible(page);
});
