CREATE TYPE "public"."organisation_size_band" AS ENUM('micro', 'small', 'medium', 'large');--> statement-breakpoint
CREATE TYPE "public"."survey_audience" AS ENUM('anyone', 'signed_in', 'employers');--> statement-breakpoint
CREATE TYPE "public"."survey_response_status" AS ENUM('draft', 'submitted');--> statement-breakpoint
CREATE TYPE "public"."survey_status" AS ENUM('draft', 'open', 'closed');--> statement-breakpoint
CREATE TABLE "survey_responses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"survey_id" uuid NOT NULL,
	"status" "survey_response_status" DEFAULT 'draft' NOT NULL,
	"reference" text,
	"respondent_id" uuid,
	"respondent_key" text,
	"resume_token_hash" text,
	"answers" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"organisation_name" text,
	"sector" text,
	"size_band" "organisation_size_band",
	"neighbourhood_id" uuid,
	"furthest_section" integer DEFAULT 0 NOT NULL,
	"survey_version" integer NOT NULL,
	"submission_key" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"submitted_at" timestamp with time zone,
	CONSTRAINT "survey_responses_reference_unique" UNIQUE("reference"),
	CONSTRAINT "survey_responses_resume_token_hash_unique" UNIQUE("resume_token_hash"),
	CONSTRAINT "survey_responses_submission_key_unique" UNIQUE("submission_key")
);
--> statement-breakpoint
ALTER TABLE "survey_responses" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "survey_tallies" (
	"survey_id" uuid NOT NULL,
	"question_key" text NOT NULL,
	"choice" text NOT NULL,
	"count" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "survey_tallies_survey_id_question_key_choice_pk" PRIMARY KEY("survey_id","question_key","choice")
);
--> statement-breakpoint
ALTER TABLE "survey_tallies" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "survey_themes" (
	"survey_id" uuid NOT NULL,
	"theme_id" uuid NOT NULL,
	CONSTRAINT "survey_themes_survey_id_theme_id_pk" PRIMARY KEY("survey_id","theme_id")
);
--> statement-breakpoint
ALTER TABLE "survey_themes" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "survey_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"survey_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"definition" jsonb NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "survey_versions" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "surveys" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"summary" text NOT NULL,
	"status" "survey_status" DEFAULT 'draft' NOT NULL,
	"opens_at" timestamp with time zone,
	"closes_at" timestamp with time zone,
	"audience" "survey_audience" DEFAULT 'anyone' NOT NULL,
	"anonymous" boolean DEFAULT true NOT NULL,
	"one_per_person" boolean DEFAULT false NOT NULL,
	"asks_organisation" boolean DEFAULT false NOT NULL,
	"topic_id" uuid,
	"thank_you" text DEFAULT '' NOT NULL,
	"definition" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"results_published_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "surveys_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
ALTER TABLE "surveys" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "survey_responses" ADD CONSTRAINT "survey_responses_survey_id_surveys_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."surveys"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_responses" ADD CONSTRAINT "survey_responses_respondent_id_users_id_fk" FOREIGN KEY ("respondent_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_responses" ADD CONSTRAINT "survey_responses_neighbourhood_id_neighbourhoods_id_fk" FOREIGN KEY ("neighbourhood_id") REFERENCES "public"."neighbourhoods"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_tallies" ADD CONSTRAINT "survey_tallies_survey_id_surveys_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."surveys"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_themes" ADD CONSTRAINT "survey_themes_survey_id_surveys_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."surveys"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_themes" ADD CONSTRAINT "survey_themes_theme_id_themes_id_fk" FOREIGN KEY ("theme_id") REFERENCES "public"."themes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_versions" ADD CONSTRAINT "survey_versions_survey_id_surveys_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."surveys"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_versions" ADD CONSTRAINT "survey_versions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "surveys" ADD CONSTRAINT "surveys_topic_id_topics_id_fk" FOREIGN KEY ("topic_id") REFERENCES "public"."topics"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "surveys" ADD CONSTRAINT "surveys_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "survey_responses_listing" ON "survey_responses" USING btree ("survey_id","status","submitted_at","id");--> statement-breakpoint
CREATE INDEX "survey_responses_progress" ON "survey_responses" USING btree ("survey_id","status","furthest_section");--> statement-breakpoint
CREATE UNIQUE INDEX "survey_responses_one_per_person" ON "survey_responses" USING btree ("survey_id","respondent_key") WHERE "survey_responses"."respondent_key" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "survey_responses_one_draft" ON "survey_responses" USING btree ("survey_id","respondent_id") WHERE "survey_responses"."status" = 'draft';--> statement-breakpoint
CREATE UNIQUE INDEX "survey_versions_survey_version" ON "survey_versions" USING btree ("survey_id","version");