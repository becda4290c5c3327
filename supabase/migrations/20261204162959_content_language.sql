ALTER TABLE "comments" ADD COLUMN "locale" text DEFAULT 'en' NOT NULL;--> statement-breakpoint
ALTER TABLE "survey_responses" ADD COLUMN "locale" text DEFAULT 'en' NOT NULL;