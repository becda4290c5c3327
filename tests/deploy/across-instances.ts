import { randomUUID } from "node:crypto";
import { setTimeout as pause } from "node:timers/promises";
import { COMMENT_RATE } from "@/lib/domain/comments/comment-rules";
import { postComment, readPage } from "./http";
import type { Report } from "./report";

export type Topic = { id: string; slug: string };

/** Two instances of the app: separate processes, as two containers or two serverless instances. */
export type Pair = { a: string; b: string };

const POLL_MS = 100;

/** Reads a signed-out page until the instance serves it from its cache (the first read fills it). */
async function cachedCopy(baseUrl: string, address: string): Promise<string> {
  const first = await readPage(baseUrl, address);
  if (first.cache === "hit") return first.cache;
  return (await readPage(baseUrl, address)).cache;
}

/**
 * A comment posted through A shows on B's cached signed-out page within the cache's lifetime: B held
 * the page in its cache before the comment was posted; A, whose own write cleared its cache, shows the
 * comment at once; B serves its cached copy until the copy expires, then renders afresh, with the
 * comment, no later than PAGE_CACHE_SECONDS (plus a second for the round trips) after the post.
 */
export async function checkPageCacheAcrossInstances(report: Report, pair: Pair, topic: Topic, session: string, ttlSeconds: number): Promise<void> {
  const address = `/topics/${topic.slug}`;
  const [cachedOnA, cachedOnB] = [await cachedCopy(pair.a, address), await cachedCopy(pair.b, address)];
  report.check("B holds the signed-out topic page in its cache", cachedOnB === "hit" && cachedOnA === "hit", `x-page-cache on B: ${cachedOnB}, on A: ${cachedOnA}`);

  const text = `Posted on instance A ${randomUUID()}`;
  const posted = await postComment(pair.a, topic.id, session, text);
  const postedAt = performance.now();
  report.check("A accepts a comment through POST /api/topics/<id>/comments", posted.status === 201, `${posted.status} ${JSON.stringify(posted.json)}`);

  const onA = await readPage(pair.a, address);
  report.check("A shows it at once (a write clears the cache of the process that made it)", onA.html.includes(text), `x-page-cache: ${onA.cache}`);

  // A reader who asks B this long after the post must get the comment. Timed from when each
  // request is sent, so a slow render on a busy machine does not count against the cache.
  const deadline = postedAt + (ttlSeconds + 1) * 1000;
  let cachedWithout = 0;
  let renderedWithout = 0;
  let shown: { askedMs: number; answeredMs: number } | null = null;
  while (performance.now() < deadline) {
    const askedAt = performance.now();
    const onB = await readPage(pair.b, address);
    if (onB.html.includes(text)) {
      shown = { askedMs: askedAt - postedAt, answeredMs: performance.now() - postedAt };
      break;
    }
    if (onB.cache === "hit") cachedWithout += 1;
    else renderedWithout += 1;
    await pause(POLL_MS);
  }
  const seconds = (ms: number) => (ms / 1000).toFixed(2);
  report.check(
    `B shows it to a reader asking within PAGE_CACHE_SECONDS (${ttlSeconds} s) + 1 s of the post`,
    shown !== null,
    shown ? `asked ${seconds(shown.askedMs)} s after the post, answered at ${seconds(shown.answeredMs)} s` : `not shown to any reader asking within ${ttlSeconds + 1} s`,
  );
  report.check(
    "until then B served its cached copy, never a fresh render without the comment",
    renderedWithout === 0,
    `${cachedWithout} cached copies from before the post, ${renderedWithout} fresh renders without it`,
  );
}

/** Posts `count` comments as one person, the i-th through `instanceFor(i)`; counts what was accepted and refused. */
async function postSeveral(topic: Topic, session: string, count: number, instanceFor: (index: number) => string) {
  const tally = { accepted: 0, refused: 0, refusedWithRetryAfter: 0, other: [] as string[] };
  for (let index = 0; index < count; index += 1) {
    const posted = await postComment(instanceFor(index), topic.id, session, `Rate limit check ${index} ${randomUUID()}`);
    if (posted.status === 201) tally.accepted += 1;
    else if (posted.status === 429) {
      tally.refused += 1;
      if (Number(posted.retryAfter) > 0) tally.refusedWithRetryAfter += 1;
    } else tally.other.push(String(posted.status));
  }
  return tally;
}

/**
 * The comment limit (COMMENT_RATE: kept in Postgres) counts every instance's posts together: one
 * person posting through A and B in turn is refused after the same number as one posting through A alone.
 */
export async function checkRateLimitAcrossInstances(report: Report, pair: Pair, topic: Topic, sessions: { split: string; single: string }): Promise<void> {
  const attempts = COMMENT_RATE.limit + 4;
  const split = await postSeveral(topic, sessions.split, attempts, (index) => (index % 2 === 0 ? pair.a : pair.b));
  const single = await postSeveral(topic, sessions.single, attempts, () => pair.a);
  const describe = (tally: typeof split) => `${tally.accepted} accepted, ${tally.refused} refused with 429${tally.other.length ? `, other: ${tally.other.join(" ")}` : ""}`;
  report.check(
    `the comment limit (${COMMENT_RATE.limit} in ${COMMENT_RATE.windowSeconds} s) holds across A and B`,
    split.accepted === COMMENT_RATE.limit && split.refused === attempts - COMMENT_RATE.limit && split.other.length === 0,
    `${attempts} posts alternating A and B: ${describe(split)}`,
  );
  report.check(
    "refused at the same total as on one instance",
    split.accepted === single.accepted && single.other.length === 0,
    `${attempts} posts through A alone: ${describe(single)}`,
  );
  report.check("every refusal says when to try again", split.refusedWithRetryAfter === split.refused, `${split.refusedWithRetryAfter} of ${split.refused} with Retry-After`);
}
