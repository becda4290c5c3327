CREATE TYPE "public"."contact_status" AS ENUM('active', 'unsubscribed', 'bounced', 'complained');--> statement-breakpoint
CREATE TYPE "public"."summary_frequency" AS ENUM('weekly', 'monthly');--> statement-breakpoint
ALTER TYPE "public"."outbox_status" ADD VALUE 'complained';--> statement-breakpoint
ALTER TYPE "public"."outbox_status" ADD VALUE 'cancelled';--> statement-breakpoint
CREATE TABLE "email_events" (
	"id" text PRIMARY KEY NOT NULL,
	"type" text NOT NULL,
	"provider_message_id" text,
	"address" text,
	"payload" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "email_events" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "partner_contact_themes" (
	"contact_id" uuid NOT NULL,
	"theme_id" uuid NOT NULL,
	CONSTRAINT "partner_contact_themes_contact_id_theme_id_pk" PRIMARY KEY("contact_id","theme_id")
);
--> statement-breakpoint
ALTER TABLE "partner_contact_themes" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "partner_contacts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"name" text NOT NULL,
	"email" text NOT NULL,
	"role" text,
	"language" text DEFAULT 'en' NOT NULL,
	"frequency" "summary_frequency" DEFAULT 'monthly' NOT NULL,
	"all_themes" boolean DEFAULT true NOT NULL,
	"send_when_quiet" boolean DEFAULT false NOT NULL,
	"status" "contact_status" DEFAULT 'active' NOT NULL,
	"status_changed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "partner_contacts_email_unique" UNIQUE("email")
);
--> statement-breakpoint
ALTER TABLE "partner_contacts" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "email_outbox" ADD COLUMN "headers" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "email_outbox" ADD COLUMN "contact_id" uuid;--> statement-breakpoint
ALTER TABLE "partner_contact_themes" ADD CONSTRAINT "partner_contact_themes_contact_id_partner_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."partner_contacts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_contact_themes" ADD CONSTRAINT "partner_contact_themes_theme_id_themes_id_fk" FOREIGN KEY ("theme_id") REFERENCES "public"."themes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_contacts" ADD CONSTRAINT "partner_contacts_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "email_events_message_idx" ON "email_events" USING btree ("provider_message_id");--> statement-breakpoint
CREATE INDEX "partner_contacts_organisation_idx" ON "partner_contacts" USING btree ("organisation_id");--> statement-breakpoint
ALTER TABLE "email_outbox" ADD CONSTRAINT "email_outbox_contact_id_partner_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."partner_contacts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "email_outbox_provider_idx" ON "email_outbox" USING btree ("provider_message_id");--> statement-breakpoint
CREATE INDEX "email_outbox_contact_idx" ON "email_outbox" USING btree ("contact_id","created_at");