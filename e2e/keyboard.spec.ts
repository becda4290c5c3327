import { copySurvey, createAccount, createTopic, latestSignInLink, sql, uniqueEmail, userId } from "./support/db";
import { expect, expectAccessible, signIn, test } from "./support/fixtures";
import { activate, chooseOption, chooseRadio, expectTargetSizes, tick, typeInto } from "./support/keyboard";

/*
 * Keyboard-only journeys: every field is reached with Tab, typed into, and every button and link is
 * pressed with Enter or Space; nothing is clicked. tabTo checks each stop on the way (focus visible,
 * not hidden, no trap); expectTargetSizes checks the pages' controls are at least 24 by 24 pixels.
 */

test("signing in with the keyboard alone: a skip link first, an email field, no password or puzzle", async ({ page }) => {
  await page.goto("/sign-in");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to main content" })).toBeFocused();
  await page.keyboard.press("Enter");
  // Accessible authentication (WCAG 3.3.8): an address the browser can fill in, nothing to remember or solve.
  const field = page.getByLabel("Email address");
  await expect(field).toHaveAttribute("autocomplete", "email");
  await expect(page.locator('input[type="password"], iframe, canvas')).toHaveCount(0);
  await expectTargetSizes(page);
  const email = uniqueEmail("keyboard");
  await typeInto(page, field, email);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  await expectAccessible(page);
  // The link arrives by email; opening it signs the person in.
  await page.goto(await latestSignInLink(email));
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
});

test("comment, reply and report with the keyboard alone", async ({ page, resident }) => {
  const topic = await createTopic();
  const neighbour = await createAccount("resident", "Amira Hussain", { trusted: true });
  await sql`insert into comments (topic_id, author_id, body, status, submission_key, created_at)
    values (${topic.id}, ${await userId(neighbour)}, 'More family events at the community centre would help.', 'published', gen_random_uuid(), now() - interval '1 day')`;
  await signIn(page, resident, `/topics/${topic.slug}`);
  await expectTargetSizes(page);

  const words = `Keyboard comment ${Date.now()}`;
  const form = page.getByRole("form", { name: "Write a comment" });
  await typeInto(page, form.getByLabel("Your comment"), words);
  await activate(page, form.getByRole("button", { name: "Post comment" }));
  await expect(form.getByRole("status")).toHaveText("Your comment has been published.");

  const theirs = page.getByRole("listitem").filter({ hasText: "More family events" }).first();
  const helpful = theirs.getByRole("button", { name: "Helpful" });
  await activate(page, helpful, "Space");
  await expect(helpful).toHaveAttribute("aria-pressed", "true");
  await expect(helpful).toBeFocused();

  await activate(page, theirs.getByRole("link", { name: "Reply" }));
  await expect(page.getByRole("heading", { level: 1, name: "Reply to a comment" })).toBeVisible();
  const reply = page.getByRole("form", { name: "Write a reply" });
  const replyText = `Keyboard reply ${Date.now()}`;
  await typeInto(page, reply.getByLabel("Your reply"), replyText);
  await activate(page, reply.getByRole("button", { name: "Post reply" }));
  await expect(reply.getByRole("status")).toHaveText("Your comment has been published.");
  await activate(page, page.getByRole("link", { name: "Back to the discussion" }));
  await expect(page.getByRole("heading", { name: /Discussion: \d+ comments/ })).toBeVisible();
  await expect(theirs.getByRole("list", { name: "Replies" }).getByRole("paragraph").filter({ hasText: replyText })).toBeVisible();

  await activate(page, theirs.getByRole("link", { name: "Report" }).first());
  await expect(page.getByRole("heading", { level: 1, name: "Report a comment" })).toBeVisible();
  const report = page.getByRole("form", { name: "Report this comment" });
  await chooseOption(page, report.getByLabel("Why are you reporting it?"), "Off topic");
  await activate(page, report.getByRole("button", { name: "Send report" }));
  await expect(report.getByRole("status")).toHaveText("Thank you. A moderator will look at this comment.");
  await expectAccessible(page);
});

