import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import { codeItem } from "@/lib/server/insight/code-item";
import { createTheme } from "@/lib/server/insight/create-theme";
import { deleteTheme } from "@/lib/server/insight/delete-theme";
import { getAnalysis } from "@/lib/server/insight/get-analysis";
import { listAnalysisItems } from "@/lib/server/insight/list-analysis-items";
import { mergeThemes } from "@/lib/server/insight/merge-themes";
import { renameTheme } from "@/lib/server/insight/rename-theme";
import { splitTheme } from "@/lib/server/insight/split-theme";
import { insertComment } from "@/tests/support/comment-fixtures";
import { createUser } from "@/tests/support/factories";
import { analyseTopic, codingsOf, themesOf, topicWithCorpus } from "@/tests/support/insight-fixtures";

let first: CurrentUser;
let second: CurrentUser;

beforeAll(async () => {
  first = await createUser(getDb(), { role: "officer", name: "First Officer" });
  second = await createUser(getDb(), { role: "officer", name: "Second Officer" });
});

const byLabel = async (topicId: string, label: string) => {
  const theme = (await getAnalysis({ kind: "topic", topicId })).themes.find((candidate) => candidate.label === label);
  if (!theme) throw new Error(`no theme ${label}`);
  return theme;
};

describe("coding by hand", () => {
  it("keeps two officers' tags on one item, who coded each and when, and is idempotent", async () => {
    const { topic, ids } = await topicWithCorpus();
    await analyseTopic(first, topic.id);
    const childcare = await byLabel(topic.id, "Childcare");
    const checks = await byLabel(topic.id, "Right to work checks");
    const item = ids.get("en-39") ?? "";
    await Promise.all([
      codeItem(first, { themeId: childcare.id, itemId: item, change: "add" }),
      codeItem(second, { themeId: checks.id, itemId: item, change: "add" }),
      codeItem(second, { themeId: checks.id, itemId: item, change: "add" }),
    ]);
    const listed = await listAnalysisItems({ kind: "topic", topicId: topic.id }, { itemId: item });
    expect(listed.items[0]?.codings.map((coding) => [coding.label, coding.source, coding.codedBy])).toEqual([
      ["Childcare", "officer", "First Officer"],
      ["Right to work checks", "officer", "Second Officer"],
    ]);
    const audit = await getDb().execute(sql`select count(*)::int as n from audit_log where action = 'insight.code' and details ->> 'itemId' = ${item}`);
    const rows = (Array.isArray(audit) ? audit : (audit as { rows: { n: number }[] }).rows) as { n: number }[];
    expect(rows[0]?.n).toBe(3);
    const history = (await getAnalysis({ kind: "topic", topicId: topic.id })).history;
    expect(history.filter((entry) => entry.action === "code").map((entry) => entry.who).sort()).toEqual(["First Officer", "Second Officer", "Second Officer"]);
    expect(history.at(-1)).toMatchObject({ action: "run", who: "First Officer" });
  });

  it("takes an analysis coding out as removed (kept, so a re-run never puts it back)", async () => {
    const { topic, ids } = await topicWithCorpus();
    await analyseTopic(first, topic.id);
    const checks = await byLabel(topic.id, "Right to work checks");
    const item = ids.get("en-09") ?? "";
    await codeItem(first, { themeId: checks.id, itemId: item, change: "remove" });
    expect((await codingsOf(checks.id)).find((coding) => coding.itemId === item)).toMatchObject({ source: "analysis", removed: true, codedBy: first.id });
    expect((await byLabel(topic.id, "Right to work checks")).count).toBe(checks.count - 1);
    await analyseTopic(first, topic.id);
    expect((await codingsOf(checks.id)).find((coding) => coding.itemId === item)).toMatchObject({ removed: true });
    expect((await byLabel(topic.id, "Right to work checks")).count).toBe(checks.count - 1);
  });
});

