import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { copySurvey, createAccount, createOrganisation, sql } from "./support/db";
import { expect, expectAccessible, signIn, test } from "./support/fixtures";

const RESIDENTS_SLUG = "a-coventry-that-works-for-all";
const PARTNER_NETWORK_SLUG = "coventry-cohesion-and-integration-network";

async function joinNetwork(organisationId: string): Promise<void> {
  await sql`insert into network_members (network_id, organisation_id) select id, ${organisationId} from networks where slug = ${PARTNER_NETWORK_SLUG}`;
}

/** A resident answers the residents' survey from its start page, without an account. */
async function answerResidentsSurvey(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Start now" }).click();
  await page.getByRole("group", { name: /get on in your area/ }).getByLabel("4", { exact: true }).check();
  await page.getByLabel(/belong to your neighbourhood/).selectOption({ label: "Fairly strongly" });
  await page.getByLabel(/Your postcode/).fill("CV6 5AB");
  await page.getByRole("button", { name: "Continue", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Taking part" })).toBeVisible();
  await page.getByRole("button", { name: "Continue", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Check your answers before sending them" })).toBeVisible();
  await page.getByRole("button", { name: "Accept and send" }).click();
  await expect(page.getByRole("heading", { name: "Answers sent" })).toBeVisible();
}

test("an officer makes a survey's public and partner links with QR codes, and an answer through the partner's link is credited to the partner", async ({ browser }) => {
  test.setTimeout(120_000);
  const survey = await copySurvey(RESIDENTS_SLUG);
  const partner = await createOrganisation();
  await joinNetwork(partner.id);
  const context = await browser.newContext({ acceptDownloads: true });
  const officer = await context.newPage();
  await signIn(officer, await createAccount("officer"), `/console/surveys/${survey.id}/links`);
  await expect(officer.getByRole("heading", { level: 1, name: "Links and QR codes" })).toBeVisible();
  await expect(officer.getByText("There are no links yet.", { exact: false })).toBeVisible();

  await officer.getByRole("button", { name: "Make the survey's public link" }).click();
  await expect(officer.getByRole("heading", { level: 3, name: "The survey's public link" })).toBeVisible();
  await officer.getByLabel("Partner organisation").selectOption({ label: partner.name });
  await officer.getByRole("button", { name: "Make a partner's link" }).click();
  const card = officer.getByRole("region", { name: partner.name });
  await expect(card.getByRole("img", { name: new RegExp(`^QR code for ${partner.name}: it opens .*/s/`) })).toBeVisible();
  const address = await card.getByLabel("Address").inputValue();
  expect(address).toMatch(/\/s\/[A-Za-z0-9_-]{10}$/);
  const own = await officer.getByRole("region", { name: "The survey's public link" }).getByLabel("Address").inputValue();
  expect(own).not.toBe(address);
  await expectAccessible(officer);
  await officer.screenshot({ path: "/tmp/links-1280.png", fullPage: true });

  // The QR code, to print: an SVG file named after the survey.
  const downloading = officer.waitForEvent("download");
  await card.getByRole("link", { name: /Download the QR code/ }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(new RegExp(`^${survey.slug}-.+-qr\\.svg$`));
  expect(await readFile(await download.path(), "utf8")).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]*>.*<\/svg>$/s);

  // A resident scans the partner's poster and answers.
  const resident = await (await browser.newContext()).newPage();
  await resident.goto(new URL(address).pathname);
  await expect(resident).toHaveURL(new RegExp(`/surveys/${survey.slug}$`));
  await answerResidentsSurvey(resident);
  const credited = await sql<{ partner: string | null }[]>`
    select l.partner_organisation_id as partner from survey_responses r left join survey_links l on l.id = r.survey_link_id
    where r.survey_id = ${survey.id} and r.status = 'submitted'`;
  expect(credited).toEqual([{ partner: partner.id }]);

  await officer.reload();
  await expect(card.getByText("Responses through this link: 1 started, 1 submitted.")).toBeVisible();
  const row = officer.getByRole("table", { name: "Responses by link" }).getByRole("row").filter({ hasText: partner.name });
  await expect(row.getByRole("cell")).toHaveText(["1", "1"]);
});

test("an officer reads a campaign's report: the funnel, who is under-represented, and the figures as CSV", async ({ browser }) => {
  const survey = await copySurvey(RESIDENTS_SLUG);
  const [campaign] = await sql<{ id: string; name: string }[]>`
    insert into survey_campaigns (survey_id, name, status, sent_at) values (${survey.id}, ${`Winter mailing ${survey.slug.slice(-6)}`}, 'sent', now()) returning id, name`;
  if (!campaign) throw new Error("No campaign");
  // 100 invited, 50 answered: construction is 20% of those invited but 8% of the responses.
  for (const [sector, size, count, answered] of [["F", "small", 20, 4], ["G", "micro", 50, 30], ["C", "medium", 30, 16]] as const) {
    await sql`
      insert into campaign_recipients (campaign_id, email, list_name, sector, size_band, invited_at, delivered_at, opened_at, started_at, submitted_at)
      select ${campaign.id}, ${`${sector}-`} || n || ${`-${campaign.id}@example.net`}, 'members.csv', ${sector}, ${size}, now(), now(),
        case when n <= ${answered + 5} then now() end, case when n <= ${answered + 2} then now() end, case when n <= ${answered} then now() end
      from generate_series(1, ${count}) as n`;
  }
  const context = await browser.newContext({ acceptDownloads: true });
  const officer = await context.newPage();
  await signIn(officer, await createAccount("officer"), `/console/surveys/${survey.id}/campaigns/${campaign.id}/report`);
  await expect(officer.getByRole("heading", { level: 1, name: `Campaign report: ${campaign.name}` })).toBeVisible();
  await expect(officer.getByText("Response rate: 50% of those invited answered (50 of 100).")).toBeVisible();
  await expect(officer.getByRole("img", { name: "Recipients at each stage, as a share of those invited" })).toBeVisible();
  await expect(officer.getByRole("img", { name: "Sector: share of those invited and share of the responses" })).toBeVisible();
  const under = officer.getByRole("region", { name: "Who is under-represented" });
  await expect(under.getByRole("listitem")).toContainText(["Sector, Construction: 20% of invited, 8% of responses"]);
  await expectAccessible(officer);
  await officer.screenshot({ path: "/tmp/campaign-report-1280.png", fullPage: true });

  const downloading = officer.waitForEvent("download");
  await officer.getByRole("link", { name: "Download the figures (CSV)" }).click();
  const csv = await readFile(await (await downloading).path(), "utf8");
  expect(csv).toContain("Sector,Construction,20,20,9,6,4,0,0,20,20,8,Yes");
  expect(csv).not.toContain("@example.net");
  const [audited] = await sql<{ total: number }[]>`select count(*)::int as total from audit_log where subject_id = ${campaign.id} and action = 'campaign.funnel_export'`;
  expect(audited?.total).toBe(1);
});
