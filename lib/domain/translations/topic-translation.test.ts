import { describe, expect, it } from "vitest";
import { localiseTopic, localiseTopicCard, topicFields } from "./topic-translation";
import type { TranslationFields } from "./translation-fields";

const topic = {
  title: "Bus lanes",
  summary: "Where should they go?",
  bodyText: "The plan.",
  bodyHtml: "<p>The plan.</p>",
  documents: [{ id: "d1", name: "Map.pdf", size: 10 }],
};

const urdu: TranslationFields = {
  title: { text: "بس لینز", source: "Bus lanes" },
  body: { text: "{}", source: "The plan.", html: "<p>منصوبہ</p>" },
  "document.d1": { text: "نقشہ", source: "Map.pdf" },
};

describe("a topic's translatable fields", () => {
  it("are its title, summary, body and each document's name, compared by their plain English", () => {
    expect(topicFields(topic).map(({ key, kind, original }) => [key, kind, original])).toEqual([
      ["title", "line", "Bus lanes"],
      ["summary", "text", "Where should they go?"],
      ["body", "rich", "The plan."],
      ["document.d1", "line", "Map.pdf"],
    ]);
  });
});

describe("a topic for a reader", () => {
  it("is translated part by part, with the untranslated summary in English and the page told it is partial", () => {
    const shown = localiseTopic(topic, urdu, "ur");
    expect(shown.title).toEqual({ text: "بس لینز", lang: "ur" });
    expect(shown.summary).toEqual({ text: "Where should they go?", lang: "en" });
    expect(shown.bodyHtml).toEqual({ text: "<p>منصوبہ</p>", lang: "ur" });
    expect(shown.documents).toEqual([{ id: "d1", size: 10, name: { text: "نقشہ", lang: "ur" } }]);
    expect([shown.state, shown.partial]).toEqual(["translated", true]);
  });

  it("is the English, all of it, when the reader asks for the original", () => {
    const shown = localiseTopic(topic, urdu, "ur", true);
    expect([shown.title.lang, shown.bodyHtml.text, shown.documents[0]?.name.text, shown.state]).toEqual(["en", "<p>The plan.</p>", "Map.pdf", "original"]);
  });

  it("is the English with a note where there is no translation into the reader's language", () => {
    const shown = localiseTopic(topic, null, "pl");
    expect([shown.title, shown.state, shown.partial]).toEqual([{ text: "Bus lanes", lang: "en" }, "untranslated", false]);
  });

  it("drops back to English for a part whose English changed after it was translated", () => {
    const shown = localiseTopic({ ...topic, title: "Bus lanes and cycle lanes" }, urdu, "ur");
    expect(shown.title).toEqual({ text: "Bus lanes and cycle lanes", lang: "en" });
  });

  it("gives a card its translated title and summary where there are some", () => {
    const card = localiseTopicCard({ slug: "bus-lanes", title: "Bus lanes", summary: "Where should they go?" }, urdu, "ur");
    expect(card).toEqual({ slug: "bus-lanes", title: { text: "بس لینز", lang: "ur" }, summary: { text: "Where should they go?", lang: "en" } });
  });
});
