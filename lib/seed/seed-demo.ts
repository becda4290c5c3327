import { inArray } from "drizzle-orm";
import type { Database } from "@/lib/db/client";
import {
  comments,
  communitiesOfInterest,
  neighbourhoods,
  networkMembers,
  networks,
  organisations,
  postcodeAreas,
  themes,
  topicCommunities,
  topicKeyDates,
  topicNeighbourhoods,
  topics,
  topicThemes,
  users,
} from "@/lib/db/schema";
import { renderRichText } from "@/lib/rich-text/render";
import { slugify } from "@/lib/text/slugify";
import { randomUUID } from "node:crypto";
import { DEMO_COMMENTS } from "./demo-comments";
import { DEMO_PEOPLE } from "./demo-people";
import { COMMUNITIES_OF_INTEREST, DEMO_POSTCODE_AREAS, NEIGHBOURHOODS, NETWORK, ORGANISATIONS, THEMES } from "./demo-reference";
import { organisationRow } from "./demo-organisation-rows";
import { DEMO_TOPICS } from "./demo-topics";
import { seedPartners } from "./seed-partners";
import { seedSurveys } from "./seed-surveys";

function isoDate(daysFromNow: number, today: Date): string {
  const date = new Date(today.getTime() + daysFromNow * 86_400_000);
  return date.toISOString().slice(0, 10);
}

function idsBySlug(rows: { id: string; slug: string }[]): Map<string, string> {
  return new Map(rows.map((row) => [row.slug, row.id]));
}

function required(map: Map<string, string>, key: string): string {
  const value = map.get(key);
  if (!value) throw new Error(`Demo data refers to "${key}", which is not seeded`);
  return value;
}

/**
 * Seeds the demo site. Idempotent: rows that already exist (by slug or email) are left untouched,
 * so running it again never duplicates or overwrites anything an officer has changed.
 */
