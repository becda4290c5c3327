import { createOrganisation, sql, uniqueTag } from "./support/db";
import { expect, expectAccessible, signIn, test } from "./support/fixtures";

const shot = async (page: import("@playwright/test").Page, name: string) => page.screenshot({ path: test.info().outputPath(`${name}.png`), fullPage: true });

test("an officer adds a partner organisation and a contact, and imports contacts from a CSV file", async ({ page, officer }) => {
  const name = `Hillfields Community Kitchen ${Date.now().toString(36)}`;
  const email = `cook-${Date.now().toString(36)}@kitchen.example.org`;
  await signIn(page, officer, "/console/partners");
  await expect(page.getByRole("heading", { name: "Partner organisations" })).toBeVisible();
  await expect(page.getByRole("row", { name: /CWN Community/ })).toContainText("Yes");
  await expectAccessible(page);
  await shot(page, "list");

  await page.getByRole("link", { name: "Add an organisation" }).click();
  await expect(page.getByRole("heading", { name: "Add an organisation" })).toBeVisible();
  await expectAccessible(page);
  const organisationForm = page.getByRole("form", { name: "Organisation details" });
  await organisationForm.getByRole("button", { name: "Add organisation" }).click();
  await expect(organisationForm.getByRole("alert")).toContainText("Choose the type of organisation.");
  await expectAccessible(page);
  await shot(page, "new-organisation-errors");
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByLabel("Type of organisation").selectOption({ label: "Community" });
  await page.getByLabel("Place (optional)").fill("Hillfields, Coventry");
  await expect(page.getByLabel("A member of the Coventry Cohesion and Integration Network")).toBeChecked();
  await organisationForm.getByRole("button", { name: "Add organisation" }).click();

  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "The organisation has been added." })).toBeVisible();
  await expect(page.getByText("No contacts yet.")).toBeVisible();
  await expectAccessible(page);

  const contactForm = page.getByRole("form", { name: "Contact" });
  await contactForm.getByLabel("Full name").fill("Leila Haddad");
  await contactForm.getByLabel("Email address").fill("sue.webb@cwn-community.example.org");
  await contactForm.getByLabel("Weekly: a summary of each week").check();
  await contactForm.getByLabel("Only the themes ticked below").check();
  await contactForm.getByRole("button", { name: "Add contact" }).click();
  await expect(contactForm.getByRole("alert")).toContainText("Choose at least one theme, or choose all themes.");
  await contactForm.getByRole("checkbox", { name: "Housing", exact: true }).check();
  await contactForm.getByRole("button", { name: "Add contact" }).click();
  await expect(contactForm.getByRole("alert")).toContainText("sue.webb@cwn-community.example.org is already a contact of CWN Community.");
  await expectAccessible(page);
  await shot(page, "contact-errors");
  await contactForm.getByLabel("Email address").fill(email.toUpperCase());
  await contactForm.getByLabel("Role (optional)").fill("Volunteer co-ordinator");
  await contactForm.getByRole("button", { name: "Add contact" }).click();

  await expect(page.getByRole("status").filter({ hasText: "The contact has been added." })).toBeVisible();
  const row = page.getByRole("row", { name: /Leila Haddad/ });
  await expect(row).toContainText(email);
  await expect(row).toContainText("Active");
  await expect(row).toContainText("Weekly");
  await expect(row).toContainText("Housing");
  await expect(row.getByRole("link", { name: "Preview summary for Leila Haddad" })).toHaveAttribute("href", /^\/console\/summaries\/preview\?contact=[0-9a-f-]{36}$/);
  await expectAccessible(page);
  await shot(page, "organisation");

  await page.getByRole("link", { name: "Back to partner organisations" }).click();
  const listed = page.getByRole("row", { name: new RegExp(name) });
  await expect(listed.getByRole("cell")).toHaveText(["Community", "Yes", "1", "0"]);
  await listed.getByRole("link", { name }).click();

  await page.getByRole("link", { name: "Import contacts from a CSV file" }).click();
  await expect(page.getByRole("heading", { name: `Import contacts to ${name}` })).toBeVisible();
  await expectAccessible(page);
  const stamp = Date.now().toString(36);
  const csv = ["name,email,role,frequency,themes", `Omar Farouk,omar-${stamp}@kitchen.example.org,Trustee,monthly,all`, `Bad Theme,bad-${stamp}@kitchen.example.org,,weekly,Parking`, `Jess Lowe,jess-${stamp}@kitchen.example.org,Chair,weekly,Housing; jobs-and-economy`].join("\n");
  await page.getByLabel("CSV file").setInputFiles({ name: "kitchen.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await page.getByRole("button", { name: "Check the file" }).click();

  await expect(page.getByRole("heading", { name: "Check the contacts in kitchen.csv" })).toBeVisible();
  await expect(page.getByText("2 of 3 rows can be imported. 1 row has problems and will be skipped.")).toBeVisible();
  await expect(page.getByRole("row", { name: /Bad Theme/ })).toContainText('Unknown theme "Parking".');
  await expect(page.getByRole("row", { name: /Omar Farouk/ })).toContainText("Ready to import");
  await expectAccessible(page);
  await shot(page, "import-preview");
  await page.getByRole("button", { name: "Import 2 contacts" }).click();

  await expect(page.getByRole("status").filter({ hasText: "Imported 2 contacts; 1 row skipped." })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: `See the contacts of ${name}` }).click();
  await expect(page.getByRole("row", { name: /Omar Farouk/ })).toContainText("All themes");
  await expect(page.getByRole("row", { name: /Jess Lowe/ })).toContainText("Housing, Jobs and economy");
  await expect(page.getByRole("row", { name: /Bad Theme/ })).toHaveCount(0);
});

