import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import { getDb } from "@/lib/db/client";
import { topics, topicThemes } from "@/lib/db/schema";
import { NotFoundError } from "@/lib/errors";
import { changeTopicStatus, publishOutcome } from "@/lib/server/topics/change-topic-status";
import { getPublicTopic } from "@/lib/server/topics/get-public-topic";
import { getTopicForEdit } from "@/lib/server/topics/get-topic-for-edit";
import { listConsoleTopics } from "@/lib/server/topics/list-console-topics";
import { saveTopic } from "@/lib/server/topics/save-topic";
import { insertComment } from "@/tests/support/comment-fixtures";
import { createTopic, createUser, uniqueTag } from "@/tests/support/factories";
import { enFields } from "@/tests/support/messages";
import {
  community,
  doc,
  heading,
  insertReferenceRows,
  neighbourhood,
  paragraph,
  plainBody,
  text,
  theme,
  topicAudit,
  topicInput,
  topicRow,
  topicState,
  validationError,
} from "@/tests/support/topic-fixtures";

const db = () => getDb();
const UNKNOWN_ID = "00000000-0000-4000-8000-000000000000";

beforeAll(insertReferenceRows);

describe("saveTopic: updating", () => {
  async function savedTopic(officer: CurrentUser) {
    const title = `Parks and play areas ${uniqueTag()}`;
    const saved = await saveTopic(
      officer,
      topicInput({
        title,
        bodyJson: plainBody("The first description."),
        themeIds: [theme(0).id, theme(1).id],
        communityIds: [community(0).id, community(1).id],
        neighbourhoodIds: [neighbourhood(0).id],
        opensOn: "2031-03-01",
        closesOn: "2031-04-01",
        customLabel: "Walkabout",
        customDate: "2031-03-15",
      }),
    );
    return { ...saved, title };
  }

  it("replaces the fields, links and key dates, keeps the slug, status and author, and audits topic.updated", async () => {
    const officer = await createUser(db(), { role: "officer" });
    const editor = await createUser(db(), { role: "officer" });
    const topic = await savedTopic(officer);
    await changeTopicStatus(officer, topic.id, "publish");
    const newTitle = `Parks, play areas and benches ${uniqueTag()}`;

    const result = await saveTopic(
      editor,
      topicInput({
        title: newTitle,
        summary: "A wider question about parks.",
        bodyJson: JSON.stringify(doc(heading(2, "Updated"), paragraph(text("The second description.", [{ type: "italic" }])))),
        themeIds: theme(1).id,
        communityIds: [],
        neighbourhoodIds: [neighbourhood(1).id],
        decisionOn: "2031-09-01",
        moderationMode: "pre",
      }),
      topic.id,
    );

    expect(result).toEqual({ id: topic.id, slug: topic.slug });
    const state = await topicState(topic.id);
    expect(state.row).toMatchObject({
      slug: topic.slug,
      title: newTitle,
      summary: "A wider question about parks.",
      bodyHtml: "<h2>Updated</h2><p><em>The second description.</em></p>",
      bodyText: "Updated\n\nThe second description.",
      status: "open",
      moderationMode: "pre",
      createdBy: officer.id,
    });
    expect(state.themeIds).toEqual([theme(1).id]);
    expect(state.communityIds).toEqual([]);
    expect(state.neighbourhoodIds).toEqual([neighbourhood(1).id]);
    expect(state.keyDates).toEqual([{ kind: "decision", label: null, date: "2031-09-01", sortOrder: 0 }]);
    expect(await topicAudit(topic.id)).toEqual([
      { actorId: officer.id, action: "topic.created", details: { title: topic.title } },
      { actorId: officer.id, action: "topic.publish", details: { from: "draft", to: "open" } },
      { actorId: editor.id, action: "topic.updated", details: { title: newTitle } },
    ]);
  });

  it("saving the same form again changes nothing but the audit trail", async () => {
    const officer = await createUser(db(), { role: "officer" });
    const topic = await savedTopic(officer);
    const before = await topicState(topic.id);
    const input = topicInput({
      title: topic.title,
      bodyJson: plainBody("The first description."),
      themeIds: [theme(0).id, theme(1).id],
      communityIds: [community(0).id, community(1).id],
      neighbourhoodIds: [neighbourhood(0).id],
      opensOn: "2031-03-01",
      closesOn: "2031-04-01",
      customLabel: "Walkabout",
      customDate: "2031-03-15",
    });

    await saveTopic(officer, input, topic.id);

    const after = await topicState(topic.id);
    expect({ ...after, row: { ...after.row, updatedAt: null } }).toEqual({ ...before, row: { ...before.row, updatedAt: null } });
    expect((await topicAudit(topic.id)).map((row) => row.action)).toEqual(["topic.created", "topic.updated"]);
  });

  it.each([
    ["themeIds", () => ({ themeIds: [UNKNOWN_ID] })],
    ["communityIds", () => ({ communityIds: [community(1).id, UNKNOWN_ID] })],
    ["neighbourhoodIds", () => ({ neighbourhoodIds: [UNKNOWN_ID] })],
  ])("a refused update (unknown %s) leaves the topic, its links and key dates as they were", async (field, overrides) => {
    const officer = await createUser(db(), { role: "officer" });
    const topic = await savedTopic(officer);
    const before = await topicState(topic.id);

    const error = await validationError(
      saveTopic(
        officer,
        topicInput({ title: `Changed ${uniqueTag()}`, bodyJson: plainBody("Changed."), themeIds: theme(1).id, communityIds: [], neighbourhoodIds: [], decisionOn: "2031-12-01", moderationMode: "pre", ...overrides() }),
        topic.id,
      ),
    );

    expect(Object.keys(enFields(error.fieldProblems))).toEqual([field]);
    expect(await topicState(topic.id)).toEqual(before);
    expect((await topicAudit(topic.id)).map((row) => row.action)).toEqual(["topic.created"]);
  });

  it("a malformed description on update is refused on bodyJson and changes nothing", async () => {
    const officer = await createUser(db(), { role: "officer" });
    const topic = await savedTopic(officer);
    const before = await topicState(topic.id);

    for (const bodyJson of ["[]", '{"type":"doc","content":"<p>x</p>"}', "<p>HTML, not JSON</p>"]) {
      const error = await validationError(saveTopic(officer, topicInput({ title: `Changed ${uniqueTag()}`, bodyJson }), topic.id));
      expect(Object.keys(enFields(error.fieldProblems))).toEqual(["bodyJson"]);
    }

    expect(await topicState(topic.id)).toEqual(before);
    expect((await topicAudit(topic.id)).map((row) => row.action)).toEqual(["topic.created"]);
  });

  it("refuses to update an unknown topic with NotFoundError and writes no links", async () => {
    const officer = await createUser(db(), { role: "officer" });
    await expect(saveTopic(officer, topicInput(), UNKNOWN_ID)).rejects.toThrow(NotFoundError);
    expect(await db().select().from(topicThemes).where(eq(topicThemes.topicId, UNKNOWN_ID))).toEqual([]);
    expect(await topicAudit(UNKNOWN_ID)).toEqual([]);
  });
});

