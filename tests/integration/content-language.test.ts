import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { commentRevisions, surveyResponses } from "@/lib/db/schema";
import { countCommentsByLanguage } from "@/lib/server/comments/count-comments-by-language";
import { editComment } from "@/lib/server/comments/edit-comment";
import { listTopicComments } from "@/lib/server/comments/list-topic-comments";
import { postComment } from "@/lib/server/comments/post-comment";
import { surveyExportStream } from "@/lib/server/surveys/export/stream-survey-export";
import { getRespondentDraft } from "@/lib/server/surveys/respond/get-respondent-draft";
import { saveSurveySection } from "@/lib/server/surveys/respond/save-survey-section";
import type { Respondent } from "@/lib/server/surveys/respond/shared/respondent";
import { submitSurveyDraft } from "@/lib/server/surveys/respond/submit-survey-draft";
import { getSurveyResults } from "@/lib/server/surveys/results/get-survey-results";
import { submitAnswers } from "@/lib/server/surveys/submit-answers";
import { ZSurveySubmission } from "@/lib/validations/survey-submission";
import { commentRow, createRegularOn, insertComment } from "@/tests/support/comment-fixtures";
import { createTopic, createUser, type TestTopic } from "@/tests/support/factories";
import { enIssues } from "@/tests/support/messages";
import { createSurvey } from "@/tests/support/survey-fixtures";
import { tallies } from "@/tests/support/survey-queries";

const db = () => getDb();

let historyTopic: TestTopic;
beforeAll(async () => {
  historyTopic = await createTopic(db());
});

describe("the language of a comment", () => {
  it("is recorded as given, and is English when nothing says otherwise", async () => {
    const topic = await createTopic(db());
    const author = await createRegularOn(historyTopic);
    const inUrdu = await postComment(author, { topicId: topic.id, parentId: null, body: "یہ اچھا خیال ہے", locale: "ur", submissionKey: randomUUID() });
    const unsaid = await postComment(author, { topicId: topic.id, parentId: null, body: "A good idea", submissionKey: randomUUID() });
    expect((await commentRow(inUrdu.id)).locale).toBe("ur");
    expect((await commentRow(unsaid.id)).locale).toBe("en");
  });

  it("can be corrected while the comment may be edited, without counting as a new wording", async () => {
    const topic = await createTopic(db());
    const author = await createRegularOn(historyTopic);
    const { id } = await postComment(author, { topicId: topic.id, parentId: null, body: "Dobry pomysł", locale: "en", submissionKey: randomUUID() });
    await editComment(author, { commentId: id, body: "Dobry pomysł", locale: "pl" });
    const row = await commentRow(id);
    expect(row.locale).toBe("pl");
    expect(row.editedAt).toBeNull();
    expect(await db().select().from(commentRevisions).where(eq(commentRevisions.commentId, id))).toHaveLength(0);
  });

  it("is one of the site's languages", () => {
    const result = ZSurveySubmission.safeParse({ answers: {}, locale: "xx", submissionKey: randomUUID() });
    expect(result.success).toBe(false);
    expect(enIssues(result.error)?.locale).toEqual(["Say which language the questions were read in: en, pa, ur, pl or ar."]);
  });
});

