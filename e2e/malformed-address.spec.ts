import { expect, expectAccessible, test } from "./support/fixtures";

const MALFORMED = "%E0%A4%A";

test("a malformed address gets the not-found page, not a server error", async ({ page }) => {
  for (const path of [`/topics/${MALFORMED}`, `/surveys/${MALFORMED}`, `/surveys/${MALFORMED}/results`, `/partners/preferences/${MALFORMED}`, `/console/topics/${MALFORMED}`]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  }
  await expectAccessible(page);
});

test("a malformed API address gets a 400 with a reason", async ({ request }) => {
  for (const path of [`/api/documents/${MALFORMED}`, `/api/partners/unsubscribe/${MALFORMED}`]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(400);
    expect(await response.json()).toEqual({ error: "That address is not valid." });
  }
});
