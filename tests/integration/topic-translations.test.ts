import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import { getDb } from "@/lib/db/client";
import { auditLog, contentTranslations, topicDocuments } from "@/lib/db/schema";
import { NotFoundError } from "@/lib/errors";
import { changeTopicStatus } from "@/lib/server/topics/change-topic-status";
import { getPublicTopic } from "@/lib/server/topics/get-public-topic";
import { listOpenTopicsByTheme } from "@/lib/server/topics/list-open-topics";
import { saveTopic } from "@/lib/server/topics/save-topic";
import { searchTopics } from "@/lib/server/topics/search-topics";
import { getTopicTranslation } from "@/lib/server/translations/get-topic-translation";
import { listTopicTranslations } from "@/lib/server/translations/list-topic-translations";
import { removeTranslation } from "@/lib/server/translations/remove-translation";
import { saveTopicTranslation } from "@/lib/server/translations/save-topic-translation";
import { createUser } from "@/tests/support/factories";
import { enFields } from "@/tests/support/messages";
import { doc, insertReferenceRows, paragraph, text, theme, topicInput, validationError } from "@/tests/support/topic-fixtures";

const db = () => getDb();
let officer: CurrentUser;

beforeAll(async () => {
  await insertReferenceRows();
  officer = await createUser(db(), { role: "officer" });
});

/** An open topic with one document, as an officer makes it. */
async function openTopic(title = `Bus lanes ${randomUUID().slice(0, 8)}`) {
  const saved = await saveTopic(officer, topicInput({ title, bodyJson: JSON.stringify(doc(paragraph(text("The plan for the ring road.")))) }));
  await changeTopicStatus(officer, saved.id, "publish");
  const [document] = await db()
    .insert(topicDocuments)
    .values({ topicId: saved.id, storageKey: `test/${randomUUID()}`, originalName: "Route map.pdf", mime: "application/pdf", kind: "pdf", size: 1200 })
    .returning({ id: topicDocuments.id });
  if (!document) throw new Error("No document");
  return { ...saved, title, documentId: document.id };
}

const urduBody = JSON.stringify(doc(paragraph(text("رنگ روڈ کا منصوبہ۔"))));

describe("translating a topic", () => {
  it("saves its title, summary, body (rendered and sanitised) and document names, and readers in that language see them", async () => {
    const topic = await openTopic();
    const result = await saveTopicTranslation(officer, topic.id, "ur", {
      "t.title": "رنگ روڈ پر بس لینز",
      "t.summary": "نئی بس لینز کہاں ہونی چاہییں؟",
      "t.body": urduBody,
      [`t.document.${topic.documentId}`]: "راستے کا نقشہ",
    });
    expect(result).toEqual({ translated: 4 });

    const shown = await getPublicTopic(topic.slug, "ur");
    expect(shown.translation?.title).toEqual({ text: "رنگ روڈ پر بس لینز", source: topic.title });
    expect(shown.translation?.body?.html).toBe("<p>رنگ روڈ کا منصوبہ۔</p>");
    expect(shown.translation?.[`document.${topic.documentId}`]?.text).toBe("راستے کا نقشہ");
    // Other languages, and English, have none.
    expect((await getPublicTopic(topic.slug, "pl")).translation).toBeNull();
    expect((await getPublicTopic(topic.slug, "en")).translation).toBeNull();

    const cards = (await listOpenTopicsByTheme("ur")).find((group) => group.slug === theme(0).slug)?.topics ?? [];
    expect(cards.find((card) => card.slug === topic.slug)).toMatchObject({ title: { text: "رنگ روڈ پر بس لینز", lang: "ur" }, summary: { text: "نئی بس لینز کہاں ہونی چاہییں؟", lang: "ur" } });
    const listed = await searchTopics({ q: "لینز" }, "ur");
    expect(listed.map((card) => card.slug)).toContain(topic.slug);
    expect((await searchTopics({ q: "لینز" }, "pl")).map((card) => card.slug)).not.toContain(topic.slug);

    const audit = await db().select().from(auditLog).where(and(eq(auditLog.subjectId, topic.id), eq(auditLog.action, "translation.saved")));
    expect(audit.map((entry) => entry.details)).toEqual([{ locale: "ur", translated: 4, of: 4 }]);
  });

  it("keeps parts left empty in English, and replaces the whole translation when saved again", async () => {
    const topic = await openTopic();
    await saveTopicTranslation(officer, topic.id, "pl", { "t.title": "Buspasy", "t.summary": "Gdzie?" });
    await saveTopicTranslation(officer, topic.id, "pl", { "t.title": "Buspasy na obwodnicy", "t.summary": "" });
    const form = await getTopicTranslation(topic.id, "pl");
    expect(form.fields.map(({ key, translation, state }) => [key, translation, state])).toEqual([
      ["title", "Buspasy na obwodnicy", "translated"],
      ["summary", "", "missing"],
      ["body", "", "missing"],
      [`document.${topic.documentId}`, "", "missing"],
    ]);
    expect(form.fields.find((field) => field.key === "body")?.english).toBe("<p>The plan for the ring road.</p>");
  });

  it("says which parts changed in English since, and shows those in English until translated again", async () => {
    const topic = await openTopic();
    await saveTopicTranslation(officer, topic.id, "ur", { "t.title": "بس لینز", "t.body": urduBody });
    await saveTopic(officer, topicInput({ title: topic.title, bodyJson: JSON.stringify(doc(paragraph(text("A new plan.")))) }), topic.id);

    const { languages } = await listTopicTranslations(topic.id);
    expect(languages.map((language) => [language.locale, language.translation?.progress.outdated ?? null])).toEqual([
      ["pa", null],
      ["ur", ["body"]],
      ["pl", null],
      ["ar", null],
    ]);
    expect(languages.find((language) => language.locale === "ur")?.translation?.progress).toMatchObject({ total: 4, translated: 1, missing: ["summary", `document.${topic.documentId}`] });
  });

  it("refuses a part that is too long, a body it cannot read, and a form with nothing translated", async () => {
    const topic = await openTopic();
    const tooLong = await validationError(saveTopicTranslation(officer, topic.id, "ar", { "t.title": "ا".repeat(201), "t.body": "{not json" }));
    expect(enFields(tooLong.fieldProblems)).toEqual({ "t.title": ["This must be 200 characters or fewer."], "t.body": ["The formatted text could not be read."] });
    const empty = await validationError(saveTopicTranslation(officer, topic.id, "ar", { "t.title": "  ", "t.body": JSON.stringify(doc()) }));
    expect(empty.userMessage.key).toBe("problems.contentTranslations.nothingTranslated");
    expect(await db().select().from(contentTranslations).where(eq(contentTranslations.topicId, topic.id))).toHaveLength(0);
  });

  it("can be removed, after which readers get the English again", async () => {
    const topic = await openTopic();
    await saveTopicTranslation(officer, topic.id, "pa", { "t.title": "ਬੱਸ ਲੇਨਾਂ" });
    await removeTranslation(officer, { kind: "topic", id: topic.id }, "pa");
    expect((await getPublicTopic(topic.slug, "pa")).translation).toBeNull();
    await expect(removeTranslation(officer, { kind: "topic", id: topic.id }, "pa")).rejects.toThrow(NotFoundError);
  });

  it("refuses a topic that does not exist", async () => {
    await expect(saveTopicTranslation(officer, randomUUID(), "ur", { "t.title": "بس" })).rejects.toThrow(NotFoundError);
  });
});
