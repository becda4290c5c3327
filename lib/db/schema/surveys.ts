import { sql } from "drizzle-orm";
import { bigint, boolean, index, integer, jsonb, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import type { Answers } from "@/lib/domain/surveys/answer-types";
import type { SurveyDefinition } from "@/lib/domain/surveys/definition";
import type { Locale } from "@/lib/i18n/locales";
import { users } from "./auth";
import { createdAt, id, updatedAt } from "./common";
import { neighbourhoods, organisations, organisationSizeBand, themes } from "./reference";
import { topics } from "./topics";

export const surveyStatus = pgEnum("survey_status", ["draft", "open", "closed"]);
/** Who may answer: anyone (no account needed), signed-in people, or employers' accounts only. */
export const surveyAudience = pgEnum("survey_audience", ["anyone", "signed_in", "employers"]);
export const surveyResponseStatus = pgEnum("survey_response_status", ["draft", "submitted"]);
/** How a response reached us: the website, or entered by an officer from paper, a phone call or an event. */
export const responseChannel = pgEnum("response_channel", ["web", "paper", "phone", "event"]);

const timestamptz = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });

export const surveys = pgTable("surveys", {
  id: id(),
  slug: text("slug").notNull().unique(),
  title: text("title").notNull(),
  summary: text("summary").notNull(),
  status: surveyStatus("status").notNull().default("draft"),
  opensAt: timestamptz("opens_at"),
  closesAt: timestamptz("closes_at"),
  audience: surveyAudience("audience").notNull().default("anyone"),
  /** Anonymous: no link between a submitted response and the person who gave it. */
  anonymous: boolean("anonymous").notNull().default(true),
  /** One submitted response per signed-in person (kept as a keyed hash when anonymous). */
  onePerPerson: boolean("one_per_person").notNull().default(false),
  /** Ask for the organisation's name, sector, size and location first (employer surveys). */
  asksOrganisation: boolean("asks_organisation").notNull().default(false),
  /** Employers' surveys only: answered by people of organisations an officer has verified. */
  requiresVerified: boolean("requires_verified").notNull().default(false),
  /** One response per organisation, written together by its people as one shared draft. */
  onePerOrganisation: boolean("one_per_organisation").notNull().default(false),
  topicId: uuid("topic_id").references(() => topics.id, { onDelete: "set null" }),
  thankYou: text("thank_you").notNull().default(""),
  /** The current sections and questions; every saved change is also kept in survey_versions. */
  definition: jsonb("definition").$type<SurveyDefinition>().notNull(),
  version: integer("version").notNull().default(1),
  resultsPublishedAt: timestamptz("results_published_at"),
  createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}).enableRLS();

export const surveyThemes = pgTable(
  "survey_themes",
  {
    surveyId: uuid("survey_id")
      .notNull()
      .references(() => surveys.id, { onDelete: "cascade" }),
    themeId: uuid("theme_id")
      .notNull()
      .references(() => themes.id, { onDelete: "cascade" }),
  },
  (table) => [primaryKey({ columns: [table.surveyId, table.themeId] })],
).enableRLS();

