import { execFile } from "node:child_process";
import { promisify } from "node:util";
import type { Page } from "@playwright/test";
import { copySurvey, sql } from "./support/db";
import { ALONE, expect, expectAccessible, signIn, test } from "./support/fixtures";
import { E2E_AUTH_SECRET, E2E_BASE_URL, E2E_DATABASE_URL } from "./support/settings";

const shot = (page: Page, name: string) => page.screenshot({ path: test.info().outputPath(`${name}.png`), fullPage: true });
const group = (page: Page, name: RegExp) => page.getByRole("group", { name });

/** The jobs runner, as cron runs it (`npm run jobs`), against the journey's database. */
async function runJobs(): Promise<void> {
  await promisify(execFile)("npx", ["tsx", "--conditions=react-server", "scripts/jobs.ts"], {
    env: { ...process.env, DATABASE_URL: E2E_DATABASE_URL, AUTH_SECRET: E2E_AUTH_SECRET, AUTH_URL: E2E_BASE_URL, RESEND_API_KEY: "", LOG_LEVEL: "warn" },
  });
}

async function campaignMail(email: string) {
  return sql<{ category: string; text_body: string }[]>`select category, text_body from email_outbox where to_address = ${email} order by created_at`;
}

// The jobs runner queues and purges site-wide: the journey runs alone.
test("an officer imports a list, sends, runs the jobs and sees reminders reach only non-responders; a recipient answers through a personal link without an account", { tag: ALONE }, async ({ page, officer, browser }) => {
  const survey = await copySurvey("a-coventry-that-works-for-all");
  const stamp = Date.now().toString(36);
  const answers = `answers-${stamp}@employer.example.net`;
  const silent = `silent-${stamp}@employer.example.net`;

  await signIn(page, officer, `/console/surveys/${survey.id}`);
  await page.getByRole("link", { name: "Campaigns" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Campaigns" })).toBeVisible();
  const form = page.getByRole("form", { name: "Start a campaign" });
  await form.getByLabel("Reminder days").fill("7, soon");
  await form.getByRole("button", { name: "Create campaign" }).click();
  await expect(page.locator(".error-summary").getByRole("link", { name: "Enter a name for the campaign." })).toBeVisible();
  await expect(form.getByLabel("Reminder days")).toHaveValue("7, soon");
  await expectAccessible(page);
  await shot(page, "create-errors");
  await form.getByLabel("Campaign name").fill(`Employers ${stamp}`);
  await form.getByLabel("Reminder days").fill("7, 14");
  await form.getByRole("button", { name: "Create campaign" }).click();

  await expect(page.getByRole("heading", { level: 1, name: `Employers ${stamp}` })).toBeVisible();
  await expect(page.getByRole("heading", { name: "How it is going" })).toBeVisible();
  const csv = ["Name,Email,Organisation,Sector,Size", `Asha,${answers},Asha's Bakery,I,micro`, "Bad,not-an-address,,,", `Sam,${silent},Sam Logistics,H,small`, `Sam again,${silent.toUpperCase()},,,`].join("\n");
  await page.getByLabel("CSV file").setInputFiles({ name: "employers.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await page.getByRole("button", { name: "Check the file" }).click();
  await expect(page.getByRole("heading", { name: "Check the recipients in employers.csv" })).toBeVisible();
  await expect(page.getByRole("row", { name: /not-an-address/ })).toContainText("Enter an email address in the correct format");
  await expect(page.getByRole("row", { name: /^5/ })).toContainText("Same address as row 4: merged into it.");
  await expectAccessible(page);
  await shot(page, "import-preview");
  await page.getByRole("button", { name: "Add 2 recipients" }).click();
  await expect(page.getByText("2 recipients added")).toBeVisible();

  await page.getByRole("link", { name: "Send 2 invitations…" }).click();
  await expect(page.getByText("2 people will get an email inviting them")).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Yes, send 2 invitations" }).click();
  await expect(page.getByText("2 invitations queued")).toBeVisible();
  await expect(page.getByRole("row", { name: new RegExp(silent) })).toContainText("Invited");
  await expectAccessible(page);
  await shot(page, "sent");

  // The recipient, without an account, in a browser of their own: the link opens the survey.
  const [invitation] = await campaignMail(answers);
  expect(invitation?.category).toBe("campaign-invitation");
  const link = invitation?.text_body.match(/https?:\/\/\S+\/surveys\/invitations\/\S+/)?.[0] ?? "";
  const other = await browser.newContext();
  const recipient = await other.newPage();
  await recipient.goto(link);
  await expect(recipient.getByRole("heading", { level: 1, name: survey.title })).toBeVisible();
  await recipient.getByRole("button", { name: "Start now" }).click();
  await group(recipient, /get on in your area/).getByLabel("2", { exact: true }).check();
  await recipient.getByLabel(/belong to your neighbourhood/).selectOption({ label: "Not very strongly" });
  await recipient.getByLabel(/Your postcode/).fill("CV1 5RR");
  await recipient.getByRole("button", { name: "Continue", exact: true }).click();
  await recipient.getByLabel("Day").fill("28");
  await recipient.getByLabel("Month").fill("2");
  await recipient.getByLabel("Year").fill("2026");
  await recipient.getByRole("button", { name: "Continue", exact: true }).click();
  await recipient.getByRole("button", { name: "Accept and send" }).click();
  await expect(recipient.getByRole("heading", { name: "Answers sent" })).toBeVisible();
  // The link is used now: opening it again says so, and offers no new one.
  await recipient.goto(link);
  await expect(recipient.getByRole("heading", { level: 1, name: "A response has already been sent" })).toBeVisible();
  await expectAccessible(recipient);
  await shot(recipient, "link-used");
  await other.close();

  // A week on, the jobs run: only the one who has not answered is reminded.
  await sql`update campaign_recipients set invited_at = invited_at - interval '8 days' where email in (${answers}, ${silent})`;
  await runJobs();
  expect((await campaignMail(silent)).map((mail) => mail.category)).toEqual(["campaign-invitation", "campaign-reminder"]);
  expect((await campaignMail(answers)).map((mail) => mail.category)).toEqual(["campaign-invitation"]);
  await runJobs();
  expect(await campaignMail(silent)).toHaveLength(2);

  await page.reload();
  await expect(page.getByRole("row", { name: new RegExp(answers) })).toContainText("Answered");
  await expect(page.getByRole("row", { name: new RegExp(silent) })).toContainText("Invited");
  await expect(page.getByRole("row", { name: new RegExp(silent) }).getByRole("cell").nth(3)).toHaveText("1");
  await expectAccessible(page);
  await shot(page, "after-reminders");
});
