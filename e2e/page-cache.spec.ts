import { createAccount, createTopic, sql, userId } from "./support/db";
import { ALONE, expect, signIn, test } from "./support/fixtures";

/** The nonce in a response's policy, and every nonce attribute in its HTML. */
function nonces(policy: string | undefined, html: string): { policy: string | undefined; inPage: Set<string> } {
  return { policy: policy?.match(/'nonce-([^']+)'/)?.[1], inPage: new Set([...html.matchAll(/nonce="([^"]+)"/g)].map((match) => match[1] ?? "")) };
}

// @alone: any write anywhere on the site clears the page cache, so nothing else may write meanwhile.
test("signed-out readers get a topic from the page cache with their own nonce, and a new comment clears it", { tag: ALONE }, async ({ page, request, browser, resident }) => {
  const TOPIC = `/topics/${(await createTopic()).slug}`;
  const fetchPage = async () => {
    const response = await request.get(TOPIC, { headers: { accept: "text/html" } });
    expect(response.status()).toBe(200);
    return { cache: response.headers()["x-page-cache"], html: await response.text(), policy: response.headers()["content-security-policy"] };
  };
  await fetchPage();
  const hit = await fetchPage();
  expect(hit.cache).toBe("hit");
  const first = nonces(hit.policy, hit.html);
  const again = await fetchPage();
  const second = nonces(again.policy, again.html);
  expect(first.policy).toBeTruthy();
  expect(second.policy).not.toBe(first.policy);
  expect([...first.inPage]).toEqual([first.policy]);
  expect([...second.inPage]).toEqual([second.policy]);

  // A reader's browser runs the cached page's scripts under its own policy: nothing is refused. The
  // e2e server runs two processes, each with its own cache, and a browser's connections reach either:
  // so the browser is handed exactly the response a cache hit gave, nonce and policy included.
  const cachedResponse = await request.get(TOPIC, { headers: { accept: "text/html" } });
  expect(cachedResponse.headers()["x-page-cache"]).toBe("hit");
  const reader = await browser.newContext();
  const readerPage = await reader.newPage();
  const refused: string[] = [];
  readerPage.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) refused.push(message.text());
  });
  await readerPage.route(`**${TOPIC}`, (route) => route.fulfill({ response: cachedResponse }));
  await readerPage.goto(TOPIC);
  await readerPage.getByRole("link", { name: "Oldest" }).click();
  await expect(readerPage).toHaveURL(/sort=oldest/);
  expect(refused).toEqual([]);
  await reader.close();

  // A resident posts: the next signed-out reader sees the comment at once.
  const words = `The page cache lets this through at once ${Date.now()}`;
  await signIn(page, resident, TOPIC);
  const form = page.getByRole("form", { name: "Write a comment" });
  await form.getByLabel("Your comment").fill(words);
  await form.getByRole("button", { name: "Post comment" }).click();
  await expect(form.getByRole("status")).toHaveText("Your comment has been published.");
  const after = await fetchPage();
  expect(after.cache).toBe("miss");
  expect(after.html).toContain(words);
});

/** A published comment on `topicId` by `email`, `minutesAgo` old; its id. */
async function commentBy(topicId: string, email: string, body: string, minutesAgo: number): Promise<string> {
  const [row] = await sql<{ id: string }[]>`insert into comments (topic_id, author_id, body, status, submission_key, created_at)
    values (${topicId}, ${await userId(email)}, ${body}, 'published', gen_random_uuid(), now() - make_interval(mins => ${minutesAgo})) returning id`;
  if (!row) throw new Error("The comment was not inserted");
  return row.id;
}