describe("reading topics", () => {
  const fullInput = (title: string) =>
    topicInput({
      title,
      summary: "Tell us about the market square.",
      bodyJson: JSON.stringify(doc(heading(2, "The square"), paragraph(text("Benches, trees and stalls.")))),
      themeIds: [theme(0).id, theme(1).id],
      communityIds: [community(1).id],
      neighbourhoodIds: [neighbourhood(0).id, neighbourhood(1).id],
      opensOn: "2031-05-01",
      closesOn: "2031-06-12",
      decisionOn: "2031-07-30",
      customLabel: "Market day stall",
      customDate: "2031-05-20",
      moderationMode: "pre",
    });

  it("getTopicForEdit returns a topic as its form needs it, with the outcome once published", async () => {
    const officer = await createUser(db(), { role: "officer" });
    const title = `Market square ${uniqueTag()}`;
    const { id, slug } = await saveTopic(officer, fullInput(title));

    const draft = await getTopicForEdit(id);
    expect({ ...draft, themeIds: [...draft.themeIds].sort(), neighbourhoodIds: [...draft.neighbourhoodIds].sort() }).toEqual({
      id,
      slug,
      title,
      summary: "Tell us about the market square.",
      bodyJson: doc(heading(2, "The square"), paragraph(text("Benches, trees and stalls."))),
      body: doc(heading(2, "The square"), paragraph(text("Benches, trees and stalls."))),
      outcomeJson: null,
      outcome: { type: "doc", content: [] },
      status: "draft",
      moderationMode: "pre",
      themeIds: [theme(0).id, theme(1).id].sort(),
      communityIds: [community(1).id],
      neighbourhoodIds: [neighbourhood(0).id, neighbourhood(1).id].sort(),
      opensOn: "2031-05-01",
      closesOn: "2031-06-12",
      decisionOn: "2031-07-30",
      customLabel: "Market day stall",
      customDate: "2031-05-20",
    });

    await changeTopicStatus(officer, id, "publish");
    const outcome = doc(paragraph(text("New benches are coming.")));
    await publishOutcome(officer, id, JSON.stringify(outcome));
    expect(await getTopicForEdit(id)).toMatchObject({ status: "outcome", outcome, outcomeJson: outcome });
  });

  it("getTopicForEdit refuses an unknown topic with NotFoundError", async () => {
    await expect(getTopicForEdit(UNKNOWN_ID)).rejects.toThrow(NotFoundError);
  });

  it("getPublicTopic hides drafts, then serves the stored HTML, tags, key dates and the outcome", async () => {
    const officer = await createUser(db(), { role: "officer" });
    const { id, slug } = await saveTopic(officer, fullInput(`Market square ${uniqueTag()}`));
    await expect(getPublicTopic(slug)).rejects.toThrow(NotFoundError);

    await changeTopicStatus(officer, id, "publish");
    const row = await topicRow(id);
    const open = await getPublicTopic(slug);
    expect(open).toEqual({
      id,
      slug,
      title: row.title,
      summary: "Tell us about the market square.",
      bodyHtml: row.bodyHtml,
      bodyText: row.bodyText,
      outcomeHtml: null,
      status: "open",
      publishedAt: row.publishedAt,
      themes: [theme(1), theme(0)].map(({ slug: themeSlug, name }) => ({ slug: themeSlug, name })),
      communities: [{ slug: community(1).slug, name: community(1).name }],
      neighbourhoods: [neighbourhood(1), neighbourhood(0)].map(({ slug: placeSlug, name }) => ({ slug: placeSlug, name })),
      keyDates: [
        { kind: "opens", label: null, date: "2031-05-01" },
        { kind: "custom", label: "Market day stall", date: "2031-05-20" },
        { kind: "closes", label: null, date: "2031-06-12" },
        { kind: "decision", label: null, date: "2031-07-30" },
      ],
      translation: null,
    });
    expect(open.bodyHtml).toBe("<h2>The square</h2><p>Benches, trees and stalls.</p>");

    await publishOutcome(officer, id, JSON.stringify(doc(paragraph(text("Trees planted "), text("in May", [{ type: "italic" }])))));
    expect(await getPublicTopic(slug)).toMatchObject({ status: "outcome", outcomeHtml: "<p>Trees planted <em>in May</em></p>" });
  });

  it("listConsoleTopics lists every topic, drafts included, with its published comment count", async () => {
    const officer = await createUser(db(), { role: "officer" });
    const draft = await saveTopic(officer, topicInput());
    const open = await createTopic(db());
    for (const status of ["published", "published", "published", "held", "hidden", "rejected", "deleted"] as const) await insertComment({ topicId: open.id, authorId: null, status });
    await insertComment({ topicId: (await createTopic(db())).id, authorId: null, status: "published" });

    const listed = await listConsoleTopics();

    expect(listed.find((topic) => topic.id === draft.id)).toMatchObject({ slug: draft.slug, status: "draft", comments: 0 });
    expect(listed.find((topic) => topic.id === open.id)).toEqual({
      id: open.id,
      slug: open.slug,
      title: open.title,
      status: "open",
      moderationMode: "post",
      updatedAt: expect.any(Date),
      comments: 3,
    });
  });

  it("listConsoleTopics puts the most recently updated topic first", async () => {
    const first = await createTopic(db());
    const second = await createTopic(db());
    await db().update(topics).set({ updatedAt: new Date(Date.UTC(2040, 0, 1)) }).where(eq(topics.id, first.id));
    await db().update(topics).set({ updatedAt: new Date(Date.UTC(2040, 0, 2)) }).where(eq(topics.id, second.id));

    const ids = (await listConsoleTopics()).map((topic) => topic.id).filter((id) => id === first.id || id === second.id);

    expect(ids).toEqual([second.id, first.id]);
  });
});
