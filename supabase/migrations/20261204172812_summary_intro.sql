CREATE TABLE "summary_intros" (
	"id" text PRIMARY KEY NOT NULL,
	"text" text DEFAULT '' NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "summary_intros" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "content_translations" DROP CONSTRAINT "content_translations_one_subject";--> statement-breakpoint
ALTER TABLE "content_translations" ADD COLUMN "summary_intro_id" text;--> statement-breakpoint
ALTER TABLE "summary_intros" ADD CONSTRAINT "summary_intros_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "content_translations" ADD CONSTRAINT "content_translations_summary_intro_id_summary_intros_id_fk" FOREIGN KEY ("summary_intro_id") REFERENCES "public"."summary_intros"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "content_translations_summary_intro_locale" ON "content_translations" USING btree ("summary_intro_id","locale");--> statement-breakpoint
ALTER TABLE "content_translations" ADD CONSTRAINT "content_translations_one_subject" CHECK (num_nonnulls("content_translations"."topic_id", "content_translations"."survey_id", "content_translations"."summary_intro_id") = 1);