test("an officer sees a bounced contact's status but cannot resubscribe, readdress or remove them", async ({ page, officer }) => {
  // An organisation of this journey's own, with a contact whose address bounced twelve days ago.
  const organisation = await createOrganisation(`Bounce Test Partners ${uniqueTag()}`);
  await sql`insert into partner_contacts (organisation_id, name, email, frequency, status, status_changed_at)
    values (${organisation.id}, 'Mark Jennings', ${`mark-${uniqueTag()}@health.example.org`}, 'weekly', 'bounced', now() - interval '12 days')`;
  await signIn(page, officer, "/console/partners");
  await page.getByRole("link", { name: organisation.name }).click();
  const row = page.getByRole("row", { name: /Mark Jennings/ });
  await expect(row).toContainText("Bounced");
  await row.getByRole("link", { name: "Edit Mark Jennings" }).click();

  await expect(page.getByRole("heading", { name: "Edit Mark Jennings" })).toBeVisible();
  await expect(page.getByTestId("contact-status")).toContainText(/Bounced on \d+ \w+ \d{4}\. No more summaries are sent to this address\. Only the contact can subscribe again/);
  await expect(page.getByLabel("Email address")).toHaveAttribute("readonly", "");
  await expect(page.getByRole("button", { name: "Remove contact" })).toHaveCount(0);
  await expect(page.getByRole("radio", { name: /Active/ })).toHaveCount(0);
  await expectAccessible(page);
  await shot(page, "bounced-contact");

  await page.getByLabel("Monthly: a summary of each month").check();
  await page.getByRole("button", { name: "Save contact" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The contact has been updated." })).toBeVisible();
  await expect(page.getByRole("row", { name: /Mark Jennings/ })).toContainText("Bounced");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("an officer adds a contact and imports a file with plain forms", async ({ page, officer }) => {
    const stamp = Date.now().toString(36);
    const organisation = await createOrganisation(`Plain Forms Partners ${uniqueTag()}`);
    await signIn(page, officer, "/console/partners");
    await page.getByRole("link", { name: organisation.name }).click();
    const contactForm = page.getByRole("form", { name: "Contact" });
    await contactForm.getByLabel("Full name").fill("Nia Evans");
    await contactForm.getByLabel("Email address").fill(`nia-${stamp}@partnership.example.org`);
    await contactForm.getByRole("button", { name: "Add contact" }).click();
    await expect(page.getByRole("row", { name: /Nia Evans/ })).toContainText("Monthly");

    await page.getByRole("link", { name: "Import contacts from a CSV file" }).click();
    const csv = `name,email,themes\nRhys Morgan,rhys-${stamp}@partnership.example.org,Housing\nNo Address,,all\n`;
    await page.getByLabel("CSV file").setInputFiles({ name: "partnership.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
    await page.getByRole("button", { name: "Check the file" }).click();
    await expect(page.getByRole("row", { name: /No Address/ })).toContainText("Enter the contact's email address.");
    await page.getByRole("button", { name: "Import 1 contact" }).click();
    await expect(page.getByText("Imported 1 contact; 1 row skipped.")).toBeVisible();
    await page.goto(page.url().replace(/\/import$/, ""));
    await expect(page.getByRole("row", { name: /Rhys Morgan/ })).toContainText("Housing");
  });
});