export async function seedDemo(db: Database, today = new Date()): Promise<{ topicsCreated: number }> {
  return db.transaction(async (tx) => {
    await tx
      .insert(themes)
      .values(THEMES.map((theme, index) => ({ ...theme, sortOrder: index })))
      .onConflictDoNothing({ target: themes.slug });
    await tx
      .insert(communitiesOfInterest)
      .values(COMMUNITIES_OF_INTEREST.map((name, index) => ({ slug: slugify(name), name, sortOrder: index })))
      .onConflictDoNothing({ target: communitiesOfInterest.slug });
    await tx
      .insert(neighbourhoods)
      .values(NEIGHBOURHOODS.map((item) => ({ slug: slugify(item.name), name: item.name, isPriority: item.isPriority })))
      .onConflictDoNothing({ target: neighbourhoods.slug });

    const neighbourhoodIds = idsBySlug(await tx.select({ id: neighbourhoods.id, slug: neighbourhoods.slug }).from(neighbourhoods));
    await tx
      .insert(postcodeAreas)
      .values(Object.entries(DEMO_POSTCODE_AREAS).map(([prefix, name]) => ({ prefix, neighbourhoodId: required(neighbourhoodIds, slugify(name)) })))
      .onConflictDoNothing();
    await tx
      .insert(organisations)
      .values(ORGANISATIONS.filter((org) => !org.parent).map((org) => organisationRow(org, neighbourhoodIds, today)))
      .onConflictDoNothing({ target: organisations.slug });
    const parents = idsBySlug(await tx.select({ id: organisations.id, slug: organisations.slug }).from(organisations));
    await tx
      .insert(organisations)
      .values(
        ORGANISATIONS.filter((org) => org.parent).map((org) => ({ ...organisationRow(org, neighbourhoodIds, today), parentId: required(parents, org.parent ?? "") })),
      )
      .onConflictDoNothing({ target: organisations.slug });
    const orgIds = idsBySlug(await tx.select({ id: organisations.id, slug: organisations.slug }).from(organisations));

    await tx.insert(networks).values(NETWORK).onConflictDoNothing({ target: networks.slug });
    const networkIds = idsBySlug(await tx.select({ id: networks.id, slug: networks.slug }).from(networks));
    await tx
      .insert(networkMembers)
      .values(ORGANISATIONS.filter((org) => org.inNetwork).map((org) => ({ networkId: required(networkIds, NETWORK.slug), organisationId: required(orgIds, org.slug) })))
      .onConflictDoNothing();

    const themeIds = idsBySlug(await tx.select({ id: themes.id, slug: themes.slug }).from(themes));
    const communityIds = idsBySlug(await tx.select({ id: communitiesOfInterest.id, slug: communitiesOfInterest.slug }).from(communitiesOfInterest));

    await tx
      .insert(users)
      .values(
        DEMO_PEOPLE.map((person) => ({
          email: person.email,
          name: person.name,
          role: person.role,
          emailVerified: today,
          neighbourhoodId: person.neighbourhood ? required(neighbourhoodIds, slugify(person.neighbourhood)) : null,
          organisationId: person.organisation ? required(orgIds, person.organisation) : null,
          organisationRole: person.organisation ? ("administrator" as const) : null,
        })),
      )
      .onConflictDoNothing({ target: users.email });
    const people = new Map((await tx.select({ id: users.id, email: users.email }).from(users).where(inArray(users.email, DEMO_PEOPLE.map((person) => person.email)))).map((row) => [row.email, row.id]));
    const officerId = people.get("officer@example.org") ?? null;

    const existing = new Set((await tx.select({ slug: topics.slug }).from(topics)).map((row) => row.slug));
    let topicsCreated = 0;
    for (const topic of DEMO_TOPICS.filter((item) => !existing.has(item.slug))) {
      const body = renderRichText(topic.body);
      const [created] = await tx
        .insert(topics)
        .values({
          slug: topic.slug,
          title: topic.title,
          summary: topic.summary,
          bodyJson: body.json,
          bodyHtml: body.html,
          bodyText: body.text,
          status: "open",
          createdBy: officerId,
          moderationMode: topic.moderationMode,
          publishedAt: new Date(today.getTime() + (topic.dates[0]?.daysFromNow ?? 0) * 86_400_000),
        })
        .returning({ id: topics.id });
      if (!created) continue;
      topicsCreated += 1;
      await tx.insert(topicThemes).values(topic.themes.map((slug) => ({ topicId: created.id, themeId: required(themeIds, slug) })));
      await tx.insert(topicCommunities).values(topic.communities.map((name) => ({ topicId: created.id, communityId: required(communityIds, slugify(name)) })));
      await tx.insert(topicNeighbourhoods).values(topic.neighbourhoods.map((name) => ({ topicId: created.id, neighbourhoodId: required(neighbourhoodIds, slugify(name)) })));
      let minutesAgo = 60 * 24 * 3;
      const insertThread = async (items: (typeof DEMO_COMMENTS)[string], parentId: string | null, depth: number): Promise<void> => {
        for (const item of items) {
          minutesAgo -= 97;
          const [comment] = await tx
            .insert(comments)
            .values({
              topicId: created.id,
              authorId: people.get(item.author) ?? null,
              parentId,
              depth,
              body: item.body,
              status: "published",
              helpfulCount: item.helpful ?? 0,
              submissionKey: randomUUID(),
              createdAt: new Date(today.getTime() - minutesAgo * 60_000),
            })
            .returning({ id: comments.id });
          if (comment && item.replies) await insertThread(item.replies, comment.id, depth + 1);
        }
      };
      await insertThread(DEMO_COMMENTS[topic.slug] ?? [], null, 0);
      await tx.insert(topicKeyDates).values(
        topic.dates.map((date, index) => ({
          topicId: created.id,
          kind: date.kind,
          label: "label" in date ? date.label : null,
          date: isoDate(date.daysFromNow, today),
          sortOrder: index,
        })),
      );
    }
    await seedSurveys(tx, { today, officerId, themeIds });
    await seedPartners(tx, { today, themeIds });
    return { topicsCreated };
  });
}
