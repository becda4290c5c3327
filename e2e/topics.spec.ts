import { createAccount, sql } from "./support/db";
import { expect, expectAccessible, signIn, test } from "./support/fixtures";

test("an officer writes a topic with rich text, opens it, and publishes the outcome to followers", async ({ browser }) => {
  const title = `Safer routes to school in Hillfields ${Date.now()}`;
  const officerContext = await browser.newContext();
  const officer = await officerContext.newPage();
  await signIn(officer, await createAccount("officer"), "/console/topics/new");
  await expect(officer.getByRole("heading", { name: "Create a topic" })).toBeVisible();

  // Nothing filled in: every problem is listed and nothing is saved.
  await officer.getByRole("button", { name: "Save draft" }).click();
  const form = officer.getByRole("form", { name: "Topic details" });
  await expect(form.getByRole("alert")).toContainText("Enter a title of at least 3 characters.");
  await expect(form.getByRole("alert")).toContainText("Choose at least one theme.");
  await expectAccessible(officer);

  await officer.getByLabel("Title", { exact: true }).fill(title);
  await officer.getByLabel("Summary").fill("Help us decide where crossings and slower streets are needed most.");
  const editor = officer.locator("#bodyJson");
  await editor.click();
  await officer.getByRole("button", { name: "Heading", exact: true }).click();
  await officer.keyboard.type("What we are proposing");
  await officer.keyboard.press("Enter");
  await officer.keyboard.type("Three new crossings near ");
  await officer.getByRole("button", { name: "Bold" }).click();
  await officer.keyboard.type("Hillfields primary schools");
  await officer.getByRole("checkbox", { name: "Community safety" }).check();
  await officer.getByRole("checkbox", { name: "Hillfields" }).check();
  await officer.getByLabel("Opens").fill("2026-12-01");
  await officer.getByLabel("Closes").fill("2026-11-01");
  await officer.getByRole("button", { name: "Save draft" }).click();
  await expect(form.getByRole("alert")).toContainText("The closing date must be after the opening date.");
  await officer.getByLabel("Closes").fill("2027-01-31");
  await officer.getByRole("button", { name: "Save draft" }).click();
  await expect(officer.getByText("The draft has been saved.")).toBeVisible();
  await expectAccessible(officer);

  const [stored] = await sql<{ slug: string; body_html: string; status: string }[]>`select slug, body_html, status from topics where title = ${title}`;
  expect(stored?.status).toBe("draft");
  expect(stored?.body_html).toContain("<h2>What we are proposing</h2>");
  expect(stored?.body_html).toContain("<strong>Hillfields primary schools</strong>");
  expect((await officer.request.get(`/topics/${stored?.slug}`)).status()).toBe(404);

  // Documents are checked by content: a text file named .pdf is refused, a real PDF is attached.
  const upload = officer.getByRole("form", { name: "Upload a document" });
  await upload.getByLabel("File").setInputFiles({ name: "minutes.pdf", mimeType: "application/pdf", buffer: Buffer.from("just some text, not a PDF") });
  await upload.getByRole("button", { name: "Upload" }).click();
  await expect(upload.getByRole("alert")).toContainText("PDF");
  const pdf = Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
  await upload.getByLabel("File").setInputFiles({ name: "Crossing proposals.pdf", mimeType: "application/pdf", buffer: pdf });
  await upload.getByRole("button", { name: "Upload" }).click();
  await expect(upload.getByRole("status")).toHaveText('"Crossing proposals.pdf" has been attached.');

  await officer.getByRole("button", { name: "Open for discussion" }).click();
  await expect(officer.getByText("The topic is open for discussion.")).toBeVisible();

  const residentContext = await browser.newContext();
  const resident = await residentContext.newPage();
  await signIn(resident, await createAccount("resident", "Test follower"), `/topics/${stored?.slug}`);
  await expect(resident.getByRole("heading", { level: 2, name: "What we are proposing" })).toBeVisible();
  const documentLink = resident.getByRole("link", { name: "Crossing proposals.pdf" });
  await expect(documentLink).toBeVisible();
  const download = await resident.request.get((await documentLink.getAttribute("href")) ?? "");
  expect(download.status()).toBe(200);
  expect(download.headers()["content-type"]).toBe("application/pdf");
  expect((await download.body()).equals(pdf)).toBe(true);
  const follow = resident.getByRole("button", { name: "Follow this topic" });
  await expect(follow).toHaveAttribute("aria-pressed", "false");
  await follow.click();
  await expect(follow).toHaveAttribute("aria-pressed", "true");
  await expect(resident.getByText("You are following this topic.")).toBeVisible();

  const outcome = officer.locator("#outcomeJson");
  await outcome.click();
  await officer.keyboard.type("Two crossings will be built in the spring.");
  await officer.getByRole("button", { name: "Publish the outcome" }).click();
  await expect(officer.getByText("1 follower has been emailed.")).toBeVisible();

  await resident.reload();
  await expect(resident.getByRole("heading", { name: "You said, we did" })).toBeVisible();
  await expect(resident.getByText("Two crossings will be built in the spring.")).toBeVisible();
  await expect(resident.getByText("This topic is closed, so comments are closed too.")).toBeVisible();
  await expectAccessible(resident);
  const [mail] = await sql<{ subject: string; text_body: string }[]>`
    select subject, text_body from email_outbox where category = 'outcome' and subject like ${`%${title}%`}`;
  expect(mail?.subject).toBe(`You said, we did: ${title}`);
  expect(mail?.text_body).toContain("Two crossings will be built in the spring.");
  await Promise.all([officerContext.close(), residentContext.close()]);
});
