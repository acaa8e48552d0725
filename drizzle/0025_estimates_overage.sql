CREATE TYPE "public"."estimate_status" AS ENUM('pending', 'approved', 'declined', 'withdrawn');--> statement-breakpoint
CREATE TABLE "ticket_estimates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"ticket_id" uuid NOT NULL,
	"company_id" uuid NOT NULL,
	"minutes" integer NOT NULL,
	"included" text NOT NULL,
	"status" "estimate_status" DEFAULT 'pending' NOT NULL,
	"created_by_id" uuid,
	"decided_by_id" uuid,
	"decided_at" timestamp with time zone,
	"token_hash" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "companies" ADD COLUMN "ticket_cap_minutes" integer;--> statement-breakpoint
ALTER TABLE "packages" ADD COLUMN "overage_rate_per_hour" numeric(10, 2);--> statement-breakpoint
ALTER TABLE "tasks" ADD COLUMN "multiplier" text DEFAULT 'normal' NOT NULL;--> statement-breakpoint
ALTER TABLE "ticket_estimates" ADD CONSTRAINT "ticket_estimates_ticket_id_tickets_id_fk" FOREIGN KEY ("ticket_id") REFERENCES "public"."tickets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ticket_estimates" ADD CONSTRAINT "ticket_estimates_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ticket_estimates" ADD CONSTRAINT "ticket_estimates_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ticket_estimates" ADD CONSTRAINT "ticket_estimates_decided_by_id_users_id_fk" FOREIGN KEY ("decided_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "ticket_estimates_ticket_idx" ON "ticket_estimates" USING btree ("ticket_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "ticket_estimates_token_idx" ON "ticket_estimates" USING btree ("token_hash");--> statement-breakpoint
ALTER TABLE "ticket_estimates" ADD CONSTRAINT "ticket_estimates_minutes_positive" CHECK ("minutes" > 0);--> statement-breakpoint
ALTER TABLE "companies" ADD CONSTRAINT "companies_ticket_cap_positive" CHECK ("ticket_cap_minutes" IS NULL OR "ticket_cap_minutes" > 0);--> statement-breakpoint
ALTER TABLE "packages" ADD CONSTRAINT "packages_overage_rate_not_negative" CHECK ("overage_rate_per_hour" IS NULL OR "overage_rate_per_hour" >= 0);--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_multiplier_known" CHECK ("multiplier" IN ('normal', 'urgent', 'out_of_hours'));
