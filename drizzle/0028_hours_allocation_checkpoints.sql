CREATE TABLE "hours_allocation_checkpoints" (
	"company_id" uuid PRIMARY KEY NOT NULL,
	"inputs_key" text NOT NULL,
	"through" timestamp with time zone NOT NULL,
	"line_count" integer NOT NULL,
	"state" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "hours_allocation_takings" (
	"company_id" uuid NOT NULL,
	"source_key" text NOT NULL,
	"taken" jsonb NOT NULL,
	CONSTRAINT "hours_allocation_takings_company_id_source_key_pk" PRIMARY KEY("company_id","source_key")
);
--> statement-breakpoint
ALTER TABLE "hours_allocation_checkpoints" ADD CONSTRAINT "hours_allocation_checkpoints_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hours_allocation_takings" ADD CONSTRAINT "hours_allocation_takings_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;