export const surveyVersions = pgTable(
  "survey_versions",
  {
    id: id(),
    surveyId: uuid("survey_id")
      .notNull()
      .references(() => surveys.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    definition: jsonb("definition").$type<SurveyDefinition>().notNull(),
    /** What changed, in words, for the history list. */
    note: text("note").notNull().default(""),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (table) => [uniqueIndex("survey_versions_survey_version").on(table.surveyId, table.version)],
).enableRLS();

export const surveyResponses = pgTable(
  "survey_responses",
  {
    id: id(),
    surveyId: uuid("survey_id")
      .notNull()
      .references(() => surveys.id, { onDelete: "cascade" }),
    status: surveyResponseStatus("status").notNull().default("draft"),
    /** Shown on the confirmation page and in the receipt, e.g. LT-7K3M-9QX2. Set on submission. */
    reference: text("reference").unique(),
    /** The respondent while drafting, and after submission when the survey is named. */
    respondentId: uuid("respondent_id").references(() => users.id, { onDelete: "set null" }),
    /** Keyed hash of (survey, person) for one-per-person surveys: enforces the rule without naming anyone. */
    respondentKey: text("respondent_key"),
    /** Hash of the secret that lets an anonymous respondent resume a draft (cookie or emailed link). */
    resumeTokenHash: text("resume_token_hash").unique(),
    answers: jsonb("answers").$type<Answers>().notNull().default({}),
    /** The language of the pages the response was submitted from (set on submission; answers are keys, whatever the language). */
    locale: text("locale").$type<Locale>().notNull().default("en"),
    organisationName: text("organisation_name"),
    sector: text("sector"),
    sizeBand: organisationSizeBand("size_band"),
    neighbourhoodId: uuid("neighbourhood_id").references(() => neighbourhoods.id, { onDelete: "set null" }),
    /** The personal campaign link this response came through: one response per link. */
    campaignRecipientId: uuid("campaign_recipient_id"),
    /** The public (or partner's) link it came through: answers are credited to that partner. */
    surveyLinkId: uuid("survey_link_id"),
    /** The organisation whose shared response this is (one-per-organisation surveys). */
    organisationId: uuid("organisation_id").references(() => organisations.id, { onDelete: "set null" }),
    /** Furthest section reached (0 = not started), for drop-off by section. */
    furthestSection: integer("furthest_section").notNull().default(0),
    surveyVersion: integer("survey_version").notNull(),
    /** Idempotency key of an API submission: a retry returns the first response. */
    submissionKey: uuid("submission_key").unique(),
    startedAt: createdAt(),
    updatedAt: updatedAt(),
    submittedAt: timestamptz("submitted_at"),
    channel: responseChannel("channel").notNull().default("web"),
    /** The officer who entered a paper, phone or event response (null for the website). */
    enteredBy: uuid("entered_by").references(() => users.id, { onDelete: "set null" }),
  },
  (table) => [
    index("survey_responses_listing").on(table.surveyId, table.status, table.submittedAt, table.id),
    // Drop-off by section counts the drafts (a submitted response reached every section: its tallies say how many).
    index("survey_responses_drafts").on(table.surveyId, table.furthestSection, table.sector, table.sizeBand, table.neighbourhoodId).where(sql`${table.status} = 'draft'`),
    // What a scan of the submitted responses filters on (filters the tallies cannot serve, exports, written answers).
    index("survey_responses_filters").on(table.surveyId, table.sector, table.sizeBand, table.neighbourhoodId).where(sql`${table.status} = 'submitted'`),
    // Responses officers entered (paper, phone, event): counts by channel and the channel filter read these, never the website's many.
    index("survey_responses_offline").on(table.surveyId, table.channel, table.submittedAt).where(sql`${table.status} = 'submitted' and ${table.channel} <> 'web'`),
    uniqueIndex("survey_responses_one_per_person").on(table.surveyId, table.respondentKey).where(sql`${table.respondentKey} is not null`),
    uniqueIndex("survey_responses_one_draft").on(table.surveyId, table.respondentId).where(sql`${table.status} = 'draft'`),
    uniqueIndex("survey_responses_one_per_link").on(table.campaignRecipientId).where(sql`${table.campaignRecipientId} is not null`),
    uniqueIndex("survey_responses_one_per_organisation").on(table.surveyId, table.organisationId).where(sql`${table.organisationId} is not null`),
  ],
).enableRLS();

/**
 * Who changed what in a shared (organisation) response: one row per answer changed, with the value
 * before and after, and one for the submission. Kept with the response; the person is forgotten
 * (set null) when their account is erased.
 */
export const surveyResponseChanges = pgTable(
  "survey_response_changes",
  {
    id: id(),
    responseId: uuid("response_id")
      .notNull()
      .references(() => surveyResponses.id, { onDelete: "cascade" }),
    userId: uuid("user_id").references(() => users.id, { onDelete: "set null" }),
    /** A question id, "organisation" for the organisation block, or "submitted". */
    subject: text("subject").notNull(),
    before: jsonb("before").$type<unknown>(),
    after: jsonb("after").$type<unknown>(),
    createdAt: createdAt(),
  },
  (table) => [index("survey_response_changes_response_idx").on(table.responseId, table.createdAt)],
).enableRLS();

/**
 * Counts per (question key, choice): the results page reads these (plus the deltas not yet folded
 * into them, in the same statement) rather than scanning every response.
 */
export const surveyTallies = pgTable(
  "survey_tallies",
  {
    surveyId: uuid("survey_id")
      .notNull()
      .references(() => surveys.id, { onDelete: "cascade" }),
    questionKey: text("question_key").notNull(),
    choice: text("choice").notNull(),
    count: integer("count").notNull().default(0),
  },
  (table) => [primaryKey({ columns: [table.surveyId, table.questionKey, table.choice] })],
).enableRLS();

/**
 * The same counts per organisation dimension (sector, size band, neighbourhood) and its value:
 * results filtered by one dimension, and cross-tabs by one, read these instead of the responses.
 */
export const surveyDimensionTallies = pgTable(
  "survey_dimension_tallies",
  {
    surveyId: uuid("survey_id")
      .notNull()
      .references(() => surveys.id, { onDelete: "cascade" }),
    dimension: text("dimension").notNull(),
    value: text("value").notNull(),
    questionKey: text("question_key").notNull(),
    choice: text("choice").notNull(),
    count: integer("count").notNull().default(0),
  },
  (table) => [primaryKey({ columns: [table.surveyId, table.dimension, table.value, table.questionKey, table.choice] })],
).enableRLS();

/**
 * The same counts per pair of dimensions and their values (the dimensions in name order:
 * neighbourhood, sector, size): results filtered on two dimensions, or filtered on one and compared
 * by another, read these.
 */
export const surveyPairTallies = pgTable(
  "survey_pair_tallies",
  {
    surveyId: uuid("survey_id")
      .notNull()
      .references(() => surveys.id, { onDelete: "cascade" }),
    firstDimension: text("first_dimension").notNull(),
    firstValue: text("first_value").notNull(),
    secondDimension: text("second_dimension").notNull(),
    secondValue: text("second_value").notNull(),
    questionKey: text("question_key").notNull(),
    choice: text("choice").notNull(),
    count: integer("count").notNull().default(0),
  },
  (table) => [
    primaryKey({ name: "survey_pair_tallies_pk", columns: [table.surveyId, table.firstDimension, table.firstValue, table.secondDimension, table.secondValue, table.questionKey, table.choice] }),
    // A filter on the second dimension, compared by the first.
    index("survey_pair_tallies_by_second").on(table.surveyId, table.firstDimension, table.secondDimension, table.secondValue),
  ],
).enableRLS();

/**
 * What each submitted response adds to the three kinds of tallies above: one row per submission,
 * appended in its transaction (so concurrent submissions share no row to wait for), then folded
 * into the tallies and deleted by one folder at a time (lib/server/surveys/tallies). Results read
 * the tallies plus the rows not yet folded, in one statement, so they are exact at every moment.
 */
export const surveyTallyDeltas = pgTable(
  "survey_tally_deltas",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    surveyId: uuid("survey_id")
      .notNull()
      .references(() => surveys.id, { onDelete: "cascade" }),
    sector: text("sector"),
    sizeBand: text("size_band"),
    neighbourhoodId: text("neighbourhood_id"),
    /** The response's tally keys (`tallyKeys`), as two arrays of the same length. */
    questionKeys: text("question_keys").array().notNull(),
    choices: text("choices").array().notNull(),
  },
  (table) => [index("survey_tally_deltas_survey").on(table.surveyId)],
).enableRLS();

/**
 * What a person agreed to, as they saw it: the words of a survey's consent question and the survey
 * version they answered. Linked to the person only where the response is (a named survey), and to
 * the response itself, so an officer can show what each respondent agreed to.
 */
export const consentRecords = pgTable(
  "consent_records",
  {
    id: id(),
    userId: uuid("user_id").references(() => users.id, { onDelete: "set null" }),
    responseId: uuid("response_id").references(() => surveyResponses.id, { onDelete: "cascade" }),
    /** What was agreed to: `survey:<survey id>:<question id>`. */
    subject: text("subject").notNull(),
    /** The words shown, exactly: the question and its hint. */
    wording: text("wording").notNull(),
    /** Which version of those words: `survey <id> version <n>`. */
    version: text("version").notNull(),
    givenAt: timestamptz("given_at").notNull().defaultNow(),
  },
  (table) => [index("consent_records_user_idx").on(table.userId), index("consent_records_response_idx").on(table.responseId)],
).enableRLS();
