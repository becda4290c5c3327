import { createAccount, createTopic, sql, userId } from "./support/db";
import { expect, expectAccessible, signIn, test } from "./support/fixtures";

/** A published comment by `email`, a day old, on a journey's own topic. */
async function publishedComment(topicId: string, email: string, body: string): Promise<void> {
  await sql`insert into comments (topic_id, author_id, body, status, submission_key, created_at)
    values (${topicId}, ${await userId(email)}, ${body}, 'published', gen_random_uuid(), now() - interval '1 day')`;
}

test("a resident comments, replies, edits and deletes", async ({ page, resident }) => {
  // The journey's own topic, with the demo topic's words and two comments already on it, one an employer's.
  const topic = await createTopic();
  const employer = await createAccount("employer", "Tom Bennett", { trusted: true });
  await publishedComment(topic.id, employer, "We have two vacancies for CNC machinists we cannot fill. Which documents do we need to see for the right-to-work check?");
  await publishedComment(topic.id, await createAccount("resident", "Amira Hussain", { trusted: true }), "More family events at the community centre would help newer residents.");
  await signIn(page, resident, `/topics/${topic.slug}`);
  await expect(page.getByRole("heading", { name: /Discussion: \d+ comments/ })).toBeVisible();
  await expectAccessible(page);

  const words = `Bus routes to Foleshill at night ${Date.now()}`;
  const newComment = page.getByRole("form", { name: "Write a comment" });
  await newComment.getByLabel("Your comment").fill(`${words}\nSecond line <script>alert(1)</script> see https://www.coventry.gov.uk/buses`);
  await newComment.getByRole("button", { name: "Post comment" }).click();
  await expect(newComment.getByRole("status")).toHaveText("Your comment has been published.");
  const mine = page.getByRole("listitem").filter({ hasText: words }).first();
  await expect(mine).toContainText("<script>alert(1)</script>");
  await expect(mine.getByRole("link", { name: "https://www.coventry.gov.uk/buses" })).toHaveAttribute("rel", "nofollow ugc noopener noreferrer");
  await expectAccessible(page);

  // Own comments carry edit and delete; others' carry helpful, reply and report.
  await expect(mine.getByRole("link", { name: "Edit" })).toBeVisible();
  await expect(mine.getByRole("link", { name: "Report" })).toHaveCount(0);
  const employerComment = page.getByRole("listitem").filter({ hasText: "CNC machinists" }).first();
  await expect(employerComment.getByRole("link", { name: "Edit" })).toHaveCount(0);

  // Helpful is a toggle button: pressed once marked, and focus stays on it.
  const helpful = employerComment.getByRole("button", { name: "Helpful" });
  await expect(helpful).toHaveAttribute("aria-pressed", "false");
  await helpful.click();
  await expect(helpful).toHaveAttribute("aria-pressed", "true");
  await expect(employerComment.getByText("1 person found this helpful")).toBeVisible();
  await expect(helpful).toBeFocused();

  // Reply to the employer's comment about right-to-work checks, on the reply's own page.
  await employerComment.getByRole("link", { name: "Reply" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Reply to a comment" })).toBeVisible();
  await expect(page.getByRole("figure", { name: "The comment" })).toContainText("CNC machinists");
  const reply = page.getByRole("form", { name: "Write a reply" });
  const replyText = `A checklist would help us too ${Date.now()}`;
  await reply.getByLabel("Your reply").fill(replyText);
  await reply.getByRole("button", { name: "Post reply" }).click();
  await expect(reply.getByRole("status")).toHaveText("Your comment has been published.");
  await expectAccessible(page);
  await page.getByRole("link", { name: "Back to the discussion" }).click();
  await expect(employerComment.getByRole("list", { name: "Replies" }).getByRole("paragraph").filter({ hasText: replyText })).toBeVisible();

  // Edit within 15 minutes: shown as edited, the old wording kept as a revision.
  await mine.getByRole("link", { name: "Edit" }).click();
  const edit = page.getByRole("form", { name: "Edit your comment" });
  await expect(edit.getByLabel("Edit your comment")).toHaveValue(new RegExp(`^${words}`));
  await edit.getByLabel("Edit your comment").fill(`${words} (edited for clarity)`);
  await edit.getByRole("button", { name: "Save changes" }).click();
  await expect(edit.getByRole("status")).toHaveText("Your comment has been updated.");
  await page.getByRole("link", { name: "Back to the discussion" }).click();
  await expect(page.getByRole("paragraph").filter({ hasText: `${words} (edited for clarity)` })).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: `${words} (edited for clarity)` }).getByText("(edited)")).toBeVisible();
  const [revisions] = await sql<{ total: number }[]>`
    select count(*)::int as total from comment_revisions r join comments c on c.id = r.comment_id where c.body like ${`${words}%`}`;
  expect(revisions?.total).toBe(1);

  // Delete, after a page that says what deleting does.
  await page.getByRole("listitem").filter({ hasText: `${words} (edited for clarity)` }).getByRole("link", { name: "Delete" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Delete your comment" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Delete comment" }).click();
  await expect(page.getByText("Your comment has been deleted.").first()).toBeVisible();
  await page.getByRole("link", { name: "Back to the discussion" }).click();
  await expect(page.getByRole("heading", { name: /Discussion: \d+ comments/ })).toBeVisible();
  await expect(page.getByRole("paragraph").filter({ hasText: `${words} (edited for clarity)` })).toHaveCount(0);
});

