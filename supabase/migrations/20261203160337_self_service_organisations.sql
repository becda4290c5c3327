CREATE TYPE "public"."organisation_role" AS ENUM('administrator', 'member');--> statement-breakpoint
CREATE TYPE "public"."organisation_kind" AS ENUM('employer', 'partner');--> statement-breakpoint
CREATE TYPE "public"."organisation_verification" AS ENUM('unverified', 'verified', 'rejected');--> statement-breakpoint
CREATE TYPE "public"."join_request_status" AS ENUM('pending', 'approved', 'declined', 'withdrawn');--> statement-breakpoint
CREATE TABLE "postcode_areas" (
	"prefix" text PRIMARY KEY NOT NULL,
	"neighbourhood_id" uuid NOT NULL
);
--> statement-breakpoint
ALTER TABLE "postcode_areas" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "survey_response_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"response_id" uuid NOT NULL,
	"user_id" uuid,
	"subject" text NOT NULL,
	"before" jsonb,
	"after" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "survey_response_changes" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "organisation_invitations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"email" text NOT NULL,
	"token_hash" text NOT NULL,
	"invited_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"accepted_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "organisation_invitations_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
ALTER TABLE "organisation_invitations" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "organisation_join_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"message" text DEFAULT '' NOT NULL,
	"status" "join_request_status" DEFAULT 'pending' NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "organisation_join_requests" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "organisation_role" "organisation_role";--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "kind" "organisation_kind" DEFAULT 'partner' NOT NULL;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "sic_section" text;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "size_band" "organisation_size_band";--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "postcode" text;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "neighbourhood_id" uuid;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "website" text;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "email_domain" text;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "verification" "organisation_verification" DEFAULT 'unverified' NOT NULL;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "verification_note" text;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "verified_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "registered_by" uuid;--> statement-breakpoint
ALTER TABLE "survey_responses" ADD COLUMN "organisation_id" uuid;--> statement-breakpoint
ALTER TABLE "surveys" ADD COLUMN "requires_verified" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "surveys" ADD COLUMN "one_per_organisation" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "postcode_areas" ADD CONSTRAINT "postcode_areas_neighbourhood_id_neighbourhoods_id_fk" FOREIGN KEY ("neighbourhood_id") REFERENCES "public"."neighbourhoods"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_response_changes" ADD CONSTRAINT "survey_response_changes_response_id_survey_responses_id_fk" FOREIGN KEY ("response_id") REFERENCES "public"."survey_responses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_response_changes" ADD CONSTRAINT "survey_response_changes_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_invitations" ADD CONSTRAINT "organisation_invitations_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_invitations" ADD CONSTRAINT "organisation_invitations_invited_by_users_id_fk" FOREIGN KEY ("invited_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_join_requests" ADD CONSTRAINT "organisation_join_requests_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_join_requests" ADD CONSTRAINT "organisation_join_requests_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_join_requests" ADD CONSTRAINT "organisation_join_requests_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "survey_response_changes_response_idx" ON "survey_response_changes" USING btree ("response_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "organisation_invitations_open" ON "organisation_invitations" USING btree ("organisation_id","email") WHERE "organisation_invitations"."accepted_at" is null and "organisation_invitations"."revoked_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "organisation_join_requests_one_pending" ON "organisation_join_requests" USING btree ("user_id") WHERE "organisation_join_requests"."status" = 'pending';--> statement-breakpoint
CREATE INDEX "organisation_join_requests_organisation_idx" ON "organisation_join_requests" USING btree ("organisation_id","status");--> statement-breakpoint
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_neighbourhood_id_neighbourhoods_id_fk" FOREIGN KEY ("neighbourhood_id") REFERENCES "public"."neighbourhoods"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_responses" ADD CONSTRAINT "survey_responses_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "organisations_verification_idx" ON "organisations" USING btree ("verification","created_at");--> statement-breakpoint
CREATE INDEX "organisations_email_domain_idx" ON "organisations" USING btree ("email_domain") WHERE "organisations"."email_domain" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "survey_responses_one_per_organisation" ON "survey_responses" USING btree ("survey_id","organisation_id") WHERE "survey_responses"."organisation_id" is not null;--> statement-breakpoint
-- Organisations made before self-registration were made by officers: they count as verified, and
-- private-sector ones are employers. People already linked to an organisation are its members.
UPDATE "organisations" SET "verification" = 'verified', "verified_at" = "created_at";--> statement-breakpoint
UPDATE "organisations" SET "kind" = 'employer' WHERE "type" = 'private';--> statement-breakpoint
UPDATE "users" SET "organisation_role" = 'member' WHERE "organisation_id" IS NOT NULL;
