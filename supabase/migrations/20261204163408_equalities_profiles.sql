CREATE TABLE "equalities_profiles" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"age_band" text,
	"sex" text,
	"gender_identity" text,
	"ethnic_group" text,
	"disability" text,
	"religion" text,
	"sexual_orientation" text,
	"unpaid_care" text,
	"main_language" text,
	"asked_at" timestamp with time zone,
	"declined_at" timestamp with time zone,
	"answered_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "equalities_profiles" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "equalities_profiles" ADD CONSTRAINT "equalities_profiles_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;