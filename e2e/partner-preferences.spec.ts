import { sql } from "./support/db";
import { expect, expectAccessible, test } from "./support/fixtures";
import { contactStatus, contactToken, createPartnerContact } from "./support/partner-contacts";

const preferencesPath = (token: string) => `/partners/preferences/${token}`;
const shot = (name: string) => ({ path: `test-results/screenshots/partner-preferences-${name}.png`, fullPage: true });

async function savedChoices(id: string) {
  const [row] = await sql<{ frequency: string; all_themes: boolean; send_when_quiet: boolean; themes: number }[]>`
    select frequency, all_themes, send_when_quiet, (select count(*)::int from partner_contact_themes where contact_id = c.id) as themes
    from partner_contacts c where id = ${id}`;
  return row;
}

test("a partner contact changes their summaries and unsubscribes through the signed link, without an account", async ({ page }) => {
  const contact = await createPartnerContact("Amina Okafor");
  const token = contactToken(contact.id);

  const response = await page.goto(preferencesPath(token));
  expect(response?.status()).toBe(200);
  expect(response?.headers()["referrer-policy"]).toBe("same-origin");
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  await expect(page.getByRole("heading", { level: 1, name: "Your summary emails" })).toBeVisible();
  await expect(page.getByText(`For Amina Okafor, ${contact.organisation}`)).toBeVisible();
  await expectAccessible(page);
  await page.screenshot(shot("form"));

  const form = page.getByRole("form", { name: "Your summary email choices" });
  // Only some themes, but none ticked: a clear error linked to the themes, and nothing saved.
  await form.getByLabel("Only the themes I tick below").check();
  await form.getByRole("button", { name: "Save my choices" }).click();
  const summary = form.getByRole("alert");
  await expect(summary.getByRole("link", { name: "Choose at least one theme, or choose every theme." })).toHaveAttribute("href", "#themeIds");
  await expectAccessible(page);
  await page.screenshot(shot("error"));
  expect(await savedChoices(contact.id)).toMatchObject({ frequency: "monthly", all_themes: true, themes: 0 });

  await form.getByLabel("Transport").check();
  await form.getByLabel("Environment").check();
  await form.getByLabel("Every week").check();
  await form.getByLabel("Send me a short email saying so").check();
  await expect(form.getByLabel("Language of the emails")).toHaveValue("en");
  await form.getByRole("button", { name: "Save my choices" }).click();
  await expect(page.getByRole("status").getByText("Your choices are saved")).toBeVisible();
  expect(await savedChoices(contact.id)).toEqual({ frequency: "weekly", all_themes: false, send_when_quiet: true, themes: 2 });
  await expect(form.getByLabel("Transport")).toBeChecked();
  await expectAccessible(page);
  await page.screenshot(shot("saved"));

  await page.getByRole("button", { name: "Unsubscribe from all summaries" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "You have unsubscribed" })).toBeVisible();
  expect(await contactStatus(contact.id)).toBe("unsubscribed");
  await expectAccessible(page);
  await page.screenshot(shot("unsubscribed"));

  await page.getByRole("button", { name: "Subscribe again" }).click();
  await expect(page.getByRole("status").getByText("You are subscribed again")).toBeVisible();
  expect(await contactStatus(contact.id)).toBe("active");
  expect(await savedChoices(contact.id)).toMatchObject({ frequency: "weekly", themes: 2 });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the forms still save and unsubscribe", async ({ page }) => {
    const contact = await createPartnerContact("Tomasz Nowak");
    await page.goto(preferencesPath(contactToken(contact.id)));
    await page.getByLabel("Every week").check();
    await page.getByRole("button", { name: "Save my choices" }).click();
    await expect(page.getByText("Your choices are saved")).toBeVisible();
    expect(await savedChoices(contact.id)).toMatchObject({ frequency: "weekly" });
    await page.getByRole("button", { name: "Unsubscribe from all summaries" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "You have unsubscribed" })).toBeVisible();
    expect(await contactStatus(contact.id)).toBe("unsubscribed");
  });
});

test("a tampered or garbled link shows that it is not valid and changes nothing", async ({ page }) => {
  const contact = await createPartnerContact("Grace Mensah");
  const token = contactToken(contact.id);
  const tampered = `${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`;
  for (const bad of [tampered, "not-a-link", `${contact.id}.`]) {
    const response = await page.goto(preferencesPath(bad));
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "This link is not valid" })).toBeVisible();
    await expect(page.getByText("Grace Mensah")).toHaveCount(0);
  }
  await expectAccessible(page);
  await page.screenshot(shot("invalid"));
  expect(await contactStatus(contact.id)).toBe("active");
});

test("a bounced address is told why summaries stopped and cannot turn them back on from the link", async ({ page }) => {
  const contact = await createPartnerContact("Sam Doyle", "bounced");
  await page.goto(preferencesPath(contactToken(contact.id)));
  await expect(page.getByRole("heading", { level: 1, name: "Summaries to this address are stopped" })).toBeVisible();
  await expect(page.getByText("could not be delivered")).toBeVisible();
  // Nothing turns summaries back on; the contact may still take their data or remove themselves.
  await expect(page.getByRole("main").getByRole("button")).toHaveText(["Remove me and my data"]);
  await expectAccessible(page);
  await page.screenshot(shot("stopped"));
});

test("a mail client's one-click unsubscribe (RFC 8058) works without a session, once", async ({ request }) => {
  const contact = await createPartnerContact("Priya Shah");
  const token = contactToken(contact.id);
  const oneClick = { form: { "List-Unsubscribe": "One-Click" } };

  const bad = await request.post(`/api/partners/unsubscribe/${token.slice(0, -2)}xx`, oneClick);
  expect(bad.status()).toBe(404);
  expect(await bad.text()).toContain("This unsubscribe link is not valid");
  const wrongBody = await request.post(`/api/partners/unsubscribe/${token}`, { form: { something: "else" } });
  expect(wrongBody.status()).toBe(400);
  expect(await contactStatus(contact.id)).toBe("active");

  for (const attempt of [1, 2]) {
    const done = await request.post(`/api/partners/unsubscribe/${token}`, oneClick);
    expect(done.status(), `attempt ${attempt}`).toBe(200);
    expect(done.headers()["content-type"]).toContain("text/plain");
    expect(await done.text()).toBe("You have been unsubscribed from Let's Talk summary emails.");
  }
  expect(await contactStatus(contact.id)).toBe("unsubscribed");

  const opened = await request.get(`/api/partners/unsubscribe/${token}`, { maxRedirects: 0 });
  expect(opened.status()).toBe(303);
  expect(opened.headers().location).toMatch(new RegExp(`/partners/preferences/${token.replace(/[.*+?^${}()|[\]\\-]/g, "\\$&")}$`));
});

test("the Resend webhook is off, saying why, while no signing secret is set", async ({ request }) => {
  const response = await request.post("/api/email/webhooks/resend", { data: { type: "email.bounced" } });
  expect(response.status()).toBe(404);
  expect((await response.json()).error).toContain("RESEND_WEBHOOK_SECRET is not set");
});
