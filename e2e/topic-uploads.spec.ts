import { createAccount, createTopic, sql } from "./support/db";
import { expect, expectAccessible, signIn, test } from "./support/fixtures";

const MB = 1024 * 1024;

/** A PDF of exactly `bytes` bytes: a header, padding, and the end marker the content check reads. */
function pdfOf(bytes: number): Buffer {
  const head = Buffer.from("%PDF-1.7\n");
  const tail = Buffer.from("\n%%EOF\n");
  return Buffer.concat([head, Buffer.alloc(bytes - head.length - tail.length, 0x20), tail]);
}

/** An open topic of the journey's own, in the console, as an officer of its own. */
async function openTopicConsole(page: import("@playwright/test").Page): Promise<string> {
  const topic = await createTopic();
  await signIn(page, await createAccount("officer"), `/console/topics/${topic.id}`);
  return topic.id;
}

const documentsNamed = async (name: string) =>
  (await sql<{ total: number }[]>`select count(*)::int as total from topic_documents where original_name = ${name}`)[0]?.total ?? 0;

test("a document of exactly 10 MB uploads; one over it gets the form's own error, without JavaScript too", async ({ browser }) => {
  test.setTimeout(90_000); // 22 MB through a browser and back: slow on two cores
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await openTopicConsole(page);
  const upload = page.getByRole("form", { name: "Upload a document" });

  const exact = `Full plan ${Date.now()}.pdf`;
  await upload.getByLabel("File").setInputFiles({ name: exact, mimeType: "application/pdf", buffer: pdfOf(10 * MB) });
  await upload.getByRole("button", { name: "Upload" }).click();
  await expect(page.getByRole("form", { name: "Upload a document" }).getByRole("status")).toHaveText(`"${exact}" has been attached.`);
  expect(await documentsNamed(exact)).toBe(1);

  const over = `Too big ${Date.now()}.pdf`;
  await page.getByRole("form", { name: "Upload a document" }).getByLabel("File").setInputFiles({ name: over, mimeType: "application/pdf", buffer: pdfOf(12 * MB) });
  await page.getByRole("form", { name: "Upload a document" }).getByRole("button", { name: "Upload" }).click();
  await expect(page.getByRole("form", { name: "Upload a document" }).getByRole("alert")).toContainText("The file must be 10 MB or smaller.");
  expect(await documentsNamed(over)).toBe(0);
  await context.close();
});

test("with JavaScript, a file over 10 MB is refused before it is sent", async ({ page }) => {
  test.setTimeout(60_000);
  await openTopicConsole(page);
  const input = page.getByRole("form", { name: "Upload a document" }).getByLabel("File");
  const name = `Huge ${Date.now()}.pdf`;
  await input.setInputFiles({ name, mimeType: "application/pdf", buffer: pdfOf(30 * MB) });
  await expect.poll(() => input.evaluate((element: HTMLInputElement) => element.validationMessage)).toBe("The file must be 10 MB or smaller.");
  await page.getByRole("form", { name: "Upload a document" }).getByRole("button", { name: "Upload" }).click();
  expect(await documentsNamed(name)).toBe(0);

  // Should the browser let it through anyway, the server refuses it with the form's own error.
  const through = `Through ${Date.now()}.pdf`;
  await input.setInputFiles({ name: through, mimeType: "application/pdf", buffer: pdfOf(12 * MB) });
  await input.evaluate((element: HTMLInputElement) => element.setCustomValidity(""));
  await page.getByRole("form", { name: "Upload a document" }).getByRole("button", { name: "Upload" }).click();
  await expect(page.getByRole("form", { name: "Upload a document" }).getByRole("alert")).toContainText("The file must be 10 MB or smaller.");
  await expectAccessible(page);
  expect(await documentsNamed(through)).toBe(0);
});
