import { createAccount, sql } from "./support/db";
import { expect, expectAccessible, signIn, test } from "./support/fixtures";

test("officers see the retention periods in force and the last run; the privacy notice states the same periods", async ({ page }) => {
  // A run of the retention job, as the scheduled jobs record it.
  await sql`insert into audit_log (action, subject_type, subject_id, details)
            values ('retention.purged', 'retention', 'policy', ${sql.json({ drafts: 3, emailBodies: 12, rateLimits: 40, sessions: 2, signInTokens: 5, invitations: 7, joinRequests: 1 })})`;
  await signIn(page, await createAccount("officer"), "/console");
  await page.getByRole("navigation", { name: "Console" }).getByRole("link", { name: "Data retention" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Data retention" })).toBeVisible();
  const policy = page.getByRole("table", { name: "What is removed, and when" });
  await expect(policy.getByRole("row", { name: /Unfinished survey answers/ })).toContainText("90 days after the last change");
  await expect(policy.getByRole("row", { name: /The text of emails/ })).toContainText("30 days after sending");
  const removed = page.getByRole("table", { name: "Removed in the last run" });
  await expect(removed.getByRole("row", { name: /The text of emails/ })).toContainText("12");
  await expect(removed.getByRole("row", { name: /Invitations to join an organisation/ })).toContainText("7");
  await expectAccessible(page);

  await page.goto("/privacy");
  await expect(page.getByRole("table", { name: "What is removed, and when" }).getByRole("row", { name: /Unfinished survey answers/ })).toContainText("90 days after the last change");
  await expectAccessible(page);
});