test("empty and overlong comments get clear errors and nothing is saved", async ({ page }) => {
  const partner = await createAccount("partner", "Test partner", { trusted: true });
  await signIn(page, partner, `/topics/${(await createTopic()).slug}`);
  // Other journeys comment at the same time: what counts is that this person saved nothing.
  const countMine = async () => (await sql<{ total: number }[]>`select count(*)::int as total from comments where author_id = ${await userId(partner)}`)[0]?.total;
  const before = await countMine();
  const form = page.getByRole("form", { name: "Write a comment" });
  await form.getByLabel("Your comment").fill("   \n  ");
  await form.getByRole("button", { name: "Post comment" }).click();
  await expect(form.getByRole("alert")).toContainText("Enter your comment.");
  await expectAccessible(page);
  await form.getByLabel("Your comment").fill("x".repeat(2001));
  await form.getByRole("button", { name: "Post comment" }).click();
  await expect(form.getByRole("alert")).toContainText("Your comment must be 2,000 characters or fewer.");
  expect(await countMine()).toBe(before);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("an employer posts a comment with a plain form post", async ({ page }) => {
    const topic = await createTopic({ from: "community-learning-plan" });
    await signIn(page, await createAccount("employer", "Test employer", { trusted: true }), `/topics/${topic.slug}`);
    const text = `Day-release courses for apprentices, please ${Date.now()}`;
    const form = page.getByRole("form", { name: "Write a comment" });
    await form.getByLabel("Your comment").fill(text);
    await form.getByRole("button", { name: "Post comment" }).click();
    await expect(page.getByText("Your comment has been published.")).toBeVisible();
    await expect(page.getByRole("list", { name: "Comments" }).getByRole("paragraph").filter({ hasText: text })).toBeVisible();
    const [row] = await sql<{ total: number }[]>`select count(*)::int as total from comments where body = ${text}`;
    expect(row?.total).toBe(1);
  });
});

test("comments are closed on a closed topic, with a clear note", async ({ page, resident }) => {
  const slug = `closed-topic-${Date.now()}`;
  await sql`insert into topics (slug, title, summary, body_json, body_html, status)
            values (${slug}, 'Closed consultation', 'This consultation has closed.', '{"type":"doc","content":[]}', '', 'closed')`;
  await signIn(page, resident, `/topics/${slug}`);
  await expect(page.getByText("This topic is closed, so comments are closed too.")).toBeVisible();
  await expect(page.getByRole("form", { name: "Write a comment" })).toHaveCount(0);
  await expectAccessible(page);
});
