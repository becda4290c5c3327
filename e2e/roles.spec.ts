import { createAccount, sql } from "./support/db";
import { expect, expectAccessible, signIn, test } from "./support/fixtures";

test("an admin makes a resident an officer, and it takes effect at once", async ({ browser, admin: adminEmail }) => {
  const email = await createAccount("resident");
  const personContext = await browser.newContext();
  const person = await personContext.newPage();
  await signIn(person, email);
  expect((await person.goto("/console"))?.status()).toBe(403);

  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signIn(admin, adminEmail, "/console/people");
  await expect(admin.getByRole("heading", { name: "People and roles" })).toBeVisible();
  await expectAccessible(admin);
  await admin.getByLabel("Name or email").fill(email);
  await admin.getByRole("button", { name: "Apply filters" }).click();
  await expect(admin.getByText("1 person")).toBeVisible();
  const row = admin.getByRole("form", { name: `Role for ${email}` });
  await row.getByLabel(`Role for ${email}`).selectOption("officer");
  await row.getByRole("button", { name: "Change role" }).click();
  await expect(row.getByRole("status")).toHaveText(`${email} is now: Council officer.`);
  await expectAccessible(admin);

  const [audit] = await sql<{ action: string; details: { from: string; to: string } }[]>`
    select a.action, a.details from audit_log a join users u on u.id::text = a.subject_id
    where u.email = ${email} order by a.created_at desc limit 1`;
  expect(audit).toEqual({ action: "role.changed", details: { from: "resident", to: "officer" } });

  const response = await person.goto("/console");
  expect(response?.status()).toBe(200);
  await expect(person.getByRole("heading", { name: "Officer console" })).toBeVisible();
  await personContext.close();
  await adminContext.close();
});

test("an unknown role is refused and changes nothing", async ({ page, admin }) => {
  const partner = await createAccount("partner");
  await signIn(page, admin, `/console/people?q=${encodeURIComponent(partner)}`);
  const form = page.getByRole("form", { name: `Role for ${partner}` });
  await form.locator("select").evaluate((select: HTMLSelectElement) => {
    const option = document.createElement("option");
    option.value = "mayor";
    option.textContent = "Mayor";
    select.append(option);
    select.value = "mayor";
  });
  await form.getByRole("button", { name: "Change role" }).click();
  await expect(form.getByRole("alert")).toContainText("Choose one of the roles");
  const [row] = await sql<{ role: string }[]>`select role from users where email = ${partner}`;
  expect(row?.role).toBe("partner");
});