// @alone: any write anywhere on the site clears the page cache, so nothing else may write meanwhile.
test("signed-in readers get the participants' page from the cache, made theirs, with and without JavaScript", { tag: ALONE }, async ({ page, browser, resident }) => {
  const topic = await createTopic();
  const TOPIC = `/topics/${topic.slug}`;
  const neighbour = await createAccount("resident", "Amira Hussain", { trusted: true });
  const mineNow = await commentBy(topic.id, resident, "My fresh comment about buses", 1);
  const mineOld = await commentBy(topic.id, resident, "My older comment about parks", 120);
  const marked = await commentBy(topic.id, neighbour, "Their comment I found helpful", 60);
  const unmarked = await commentBy(topic.id, neighbour, "Their other comment", 30);
  await sql`insert into comment_helpful (comment_id, user_id) values (${marked}, ${await userId(resident)})`;
  await sql`update comments set helpful_count = 1 where id = ${marked}`;
  await sql`insert into topic_follows (topic_id, user_id) values (${topic.id}, ${await userId(resident)})`;
  // The neighbour's comment waiting for a moderator: only they see it, above the discussion.
  await sql`insert into comments (topic_id, author_id, body, status, hold_reason, submission_key)
    values (${topic.id}, ${await userId(neighbour)}, 'My comment still being checked', 'held', 'first_comment', gen_random_uuid())`;

  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  await signIn(page, resident, TOPIC);
  const fetchPage = async (request = page.request) => {
    const response = await request.get(TOPIC, { headers: { accept: "text/html" } });
    expect(response.status()).toBe(200);
    return { cache: response.headers()["x-page-cache"], html: await response.text(), control: response.headers()["cache-control"] };
  };
  await fetchPage();
  const hit = await fetchPage();
  expect(hit.cache).toBe("hit");
  expect(hit.control).toContain("private");
  expect(hit.html).toContain(`<span data-slot="viewer-name">Test resident</span>`);
  expect(hit.html).toContain(`id="controls-${mineNow}" data-own="true" data-editable="true"`);
  expect(hit.html).toContain(`id="controls-${mineOld}" data-own="true" data-editable="false"`);
  expect(hit.html).toContain(`id="controls-${marked}" data-own="false"`);
  expect(hit.html).toContain(`id="helpful-${marked}" aria-pressed="true"`);
  expect(hit.html).toContain(`id="helpful-${unmarked}" aria-pressed="false"`);
  expect(hit.html).toContain(`id="follow-topic" aria-pressed="true"`);
  expect(hit.html).toContain(`<li data-slot="staff-link" hidden="">`);
  expect(hit.html).not.toContain("My comment still being checked");

  // The same shared page, made the neighbour's: their name and comments, nothing of the resident's.
  const neighbourContext = await browser.newContext({ javaScriptEnabled: false });
  const neighbourPage = await neighbourContext.newPage();
  await signIn(neighbourPage, neighbour, TOPIC);
  const theirs = await fetchPage(neighbourPage.request);
  expect(theirs.cache).toBe("hit");
  expect(theirs.html).not.toContain(`<span data-slot="viewer-name">Test resident</span>`);
  expect(theirs.html).toContain(`<span data-slot="viewer-name">Amira Hussain</span>`);
  expect(theirs.html).toContain(`id="controls-${mineNow}" data-own="false"`);
  expect(theirs.html).toContain(`id="controls-${marked}" data-own="true" data-editable="false"`);
  expect(theirs.html).toContain(`id="follow-topic" aria-pressed="false"`);
  const held = neighbourPage.getByRole("region", { name: "Your comments waiting for a moderator" });
  await expect(held.getByRole("listitem").filter({ hasText: "My comment still being checked" }).getByText("Only you can see this")).toBeVisible();
  await expect(held.getByRole("link", { name: "Delete" })).toBeVisible();
  // Without JavaScript the page is right as sent: their own comment has Delete, not Report.
  const theirComment = neighbourPage.getByRole("listitem").filter({ hasText: "Their other comment" });
  await expect(theirComment.getByRole("link", { name: "Delete" })).toBeVisible();
  await expect(theirComment.getByRole("link", { name: "Report" })).toHaveCount(0);
  await expect(neighbourPage.getByRole("listitem").filter({ hasText: "My fresh comment" }).getByRole("link", { name: "Report" })).toBeVisible();
  await neighbourContext.close();

  // With JavaScript: the page hydrates without a mismatch and the reader's own state holds.
  await page.goto(TOPIC);
  const fresh = page.getByRole("listitem").filter({ hasText: "My fresh comment" });
  await expect(fresh.getByRole("link", { name: "Edit" })).toBeVisible();
  await expect(fresh.getByRole("button", { name: "Helpful" })).toHaveCount(0);
  await expect(page.getByRole("listitem").filter({ hasText: "My older comment" }).getByRole("link", { name: "Edit" })).toHaveCount(0);
  await expect(page.getByRole("listitem").filter({ hasText: "I found helpful" }).getByRole("button", { name: "Helpful" })).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByRole("button", { name: "Follow this topic" })).toHaveAttribute("aria-pressed", "true");
  await expect(page.locator(`[data-slot="viewer-name"]`)).toHaveText("Test resident");
  // Taking a mark back, then marking another: each button keeps focus and shows its new state.
  const markedButton = page.getByRole("listitem").filter({ hasText: "I found helpful" }).getByRole("button", { name: "Helpful" });
  await markedButton.click();
  await expect(markedButton).toHaveAttribute("aria-pressed", "false");
  await expect(markedButton).toBeFocused();
  const other = page.getByRole("listitem").filter({ hasText: "Their other comment" }).getByRole("button", { name: "Helpful" });
  await other.click();
  await expect(other).toHaveAttribute("aria-pressed", "true");
  expect(errors).toEqual([]);
  const [count] = await sql<{ marks: number }[]>`select count(*)::int as marks from comment_helpful where user_id = ${await userId(resident)}`;
  expect(count?.marks).toBe(1);
});

test("the statements are cached too, and a signed-in reader gets theirs with their own name", async ({ page, officer }) => {
  const read = async () => {
    const response = await page.request.get("/accessibility", { headers: { accept: "text/html" } });
    expect(response.status()).toBe(200);
    return { cache: response.headers()["x-page-cache"], html: await response.text() };
  };
  await signIn(page, officer, "/accessibility");
  const served = [await read(), await read()];
  expect(served.map((response) => response.cache)).toContain("hit");
  for (const { html } of served) {
    expect(html).toContain(`<span data-slot="viewer-name">Test officer</span>`);
    expect(html).toContain(`<li data-slot="staff-link"><a href="/console">`);
  }
  await expect(page.getByRole("link", { name: "Console" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "Accessibility statement" })).toBeVisible();
});
