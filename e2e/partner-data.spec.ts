import { readFile } from "node:fs/promises";
import { sql } from "./support/db";
import { expect, expectAccessible, test } from "./support/fixtures";
import { contactToken, createPartnerContact } from "./support/partner-contacts";

test("a partner contact downloads their data and removes themselves from the signed link", async ({ page }) => {
  const contact = await createPartnerContact("Grace Mensah");
  const token = contactToken(contact.id);
  await page.goto(`/partners/preferences/${token}`);
  await expect(page.getByRole("heading", { level: 2, name: "Your data" })).toBeVisible();
  await expectAccessible(page);

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download your data (JSON)" }).click();
  const data = JSON.parse(await readFile((await (await download).path()) ?? "", "utf8")) as { contact: { name: string; organisation: string } };
  expect(data.contact).toMatchObject({ name: "Grace Mensah", organisation: contact.organisation });

  await page.getByRole("form", { name: "Remove me and my data" }).getByRole("button", { name: "Remove me and my data" }).click();
  await expect(page).toHaveURL(/\/partners\/removed$/);
  await expect(page.getByRole("heading", { name: "You have been removed" })).toBeVisible();
  await expectAccessible(page);
  expect(await sql`select 1 from partner_contacts where id = ${contact.id}`).toHaveLength(0);

  // The link opens nothing now.
  expect((await page.goto(`/partners/preferences/${token}`))?.status()).toBe(404);
  expect((await page.request.get(`/api/partners/data/${token}`)).status()).toBe(404);
});
