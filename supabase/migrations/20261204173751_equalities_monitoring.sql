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
CREATE TABLE "population_tables" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"neighbourhood_id" uuid,
	"source" text NOT NULL,
	"file_name" text NOT NULL,
	"counts" jsonb NOT NULL,
	"uploaded_by" uuid,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "population_tables_area" UNIQUE NULLS NOT DISTINCT("neighbourhood_id")
);
--> statement-breakpoint
ALTER TABLE "population_tables" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "equalities_profiles" ADD CONSTRAINT "equalities_profiles_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "population_tables" ADD CONSTRAINT "population_tables_neighbourhood_id_neighbourhoods_id_fk" FOREIGN KEY ("neighbourhood_id") REFERENCES "public"."neighbourhoods"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "population_tables" ADD CONSTRAINT "population_tables_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;