test("an officer moderates a reported comment with the keyboard alone", async ({ page, officer }) => {
  const topic = await createTopic();
  const text = `Reported for the keyboard ${Date.now()}`;
  await sql`insert into comments (topic_id, author_id, body, status, submission_key, flag_count, created_at)
    values (${topic.id}, ${await userId(await createAccount("resident", "Sam Reed", { trusted: true }))}, ${text}, 'published', gen_random_uuid(), 1, now())`;
  await sql`insert into comment_flags (comment_id, user_id, reason)
    select c.id, ${await userId(await createAccount("resident", "Flagger"))}, 'off_topic' from comments c where c.body = ${text}`;
  await signIn(page, officer, "/console/moderation?view=flagged");
  await expectTargetSizes(page);
  const queued = page.getByRole("listitem").filter({ hasText: text });
  await tick(page, queued.getByRole("checkbox"));
  await chooseOption(page, page.getByLabel("Decision", { exact: true }), "Hide (the author is emailed the reason)");
  await chooseOption(page, page.getByLabel("Reason (needed to reject or hide)"), "Off topic");
  await activate(page, page.getByRole("button", { name: "Apply decision" }));
  await expect(page.getByRole("status")).toHaveText("1 comment hidden; the authors have been emailed.");
  await expectAccessible(page);
});

test("an employer answers the skills-gap survey with the keyboard alone, errors on the way", async ({ page }) => {
  const survey = await copySurvey("employer-skills-gap-survey");
  const email = await createAccount("employer", "Priya Shah");
  await signIn(page, email, `/surveys/${survey.slug}`);
  await expectTargetSizes(page);
  await activate(page, page.getByRole("button", { name: "Start now" }));
  const group = (name: RegExp) => page.getByRole("group", { name });
  const next = async (heading: string) => {
    await activate(page, page.getByRole("button", { name: "Continue", exact: true }));
    await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
  };

  // Nothing filled in: the error summary's links take the keyboard to each field.
  await expect(page.getByRole("heading", { name: "About your organisation" })).toBeVisible();
  await activate(page, page.getByRole("button", { name: "Continue", exact: true }));
  const summary = page.locator(".error-summary");
  await expect(summary.getByRole("link", { name: "Enter the name of your organisation." })).toBeVisible();
  await activate(page, summary.getByRole("link", { name: "Enter the name of your organisation." }));
  await expect(page.getByLabel("Name of your organisation")).toBeFocused();
  await page.keyboard.type("Canal Basin Logistics");
  await chooseOption(page, page.getByLabel("Sector"), "H: Transportation and storage");
  await chooseRadio(page, group(/How many people/), page.getByLabel("Medium (50 to 249 employees)"));
  await chooseOption(page, page.getByLabel(/Where in Coventry/), "Foleshill");
  await expectTargetSizes(page);
  await next("Skills and recruitment");

  await chooseRadio(page, group(/significant skills gaps/), group(/significant skills gaps/).getByLabel("No"));
  await next("Refugees and migrants");
  await chooseRadio(page, group(/employed refugees or migrants/), group(/employed refugees or migrants/).getByLabel("Yes"));
  await chooseRadio(page, group(/Would you consider/), page.getByLabel("Maybe, with the right support"));
  await next("Support that would help");
  await tick(page, group(/Which support would help/).getByLabel(/paperwork/));
  await typeInto(page, page.getByLabel(/how many vacancies/i), "twelve");
  await activate(page, page.getByRole("button", { name: "Continue", exact: true }));
  await activate(page, summary.getByRole("link", { name: /Enter a number for/ }));
  await expect(page.getByLabel(/how many vacancies/i)).toBeFocused();
  await expect(page.getByLabel(/how many vacancies/i)).toHaveValue("twelve");
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.type("12");
  await next("Keeping in touch");
  await tick(page, page.getByLabel(/may contact my organisation/));
  await next("Your contact details");
  await typeInto(page, page.getByLabel("Your name"), "Priya Shah");
  await typeInto(page, page.getByLabel("Email address"), email);
  await next("Check your answers before sending them");
  await expectTargetSizes(page);
  await activate(page, page.getByRole("button", { name: "Accept and send" }));
  await expect(page.getByRole("heading", { name: "Answers sent" })).toBeVisible();
  await expectAccessible(page);
  const [response] = await sql<{ answers: Record<string, unknown> }[]>`
    select r.answers from survey_responses r join surveys s on s.id = r.survey_id where s.slug = ${survey.slug} and r.status = 'submitted'`;
  expect(response?.answers).toMatchObject({ skills_gaps: "no", hired_before: "yes", vacancies: 12 });
});
