import { createAccount, createTopic, sql, uniqueTag } from "./support/db";
import { expect, expectAccessible, signIn, test } from "./support/fixtures";

// Each journey comments on a topic of its own, as people of its own: the queue shows each comment
// with its author's name, unique here, so the officer picks out this journey's comment.

test("a pre-moderated comment is held, approved, then visible to everyone", async ({ browser, officer: officerEmail }) => {
  const topic = await createTopic({ from: "mi-friendly-cities", moderation: "pre" });
  const name = `Premod ${uniqueTag()}`;
  const email = await createAccount("resident", name, { trusted: true });
  const text = `Mentoring helped my cousin find work ${Date.now()}`;
  const residentContext = await browser.newContext();
  const resident = await residentContext.newPage();
  await signIn(resident, email, `/topics/${topic.slug}`);
  const form = resident.getByRole("form", { name: "Write a comment" });
  await form.getByLabel("Your comment").fill(text);
  await form.getByRole("button", { name: "Post comment" }).click();
  await expect(form.getByRole("status")).toHaveText("Thank you. Your comment will appear once a moderator has checked it.");
  await expect(resident.getByRole("listitem").filter({ hasText: text }).getByText("Only you can see this")).toBeVisible();

  const visitorContext = await browser.newContext();
  const visitor = await visitorContext.newPage();
  await visitor.goto(`/topics/${topic.slug}`);
  await expect(visitor.getByText(text)).toHaveCount(0);

  const officerContext = await browser.newContext();
  const officer = await officerContext.newPage();
  await signIn(officer, officerEmail, "/console/moderation");
  await expect(officer.getByRole("heading", { name: "Moderation" })).toBeVisible();
  await expectAccessible(officer);
  await officer.getByLabel(`Choose this comment by ${name}`).check();
  await officer.getByLabel("Decision", { exact: true }).selectOption("approve");
  await officer.getByRole("button", { name: "Apply decision" }).click();
  await expect(officer.getByRole("status")).toHaveText("1 comment approved.");

  await visitor.reload();
  await expect(visitor.getByText(text)).toBeVisible();
  const [audit] = await sql<{ action: string }[]>`
    select a.action from audit_log a join comments c on c.id::text = a.subject_id where c.body = ${text}`;
  expect(audit?.action).toBe("comment.approve");
  await Promise.all([residentContext.close(), visitorContext.close(), officerContext.close()]);
});

test("a reported comment goes to the queue and is hidden; the author is emailed why", async ({ browser, officer: officerEmail }) => {
  const topic = await createTopic();
  const partner = await createAccount("partner", "Test partner", { trusted: true });
  const text = `Flag me ${Date.now()}`;
  const authorContext = await browser.newContext();
  const author = await authorContext.newPage();
  await signIn(author, partner, `/topics/${topic.slug}`);
  const form = author.getByRole("form", { name: "Write a comment" });
  await form.getByLabel("Your comment").fill(text);
  await form.getByRole("button", { name: "Post comment" }).click();
  await expect(form.getByRole("status")).toHaveText("Your comment has been published.");

  const reporterContext = await browser.newContext();
  const reporter = await reporterContext.newPage();
  await signIn(reporter, await createAccount("resident", "Test reporter"), `/topics/${topic.slug}`);
  const item = reporter.getByRole("listitem").filter({ hasText: text });
  await item.getByRole("link", { name: "Report" }).click();
  const report = reporter.getByRole("form", { name: "Report this comment" });
  await report.getByLabel("Why are you reporting it?").selectOption("off_topic");
  await report.getByRole("button", { name: "Send report" }).click();
  await expect(report.getByRole("status")).toHaveText("Thank you. A moderator will look at this comment.");

  const officerContext = await browser.newContext();
  const officer = await officerContext.newPage();
  await signIn(officer, officerEmail, "/console/moderation?view=flagged");
  const queued = officer.getByRole("listitem").filter({ hasText: text });
  await expect(queued).toContainText("Reports: Off topic (1)");
  await queued.getByRole("checkbox").check();
  await officer.getByLabel("Decision", { exact: true }).selectOption("hide");
  await officer.getByRole("button", { name: "Apply decision" }).click();
  await expect(officer.getByRole("alert").filter({ hasText: "Choose a reason" })).toBeVisible();
  await expectAccessible(officer);
  await officer.getByRole("listitem").filter({ hasText: text }).getByRole("checkbox").check();
  await officer.getByLabel("Decision", { exact: true }).selectOption("hide");
  await officer.getByLabel("Reason (needed to reject or hide)").selectOption("off_topic");
  await officer.getByLabel("Note to the author (optional)").fill("Please keep to the topic.");
  await officer.getByRole("button", { name: "Apply decision" }).click();
  await expect(officer.getByRole("status")).toHaveText("1 comment hidden; the authors have been emailed.");

  await author.reload();
  await expect(author.getByText(text)).toHaveCount(0);
  const [email] = await sql<{ subject: string; text_body: string }[]>`
    select subject, text_body from email_outbox where to_address = ${partner} and category = 'moderation' order by created_at desc limit 1`;
  expect(email?.subject).toBe(`Your comment on "${topic.title}" has been removed`);
  expect(email?.text_body).toContain("Reason: it is not about this topic.");
  expect(email?.text_body).toContain("Please keep to the topic.");
  expect(email?.text_body).toContain(text);
  await Promise.all([authorContext.close(), reporterContext.close(), officerContext.close()]);
});

