import type postgres from "postgres";
import { commentBodies, FIRST_NAMES, generator, LAST_NAMES, replyBodies } from "./comment-text";
import { COMMENTERS, DEPTH_ONE, DEPTH_TWO, POSTERS, TOP_LEVEL, TOPIC_SLUG, TOPIC_TITLE } from "./config";

export type DiscussionOptions = { slug: string; title: string; /** 1: 10,000 comments; 10: 100,000. */ scale: number };

/** The people behind the discussions: the commenters (no sessions yet), made once per database. */
export async function seedCommenters(sql: postgres.Sql): Promise<void> {
  const names = Array.from({ length: COMMENTERS }, (_, i) => `${FIRST_NAMES[i % FIRST_NAMES.length]} ${LAST_NAMES[Math.floor(i / FIRST_NAMES.length) % LAST_NAMES.length]}`);
  await sql`
    insert into users (name, email, role, email_verified, created_at)
    select (${names}::text[])[g], 'bench-commenter-' || g || '@example.net', 'resident', now() - interval '60 days', now() - interval '60 days'
    from generate_series(1, ${COMMENTERS}::int) g`;
}

/** One open topic with 10,000 × scale comments and replies by the commenters; returns its id. */
export async function seedDiscussion(sql: postgres.Sql, options: DiscussionOptions): Promise<string> {
  const random = generator(20_240_611);
  const bodies = commentBodies(400, random);
  const replies = replyBodies(200, random);

  return sql.begin(async (tx) => {
    // The same discussion every run (random() is seeded; only ids and times differ).
    await tx`select setseed(0.42)`;
    const [topic] = await tx<{ id: string }[]>`
      insert into topics (slug, title, summary, body_json, body_html, status, moderation_mode, published_at, created_at)
      values (
        ${options.slug}, ${options.title},
        'Tell us how you travel along Foleshill Road and what would make it safer and easier.',
        '{"type":"doc","content":[]}',
        '<p>Foleshill Road carries more than 20,000 vehicles a day. We are proposing a peak-time bus lane, two new crossings and a 20 mph limit outside schools.</p><p>Tell us what works for you and what does not. We will publish a summary of what you said and what we did.</p>',
        'open', 'post', now() - interval '42 days', now() - interval '43 days')
      returning id`;
    if (!topic) throw new Error("Could not create the benchmark topic");
    await tx`insert into topic_themes (topic_id, theme_id) select ${topic.id}, id from themes where slug in ('transport', 'neighbourhoods', 'community-safety')`;
    await tx`insert into topic_neighbourhoods (topic_id, neighbourhood_id) select ${topic.id}, id from neighbourhoods where slug = 'foleshill'`;
    await tx`create temporary table bench_authors on commit drop as
      select id, row_number() over (order by email) as n from users where email like 'bench-commenter-%'`;

    // Top-level comments: a few regulars write most of them (random()^2), helpful counts are skewed
    // towards zero, a small share is held or removed by moderators, created over six weeks.
    await tx`
      insert into comments (topic_id, author_id, depth, body, status, hold_reason, removal_reason, helpful_count, submission_key, created_at)
      select ${topic.id}, a.id, 0, (${bodies}::text[])[r.body], r.status::comment_status,
             case when r.status = 'held' then 'flagged'::hold_reason end,
             case when r.status = 'hidden' then 'off_topic'::removal_reason end,
             r.helpful, gen_random_uuid(), now() - interval '42 days' * r.age
      from (
        select 1 + floor(power(random(), 2) * ${COMMENTERS})::int as author,
               1 + floor(random() * ${bodies.length})::int as body,
               case when random() < 0.97 then 'published' when random() < 0.5 then 'held' else 'hidden' end as status,
               floor(power(random(), 4) * 60)::int as helpful,
               random() as age
        from generate_series(1, ${TOP_LEVEL * options.scale}::int)
      ) r
      join bench_authors a on a.n = r.author`;

    // Replies: the most helpful comments draw the most replies; a reply comes after its parent.
    const addReplies = async (depth: number, total: number) => {
      await tx`
        with parents as (
          select id, created_at, row_number() over (order by helpful_count desc, created_at) as n
          from comments where topic_id = ${topic.id} and depth = ${depth - 1} and status = 'published'
        ), picks as (
          select g, 1 + floor(power(random(), 2) * (select count(*) from parents))::int as n,
                 1 + floor(random() * ${COMMENTERS})::int as author
          from generate_series(1, ${total}::int) g
        )
        insert into comments (topic_id, author_id, parent_id, depth, body, status, helpful_count, submission_key, created_at)
        select ${topic.id}, a.id, p.id, ${depth}, (${replies}::text[])[1 + floor(random() * ${replies.length})::int], 'published',
               floor(power(random(), 5) * 20)::int, gen_random_uuid(),
               least(now(), p.created_at + interval '3 days' * random())
        from picks join parents p using (n) join bench_authors a on a.n = picks.author`;
    };
    await addReplies(1, DEPTH_ONE * options.scale);
    await addReplies(2, DEPTH_TWO * options.scale);
    return topic.id;
  });
}

