import { readFile } from "node:fs/promises";
import { createAccount, createTopic, sql } from "./support/db";
import { expect, expectAccessible, signIn, test } from "./support/fixtures";

test("a resident downloads their data and deletes their account; their comment stays as deleted by its author", async ({ page }) => {
  const email = await createAccount("resident", "Data Subject");
  const topic = await createTopic();
  const [user] = await sql<{ id: string }[]>`select id from users where email = ${email}`;
  const words = `My comment about the bus station ${Date.now()}`;
  const [comment] = await sql<{ id: string }[]>`
    insert into comments (topic_id, author_id, body, status, submission_key) values (${topic.id}, ${user!.id}, ${words}, 'published', gen_random_uuid()) returning id`;

  await signIn(page, email, "/profile");
  await page.getByRole("link", { name: "Your data" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your data" })).toBeVisible();
  await expect(page.getByText("1 comment or reply")).toBeVisible();
  await expectAccessible(page);

  const json = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download as JSON" }).click();
  const data = JSON.parse(await readFile((await (await json).path()) ?? "", "utf8")) as { profile: { email: string }; comments: { body: string }[] };
  expect(data.profile.email).toBe(email);
  expect(data.comments.map((item) => item.body)).toEqual([words]);

  const html = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download as a web page" }).click();
  const readable = await readFile((await (await html).path()) ?? "", "utf8");
  expect(readable).toContain("<h2>Comments and replies</h2>");
  expect(readable).toContain(words);

  // Without the confirmation ticked, nothing happens and the form says why.
  const form = page.getByRole("form", { name: "Delete your account" });
  await form.getByRole("button", { name: "Delete my account" }).click();
  await expect(form.getByRole("alert")).toContainText("Tick the box to confirm you want to delete your account.");
  await expectAccessible(page);
  expect(await sql`select 1 from users where email = ${email}`).toHaveLength(1);

  await form.getByLabel("I understand that my account will be deleted and this cannot be undone").check();
  await form.getByRole("button", { name: "Delete my account" }).click();
  await expect(page).toHaveURL(/\/account-deleted$/);
  await expect(page.getByRole("heading", { name: "Your account has been deleted" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  await expectAccessible(page);

  expect(await sql`select 1 from users where email = ${email}`).toHaveLength(0);
  const [after] = await sql<{ status: string; body: string; author_id: string | null }[]>`select status, body, author_id from comments where id = ${comment!.id}`;
  expect(after).toEqual({ status: "deleted", body: "", author_id: null });
  await page.goto(`/topics/${topic.slug}`);
  await expect(page.getByText(words)).toHaveCount(0);
  await page.goto("/profile/data");
  await expect(page).toHaveURL(/\/sign-in/);
});
