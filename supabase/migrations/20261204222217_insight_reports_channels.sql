CREATE TYPE "public"."response_channel" AS ENUM('web', 'paper', 'phone', 'event');--> statement-breakpoint
CREATE TYPE "public"."insight_item_kind" AS ENUM('comment', 'answer');--> statement-breakpoint
CREATE TYPE "public"."insight_origin" AS ENUM('analysis', 'officer');--> statement-breakpoint
CREATE TYPE "public"."insight_run_status" AS ENUM('queued', 'running', 'done', 'failed');--> statement-breakpoint
CREATE TYPE "public"."insight_subject_kind" AS ENUM('topic', 'survey_question');--> statement-breakpoint
CREATE TYPE "public"."report_status" AS ENUM('draft', 'published');--> statement-breakpoint
CREATE TABLE "insight_codings" (
	"theme_id" uuid NOT NULL,
	"item_kind" "insight_item_kind" NOT NULL,
	"item_id" uuid NOT NULL,
	"source" "insight_origin" NOT NULL,
	"score" real DEFAULT 1 NOT NULL,
	"removed" boolean DEFAULT false NOT NULL,
	"coded_by" uuid,
	"coded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "insight_codings_theme_id_item_kind_item_id_pk" PRIMARY KEY("theme_id","item_kind","item_id")
);
--> statement-breakpoint
ALTER TABLE "insight_codings" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "insight_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"subject_id" uuid NOT NULL,
	"status" "insight_run_status" DEFAULT 'queued' NOT NULL,
	"processed" integer DEFAULT 0 NOT NULL,
	"total" integer DEFAULT 0 NOT NULL,
	"not_analysed" integer DEFAULT 0 NOT NULL,
	"themes_proposed" integer DEFAULT 0 NOT NULL,
	"error" text,
	"requested_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "insight_runs" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "insight_subjects" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" "insight_subject_kind" NOT NULL,
	"topic_id" uuid,
	"survey_id" uuid,
	"question_key" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "insight_subjects" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "insight_themes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"subject_id" uuid NOT NULL,
	"label" text NOT NULL,
	"key_phrases" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"origin" "insight_origin" DEFAULT 'analysis' NOT NULL,
	"deleted_at" timestamp with time zone,
	"merged_into" uuid,
	"created_by" uuid,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "insight_themes" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "consultation_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"topic_id" uuid,
	"survey_id" uuid,
	"title" text NOT NULL,
	"sections" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"decision" text DEFAULT '' NOT NULL,
	"status" "report_status" DEFAULT 'draft' NOT NULL,
	"published_at" timestamp with time zone,
	"published_by" uuid,
	"created_by" uuid,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "consultation_reports" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "survey_responses" ADD COLUMN "channel" "response_channel" DEFAULT 'web' NOT NULL;--> statement-breakpoint
ALTER TABLE "survey_responses" ADD COLUMN "entered_by" uuid;--> statement-breakpoint
ALTER TABLE "insight_codings" ADD CONSTRAINT "insight_codings_theme_id_insight_themes_id_fk" FOREIGN KEY ("theme_id") REFERENCES "public"."insight_themes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "insight_codings" ADD CONSTRAINT "insight_codings_coded_by_users_id_fk" FOREIGN KEY ("coded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "insight_runs" ADD CONSTRAINT "insight_runs_subject_id_insight_subjects_id_fk" FOREIGN KEY ("subject_id") REFERENCES "public"."insight_subjects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "insight_runs" ADD CONSTRAINT "insight_runs_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "insight_subjects" ADD CONSTRAINT "insight_subjects_topic_id_topics_id_fk" FOREIGN KEY ("topic_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "insight_subjects" ADD CONSTRAINT "insight_subjects_survey_id_surveys_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."surveys"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "insight_themes" ADD CONSTRAINT "insight_themes_subject_id_insight_subjects_id_fk" FOREIGN KEY ("subject_id") REFERENCES "public"."insight_subjects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "insight_themes" ADD CONSTRAINT "insight_themes_merged_into_insight_themes_id_fk" FOREIGN KEY ("merged_into") REFERENCES "public"."insight_themes"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "insight_themes" ADD CONSTRAINT "insight_themes_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "insight_themes" ADD CONSTRAINT "insight_themes_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_reports" ADD CONSTRAINT "consultation_reports_topic_id_topics_id_fk" FOREIGN KEY ("topic_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_reports" ADD CONSTRAINT "consultation_reports_survey_id_surveys_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."surveys"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_reports" ADD CONSTRAINT "consultation_reports_published_by_users_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_reports" ADD CONSTRAINT "consultation_reports_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_reports" ADD CONSTRAINT "consultation_reports_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "insight_codings_item_idx" ON "insight_codings" USING btree ("item_kind","item_id");--> statement-breakpoint
CREATE INDEX "insight_runs_subject_idx" ON "insight_runs" USING btree ("subject_id","created_at");--> statement-breakpoint
CREATE INDEX "insight_runs_status_idx" ON "insight_runs" USING btree ("status","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "insight_subjects_topic" ON "insight_subjects" USING btree ("topic_id") WHERE "insight_subjects"."kind" = 'topic';--> statement-breakpoint
CREATE UNIQUE INDEX "insight_subjects_question" ON "insight_subjects" USING btree ("survey_id","question_key") WHERE "insight_subjects"."kind" = 'survey_question';--> statement-breakpoint
CREATE INDEX "insight_themes_subject_idx" ON "insight_themes" USING btree ("subject_id");--> statement-breakpoint
CREATE UNIQUE INDEX "consultation_reports_topic" ON "consultation_reports" USING btree ("topic_id");--> statement-breakpoint
CREATE UNIQUE INDEX "consultation_reports_survey" ON "consultation_reports" USING btree ("survey_id");--> statement-breakpoint
ALTER TABLE "survey_responses" ADD CONSTRAINT "survey_responses_entered_by_users_id_fk" FOREIGN KEY ("entered_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;