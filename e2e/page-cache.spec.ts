import { createTopic } from "./support/db";
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
