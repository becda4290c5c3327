CREATE TABLE "content_translations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"topic_id" uuid,
	"survey_id" uuid,
	"summary_intro_id" text,
	"locale" text NOT NULL,
	"fields" jsonb NOT NULL,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "content_translations_one_subject" CHECK (num_nonnulls("content_translations"."topic_id", "content_translations"."survey_id", "content_translations"."summary_intro_id") = 1),
	CONSTRAINT "content_translations_not_english" CHECK ("content_translations"."locale" <> 'en')
);
--> statement-breakpoint
ALTER TABLE "content_translations" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "summary_intros" (
	"id" text PRIMARY KEY NOT NULL,
	"text" text DEFAULT '' NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "summary_intros" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "comments" ADD COLUMN "locale" text DEFAULT 'en' NOT NULL;--> statement-breakpoint
ALTER TABLE "survey_responses" ADD COLUMN "locale" text DEFAULT 'en' NOT NULL;--> statement-breakpoint
ALTER TABLE "content_translations" ADD CONSTRAINT "content_translations_topic_id_topics_id_fk" FOREIGN KEY ("topic_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "content_translations" ADD CONSTRAINT "content_translations_survey_id_surveys_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."surveys"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "content_translations" ADD CONSTRAINT "content_translations_summary_intro_id_summary_intros_id_fk" FOREIGN KEY ("summary_intro_id") REFERENCES "public"."summary_intros"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "content_translations" ADD CONSTRAINT "content_translations_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "summary_intros" ADD CONSTRAINT "summary_intros_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "content_translations_topic_locale" ON "content_translations" USING btree ("topic_id","locale");--> statement-breakpoint
CREATE UNIQUE INDEX "content_translations_survey_locale" ON "content_translations" USING btree ("survey_id","locale");--> statement-breakpoint
CREATE UNIQUE INDEX "content_translations_summary_intro_locale" ON "content_translations" USING btree ("summary_intro_id","locale");