export type People = {
  /** Sessions of the users that post (regulars with an earlier comment elsewhere, so their posts publish). */
  posters: string[];
  /** Sessions of signed-in readers: the commenters (their own comments are on the page) and the posters, mixed. */
  readers: string[];
};

/**
 * Signs in the posters and the commenters, and gives every reader a few helpful marks on each
 * topic's newest comments (the first page a reader sees), as a browsing resident has.
 */
export async function seedReaders(sql: postgres.Sql, topicIds: string[]): Promise<People> {
  return sql.begin(async (tx) => {
    // Posters: each with one earlier comment elsewhere, so their posts publish straight away (after
    // the word-list check). Sessions expire in 30 days (the configured maxAge) so Auth.js has no
    // reason to extend them on every request, as it would for a day-old session.
    await tx`
      insert into users (name, email, role, email_verified, created_at)
      select 'Bench poster ' || g, 'bench-poster-' || g || '@example.net', 'resident', now() - interval '30 days', now() - interval '30 days'
      from generate_series(1, ${POSTERS}::int) g`;
    await tx`
      insert into comments (topic_id, author_id, depth, body, status, submission_key, created_at)
      select t.id, u.id, 0, 'An earlier comment on another discussion.', 'published', gen_random_uuid(), now() - interval '20 days'
      from users u cross join (select id from topics where slug = 'community-learning-plan') t
      where u.email like 'bench-poster-%'`;
    const sessions = await tx<{ token: string; poster: boolean }[]>`
      insert into sessions (session_token, user_id, expires)
      select encode(sha256(gen_random_uuid()::text::bytea), 'hex'), id, now() + interval '30 days' - interval '1 minute'
      from users where email like 'bench-poster-%' or email like 'bench-commenter-%'
      returning session_token as token, (select email like 'bench-poster-%' from users where users.id = user_id) as poster`;
    for (const topicId of topicIds) {
      await tx`
        with newest as (
          select id, row_number() over (order by created_at desc) as n from comments
          where topic_id = ${topicId} and depth = 0 and status = 'published' order by created_at desc limit 150
        ), marks as (
          insert into comment_helpful (comment_id, user_id)
          select distinct newest.id, picks.user_id
          from (
            select u.id as user_id, 1 + floor(random() * 150)::int as n
            from users u cross join generate_series(1, 3)
            where u.email like 'bench-poster-%' or u.email like 'bench-commenter-%'
          ) picks join newest using (n)
          on conflict do nothing
          returning comment_id
        )
        update comments set helpful_count = helpful_count + added.total
        from (select comment_id, count(*)::int as total from marks group by comment_id) added
        where comments.id = added.comment_id`;
    }
    await tx`analyze comments`.catch(() => undefined);
    await tx`analyze comment_helpful`.catch(() => undefined);
    // Sessions come back in insertion order; the tokens are hashes, so sorting them mixes the two kinds.
    const readers = sessions.map((row) => row.token).sort();
    return { posters: sessions.filter((row) => row.poster).map((row) => row.token), readers };
  });
}

/** The 10,000-comment discussion with its commenters and signed-in readers (bench:dashboard's comments). */
export async function seedBusyDiscussion(sql: postgres.Sql): Promise<{ topicId: string; people: People }> {
  await seedCommenters(sql);
  const topicId = await seedDiscussion(sql, { slug: TOPIC_SLUG, title: TOPIC_TITLE, scale: 1 });
  return { topicId, people: await seedReaders(sql, [topicId]) };
}
