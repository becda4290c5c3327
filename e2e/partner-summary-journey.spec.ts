import { createAccount, sql } from "./support/db";
import { expect, expectAccessible, signIn, test } from "./support/fixtures";
import { contactStatus } from "./support/partner-contacts";

/**
 * The whole story in one journey: an officer adds a partner and a contact, previews the contact's
 * summary and sends them one; the contact opens the preference link from that very email, with no
 * account, and unsubscribes; the officer then sees them unsubscribed and cannot mail them again.
 */
test("an officer adds a partner and a contact, previews and sends a summary; the contact unsubscribes from the email's link", async ({ page, browser }) => {
  test.setTimeout(90_000);
  const tag = Date.now().toString(36);
  const organisation = `Canley Residents Forum ${tag}`;
  const name = `Dev Sharma ${tag}`;
  const email = `dev-${tag}@canley-forum.example.org`;

  await signIn(page, await createAccount("officer"), "/console/partners/new");
  await page.getByLabel("Name", { exact: true }).fill(organisation);
  await page.getByLabel("Type of organisation").selectOption({ label: "Voluntary" });
  await page.getByRole("form", { name: "Organisation details" }).getByRole("button", { name: "Add organisation" }).click();
  await expect(page.getByRole("heading", { level: 1, name: organisation })).toBeVisible();

  const contactForm = page.getByRole("form", { name: "Contact" });
  await contactForm.getByLabel("Full name").fill(name);
  await contactForm.getByLabel("Email address").fill(email);
  await contactForm.getByLabel("Role (optional)").fill("Chair");
  await contactForm.getByLabel("Weekly: a summary of each week").check();
  await contactForm.getByRole("button", { name: "Add contact" }).click();
  await expect(page.getByRole("row", { name: new RegExp(name) })).toContainText("Active");

  await page.getByRole("link", { name: `Preview summary for ${name}` }).click();
  await expect(page.getByRole("heading", { level: 2, name: new RegExp(`^Summary for ${name}, week of`) })).toBeVisible();
  await expect(page.getByTestId("preview-subject")).toContainText("Let's Talk summary: week of");
  await expect(page.frameLocator("iframe.email-frame").getByRole("heading", { level: 1 })).toContainText("Let's Talk summary");
  await expectAccessible(page, { exclude: ["iframe.email-frame"] });

  await page.goto("/console/summaries/send");
  await page.getByLabel("What is the summary about?").selectOption({ label: "Employer skills-gap survey" });
  await page.getByRole("group", { name: organisation }).getByLabel(new RegExp(name)).check();
  await page.getByLabel("I have checked the topic or survey and the contacts, and want to send this now").check();
  await page.getByRole("button", { name: "Send the summary" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Queued" })).toContainText("Queued 1 email (0 skipped: unsubscribed or bounced).");

  // The contact reads the email (here: its plain-text part from the outbox) and follows its link.
  const [sent] = await sql<{ text_body: string; headers: Record<string, string> }[]>`select text_body, headers from email_outbox where to_address = ${email}`;
  expect(sent?.headers["List-Unsubscribe"]).toMatch(/^<http:\/\/localhost:\d+\/api\/partners\/unsubscribe\/[^>]+>$/);
  const link = sent?.text_body.match(/http:\/\/localhost:\d+\/partners\/preferences\/[A-Za-z0-9._-]+/)?.[0];
  expect(link, "the email links to the contact's preferences").toBeTruthy();

  const contactContext = await browser.newContext();
  const inbox = await contactContext.newPage();
  await inbox.goto(link ?? "");
  await expect(inbox.getByText(`For ${name}, ${organisation}`)).toBeVisible();
  await expectAccessible(inbox);
  await inbox.getByRole("button", { name: "Unsubscribe from all summaries" }).click();
  await expect(inbox.getByRole("heading", { level: 1, name: "You have unsubscribed" })).toBeVisible();
  await contactContext.close();

  const [contact] = await sql<{ id: string }[]>`select id from partner_contacts where email = ${email}`;
  expect(await contactStatus(contact?.id ?? "")).toBe("unsubscribed");
  await page.goto("/console/partners");
  await page.getByRole("link", { name: organisation }).click();
  await expect(page.getByRole("row", { name: new RegExp(name) })).toContainText("Unsubscribed");
  await expectAccessible(page);
});