describe("organising themes", () => {
  it("merges two themes into the first: items and key phrases together, the other hidden", async () => {
    const { topic } = await topicWithCorpus();
    await analyseTopic(first, topic.id);
    const childcare = await byLabel(topic.id, "Childcare");
    const english = await byLabel(topic.id, "English classes");
    await mergeThemes(first, { themeIds: [english.id, childcare.id], label: "Barriers to learning" });
    const merged = await byLabel(topic.id, "Barriers to learning");
    expect(merged.id).toBe(english.id);
    expect(merged.keyPhrases).toEqual(expect.arrayContaining([...english.keyPhrases, ...childcare.keyPhrases]));
    expect(merged.count).toBeGreaterThan(Math.max(english.count, childcare.count));
    const hidden = (await themesOf(topic.id)).find((theme) => theme.id === childcare.id);
    expect(hidden).toMatchObject({ mergedInto: english.id });
    expect((await getAnalysis({ kind: "topic", topicId: topic.id })).themes.map((theme) => theme.id)).not.toContain(childcare.id);
  });

  it("splits chosen key phrases and their items into a new theme", async () => {
    const { topic, ids } = await topicWithCorpus();
    await analyseTopic(first, topic.id);
    const english = await byLabel(topic.id, "English classes");
    const esol = english.keyPhrases.filter((phrase) => phrase.startsWith("esol"));
    expect(esol.length).toBeGreaterThan(0);
    await splitTheme(first, { themeId: english.id, phrases: esol, label: "ESOL" });
    const split = await byLabel(topic.id, "ESOL");
    expect(split.keyPhrases).toEqual(esol);
    const esolItems = (await codingsOf(split.id)).map((coding) => coding.itemId);
    expect(esolItems).toEqual(expect.arrayContaining([ids.get("en-02"), ids.get("en-05"), ids.get("en-08")]));
    expect((await byLabel(topic.id, "English classes")).keyPhrases).not.toEqual(expect.arrayContaining(esol));
    await expect(splitTheme(first, { themeId: split.id, phrases: esol, label: "Nothing left" })).rejects.toMatchObject({ code: "validation" });
  });

  it("deletes a theme: hidden, and a re-run does not propose it again", async () => {
    const { topic } = await topicWithCorpus();
    await analyseTopic(first, topic.id);
    const checks = await byLabel(topic.id, "Right to work checks");
    await deleteTheme(first, { themeId: checks.id });
    await analyseTopic(first, topic.id);
    const labels = (await getAnalysis({ kind: "topic", topicId: topic.id })).themes.map((theme) => theme.label);
    expect(labels).not.toContain("Right to work checks");
    await expect(renameTheme(first, { themeId: checks.id, label: "Back again" })).rejects.toMatchObject({ code: "not_found" });
  });
});

describe("a re-run", () => {
  it("keeps what officers decided and proposes new comments into the existing themes", async () => {
    const { topic, author } = await topicWithCorpus();
    await analyseTopic(first, topic.id);
    const childcare = await byLabel(topic.id, "Childcare");
    const english = await byLabel(topic.id, "English classes");
    const skills = await byLabel(topic.id, "Skills gap");
    await renameTheme(first, { themeId: childcare.id, label: "Childcare costs and places" });
    await mergeThemes(second, { themeIds: [skills.id, english.id] });
    const own = await createTheme(first, { subject: { kind: "topic", topicId: topic.id }, label: "Libraries", keyPhrases: ["libraries"] });

    const newest = await insertComment({ topicId: topic.id, authorId: author.id, body: "Childcare near the library would let me go to English classes.", createdAt: new Date(Date.UTC(2026, 10, 2)) });
    await analyseTopic(first, topic.id);

    const themes = await themesOf(topic.id);
    const visible = themes.filter((theme) => !theme.deleted && !theme.mergedInto);
    expect(visible.find((theme) => theme.id === childcare.id)).toMatchObject({ label: "Childcare costs and places", origin: "officer" });
    // The merged-away theme's proposals went to the survivor: no new "English classes" theme.
    expect(visible.filter((theme) => theme.label === "English classes")).toHaveLength(0);
    expect(themes.find((theme) => theme.id === english.id)).toMatchObject({ mergedInto: skills.id });
    const codedTo = async (themeId: string) => (await codingsOf(themeId)).filter((coding) => !coding.removed).map((coding) => coding.itemId);
    expect(await codedTo(childcare.id)).toContain(newest);
    expect(await codedTo(skills.id)).toContain(newest);
    expect(await codedTo(own)).toContain(newest);
    expect(visible.find((theme) => theme.id === own)).toMatchObject({ label: "Libraries", origin: "officer", keyPhrases: ["libraries"] });
  });
});
