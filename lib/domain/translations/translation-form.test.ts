import { describe, expect, it } from "vitest";
import type { TranslatableField } from "./translation-fields";
import { readTranslationForm, translationFieldId, translationFieldName } from "./translation-form";

const fields: TranslatableField[] = [
  { key: "title", kind: "line", part: "title", original: "Bus lanes", max: 10 },
  { key: "summary", kind: "text", part: "summary", original: "Where?", max: 50 },
  { key: "body", kind: "rich", part: "body", original: "Body", max: 5 },
];

describe("reading a translation form", () => {
  it("names each field by its key, with an id a CSS selector and a link can use", () => {
    expect(translationFieldName("question.q3.option.yes")).toBe("t.question.q3.option.yes");
    expect(translationFieldId("question.q3.option.yes")).toBe("tr-question-q3-option-yes");
  });

  it("trims each text, keeps a paragraph's line breaks and puts a line's on one line", () => {
    const read = readTranslationForm(fields, { "t.title": "  Bus\r\npasy ", "t.summary": "Gdzie?\r\n\r\nKiedy?", "t.body": '{"type":"doc"}', "t.other": "ignored" });
    expect(read).toEqual({ texts: { title: "Bus pasy", summary: "Gdzie?\n\nKiedy?", body: '{"type":"doc"}' }, problems: {} });
  });

  it("says which field is too long, and leaves a rich field's length to the rendered text", () => {
    const read = readTranslationForm(fields, { "t.title": "x".repeat(11), "t.body": "x".repeat(100) });
    expect(read.problems).toEqual({ "t.title": [{ key: "validation.contentTranslations.tooLong", values: { max: 10 } }] });
    expect(read.texts.summary).toBe("");
  });
});
