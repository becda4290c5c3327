import type postgres from "postgres";
import { commentBodies, FIRST_NAMES, generator, LAST_NAMES, replyBodies } from "./comment-text";
import { COMMENTERS, DEPTH_ONE, DEPTH_TWO, POSTERS, TOP_LEVEL, TOPIC_SLUG } from "./config";

export type Fixture = { topicId: string; slug: string; tokens: string[] };

/** One open topic with 10,000 comments, its commenters, and the users (with sessions) that post. */
export async function seedDiscussion(sql: postgres.Sql): Promise<Fixture> {
  const random = generator(20_240_611);
  const bodies = commentBodies(400, random);
  const replies = replyBodies(200, random);
  const names = Array.from({ length: COMMENTERS }, (_, i) => `${FIRST_NAMES[i % FIRST_NAMES.length]} ${LAST_NAMES[Math.floor(i / FIRST_NAMES.length) % LAST_NAMES.length]}`);

  return sql.begin(async (tx) => {
    // The same discussion every run (random() is seeded; only ids and times differ).
    await tx`select setseed(0.42)`;
    const [topic] = await tx<{ id: string }[]>`
      insert into topics (slug, title, summary, body_json, body_html, status, moderation_mode, published_at, created_at)
      values (
        ${TOPIC_SLUG},
        'Keeping Foleshill moving: buses, crossings and safer streets',
        'Tell us how you travel along Foleshill Road and what would make it safer and easier.',
        '{"type":"doc","content":[]}',
        '<p>Foleshill Road carries more than 20,000 vehicles a day. We are proposing a peak-time bus lane, two new crossings and a 20 mph limit outside schools.</p><p>Tell us what works for you and what does not. We will publish a summary of what you said and what we did.</p>',
        'open', 'post', now() - interval '42 days', now() - interval '43 days')
      returning id`;
    if (!topic) throw new Error("Could not create the benchmark topic");
    await tx`insert into topic_themes (topic_id, theme_id) select ${topic.id}, id from themes where slug in ('transport', 'neighbourhoods', 'community-safety')`;
    await tx`insert into topic_neighbourhoods (topic_id, neighbourhood_id) select ${topic.id}, id from neighbourhoods where slug = 'foleshill'`;

    await tx`
      insert into users (name, email, role, email_verified, created_at)
      select (${names}::text[])[g], 'bench-commenter-' || g || '@example.net', 'resident', now() - interval '60 days', now() - interval '60 days'
      from generate_series(1, ${COMMENTERS}::int) g`;
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
        from generate_series(1, ${TOP_LEVEL}::int)
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
    await addReplies(1, DEPTH_ONE);
    await addReplies(2, DEPTH_TWO);

    // The posting users: regulars, each with one earlier comment elsewhere (so their posts publish
    // straight away, after the word-list check) and a session as if they signed in just now.
    // Sessions expire in 30 days (the configured maxAge) so Auth.js has no reason to extend them on
    // every request, as it would for a day-old session.
    await tx`
      insert into users (name, email, role, email_verified, created_at)
      select 'Bench poster ' || g, 'bench-poster-' || g || '@example.net', 'resident', now() - interval '30 days', now() - interval '30 days'
      from generate_series(1, ${POSTERS}::int) g`;
    await tx`
      insert into comments (topic_id, author_id, depth, body, status, submission_key, created_at)
      select t.id, u.id, 0, 'An earlier comment on another discussion.', 'published', gen_random_uuid(), now() - interval '20 days'
      from users u cross join (select id from topics where slug = 'community-learning-plan') t
      where u.email like 'bench-poster-%'`;
    const sessions = await tx<{ token: string }[]>`
      insert into sessions (session_token, user_id, expires)
      select encode(sha256(gen_random_uuid()::text::bytea), 'hex'), id, now() + interval '30 days' - interval '1 minute'
      from users where email like 'bench-poster-%'
      returning session_token as token`;
    await tx`analyze comments`.catch(() => undefined);
    return { topicId: topic.id, slug: TOPIC_SLUG, tokens: sessions.map((row) => row.token) };
  });
}
