import type postgres from "postgres";
import { DURATION, POST_CONNECTIONS, TOPICS_BENCH as TARGET } from "./config";
import { countComments } from "./database";
import { measure, settledCount, type CpuProbe, type Measured } from "./load";
import type { BenchContext } from "./run-bench";
import { sessionCookie, type CommentPoster } from "./topic-requests";

export type PostFindings = {
  posts: Measured;
  /** The floor of a post. */
  floor: Measured;
  /** 2xx responses whose comment is not in the database (negative: more rows than 2xx, requests cut off as the run ended). */
  lost: number;
  lines: string[];
  problems: string[];
};

/**
 * POSTs comments for BENCH_DURATION seconds, each as the next poster, then counts the rows: every
 * 201 must be a comment in the database. Then the floor of a post: the same route refusing an
 * empty body (400) before postComment runs, so what a post costs above it is the use case's.
 */
export async function measurePosts(context: BenchContext, sql: postgres.Sql, topicId: string, poster: CommentPoster, probe: () => Promise<CpuProbe>): Promise<PostFindings> {
  const path = `/api/topics/${topicId}/comments`;
  const before = await countComments(sql, topicId);
  poster.createdIds.length = 0;
  const sentBefore = poster.sent();
  context.step(`POST ${path} for ${DURATION} s`);
  const posts = await measure(`POST ${path}`, { connections: POST_CONNECTIONS, duration: DURATION, requests: [poster.request] }, await probe(), TARGET);
  const after = await settledCount(() => countComments(sql, topicId));
  const [found] = await sql<{ total: number; published: number; held: number }[]>`
    select count(*)::int as total, count(*) filter (where status = 'published')::int as published, count(*) filter (where status = 'held')::int as held
    from comments where id = any(${poster.createdIds}::uuid[])`;
  const added = after - before;
  const lost = posts.ok - added;
  const missingIds = poster.createdIds.length - (found?.total ?? 0);
  const postsPerUser = Math.ceil((poster.sent() - sentBefore) / poster.tokens.length);

  const floor = await measure(
    `POST ${path} with an empty body (signed in, refused with 400 before any database work: the floor of a post)`,
    { connections: POST_CONNECTIONS, duration: 5, requests: [{ method: "POST", path, headers: { "content-type": "application/json", cookie: sessionCookie(poster.tokens[0] ?? "") }, body: "{}" }] },
    await probe(),
    TARGET,
  );
  const lines = [`  database  2xx sent ${posts.ok}   comments added ${added}   lost ${Math.max(lost, 0)}   201 ids not in the database ${missingIds}   (${found?.published ?? 0} published, ${found?.held ?? 0} held; at most ${postsPerUser} posts per user)`];
  if (lost < 0) lines.push(`  note      ${-lost} more comments than 2xx responses: requests cut off as the run ended, committed by the server`);
  const problems: string[] = [];
  if (lost > 0 || missingIds > 0) problems.push(`comments lost: ${lost} (by count), ${missingIds} (by id)`);
  return { posts, floor, lost: Math.max(lost, missingIds), lines, problems };
}