test("a new account's first comment is held, and a rejection emails the reason", async ({ browser, officer: officerEmail }) => {
  const topic = await createTopic({ from: "community-learning-plan" });
  // A new account, with no comment published yet.
  const email = await createAccount("resident", `First ${uniqueTag()}`);
  const text = `Buy cheap watches ${Date.now()}`;
  const residentContext = await browser.newContext();
  const resident = await residentContext.newPage();
  await signIn(resident, email, `/topics/${topic.slug}`);
  const form = resident.getByRole("form", { name: "Write a comment" });
  await form.getByLabel("Your comment").fill(text);
  await form.getByRole("button", { name: "Post comment" }).click();
  await expect(form.getByRole("status")).toHaveText("Thank you. Your comment will appear once a moderator has checked it.");

  const officerContext = await browser.newContext();
  const officer = await officerContext.newPage();
  await signIn(officer, officerEmail, "/console/moderation");
  const queued = officer.getByRole("listitem").filter({ hasText: text });
  await expect(queued).toContainText("Held: first comment from a new account");
  await queued.getByRole("checkbox").check();
  await officer.getByLabel("Decision", { exact: true }).selectOption("reject");
  await officer.getByLabel("Reason (needed to reject or hide)").selectOption("spam");
  await officer.getByRole("button", { name: "Apply decision" }).click();
  await expect(officer.getByRole("status")).toHaveText("1 comment rejected; the authors have been emailed.");

  await officer.goto("/console/outbox");
  await officer.getByRole("row", { name: new RegExp(email.replace(/[.+]/g, "\\$&")) }).filter({ hasText: "moderation" }).getByRole("link").click();
  await expect(officer.getByTestId("email-text")).toContainText("Reason: it is spam or advertising.");
  await expectAccessible(officer);

  await resident.reload();
  await expect(resident.getByText(text)).toHaveCount(0);
  await Promise.all([residentContext.close(), officerContext.close()]);
});

test("officers keep a word list; matching comments are held", async ({ browser, officer: officerEmail }) => {
  const topic = await createTopic();
  const phrase = `zzword${Date.now().toString(36)}`;
  const officerContext = await browser.newContext();
  const officer = await officerContext.newPage();
  await signIn(officer, officerEmail, "/console/moderation/words");
  await officer.getByLabel("Word or phrase", { exact: true }).fill(phrase.toUpperCase());
  await officer.getByRole("button", { name: "Add to the list" }).click();
  await expect(officer.getByRole("status")).toContainText(`"${phrase}" has been added.`);
  await expectAccessible(officer);

  const authorContext = await browser.newContext();
  const author = await authorContext.newPage();
  await signIn(author, await createAccount("employer", "Test employer", { trusted: true }), `/topics/${topic.slug}`);
  const form = author.getByRole("form", { name: "Write a comment" });
  await form.getByLabel("Your comment").fill(`This mentions ${phrase} in passing`);
  await form.getByRole("button", { name: "Post comment" }).click();
  await expect(form.getByRole("status")).toHaveText("Thank you. Your comment will appear once a moderator has checked it.");

  await officer.goto("/console/moderation");
  await expect(officer.getByRole("listitem").filter({ hasText: phrase })).toContainText("Held: matches the word list");
  await Promise.all([officerContext.close(), authorContext.close()]);
});