describe("the discussion's language filter", () => {
  let topic: TestTopic;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    topic = await createTopic(db());
    const author = (await createUser(db())).id;
    const at = (minute: number) => new Date(Date.UTC(2026, 10, 2, 9, minute));
    const add = async (name: string, locale: "en" | "ur" | "pl", parent?: string, depth = 0) => {
      ids[name] = await insertComment({ topicId: topic.id, authorId: author, body: name, locale, parentId: parent ?? null, depth, createdAt: at(Object.keys(ids).length) });
    };
    await add("urdu root", "ur");
    await add("english reply to urdu", "en", ids["urdu root"], 1);
    await add("urdu reply to urdu", "ur", ids["urdu root"], 1);
    await add("english root", "en");
    await add("english root with urdu grandchild", "en");
    await add("english child", "en", ids["english root with urdu grandchild"], 1);
    await add("urdu grandchild", "ur", ids["english child"], 2);
    await add("polish root", "pl");
  });

  const shown = (comments: { body: string; replies: { body: string; replies: { body: string }[] }[] }[]) =>
    comments.map((comment) => [comment.body, comment.replies.map((reply) => [reply.body, reply.replies.map((grandchild) => grandchild.body)])]);

  it("shows every comment, each with its language, when no language is chosen", async () => {
    const page = await listTopicComments({ topicId: topic.id, sort: "oldest"});
    expect(page.comments.map((comment) => [comment.body, comment.locale])).toEqual([
      ["urdu root", "ur"],
      ["english root", "en"],
      ["english root with urdu grandchild", "en"],
      ["polish root", "pl"],
    ]);
  });

  it("keeps comments in the chosen language, and the comments that lead to a reply in it", async () => {
    const page = await listTopicComments({ topicId: topic.id, sort: "oldest", language: "ur" });
    expect(shown(page.comments)).toEqual([
      ["urdu root", [["urdu reply to urdu", []]]],
      ["english root with urdu grandchild", [["english child", ["urdu grandchild"]]]],
    ]);
  });

  it("counts published comments and replies by language", async () => {
    expect(await countCommentsByLanguage(topic.id)).toEqual({ ur: 3, en: 4, pl: 1 });
  });
});

describe("the language of a survey response", () => {
  const answer = async (slug: string, me: Respondent) => {
    await saveSurveySection(slug, me, { sectionId: "first", returnToCheck: false, form: { "q.likes": "yes" } });
    await saveSurveySection(slug, me, { sectionId: "more", returnToCheck: false, form: { "q.colours": ["red"], "q.score": "4" } });
    const { draft } = await getRespondentDraft(slug, me);
    if (!draft) throw new Error("No draft");
    return submitSurveyDraft(slug, me, draft.id);
  };

  it("is the page's language when sent, and answers in any language count together in the results and the export", async () => {
    const survey = await createSurvey(db());
    const inUrdu = await answer(survey.slug, { user: await createUser(db()), resumeToken: null, locale: "ur" });
    const inEnglish = await answer(survey.slug, { user: await createUser(db()), resumeToken: null, locale: "en" });
    const viaApi = await submitAnswers(null, survey.id, ZSurveySubmission.parse({ answers: { likes: "yes", colours: ["red", "blue"], score: 4 }, locale: "pl", submissionKey: randomUUID() }));

    const rows = await db().select({ reference: surveyResponses.reference, locale: surveyResponses.locale, answers: surveyResponses.answers }).from(surveyResponses).where(eq(surveyResponses.surveyId, survey.id));
    const byReference = new Map(rows.map((row) => [row.reference, row]));
    expect(byReference.get(inUrdu.reference)).toMatchObject({ locale: "ur", answers: { likes: "yes", colours: ["red"], score: 4 } });
    expect(byReference.get(inEnglish.reference)).toMatchObject({ locale: "en", answers: { likes: "yes", colours: ["red"], score: 4 } });
    expect(byReference.get(viaApi.reference)?.locale).toBe("pl");

    // Choices are stored by their keys, so the tallies and the results add them up whatever the language.
    expect(await tallies(survey.id)).toMatchObject({ "likes|yes": 3, "colours|red": 3, "colours|blue": 1, "score|4": 3 });
    const results = await getSurveyResults(survey.id);
    const colours = results.questions.find((item) => item.question.id === "colours");
    expect(colours?.kind === "choice" ? colours.options.map(({ id, count }) => [id, count]) : null).toEqual([
      ["red", 3],
      ["blue", 1],
    ]);

    const csv = Buffer.from(await new Response(surveyExportStream({ surveyId: survey.id, format: "csv", filters: {} })).arrayBuffer());
    const records: Record<string, string>[] = parse(csv, { bom: true, columns: true });
    expect(Object.fromEntries(records.map((record) => [record.Reference, record.Language]))).toEqual({ [inUrdu.reference]: "Urdu", [inEnglish.reference]: "English", [viaApi.reference]: "Polish" });
    expect(records.map((record) => record["Which colours?: Red"])).toEqual(["Yes", "Yes", "Yes"]);
  });
});
