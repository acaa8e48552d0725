CREATE TYPE "public"."hour_block_status" AS ENUM('requested', 'active', 'declined');--> statement-breakpoint
CREATE TABLE "hour_block_offers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"hours" numeric(8, 2) NOT NULL,
	"price" numeric(10, 2) NOT NULL,
	"validity_months" integer NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "hour_blocks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"company_id" uuid NOT NULL,
	"offer_id" uuid,
	"name" text NOT NULL,
	"hours" numeric(8, 2) NOT NULL,
	"price" numeric(10, 2) NOT NULL,
	"validity_months" integer,
	"starts_on" date,
	"valid_until" date,
	"status" "hour_block_status" NOT NULL,
	"requested_by_user_id" uuid,
	"decided_by_user_id" uuid,
	"decided_at" timestamp with time zone,
	"activated_at" timestamp with time zone,
	"decline_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "packages" ADD COLUMN "rollover_periods" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "packages" ADD COLUMN "rollover_cap_hours" numeric(8, 2);--> statement-breakpoint
ALTER TABLE "subscriptions" ADD COLUMN "rollover_periods_override" integer;--> statement-breakpoint
ALTER TABLE "subscriptions" ADD COLUMN "rollover_cap_hours_override" numeric(8, 2);--> statement-breakpoint
ALTER TABLE "hour_blocks" ADD CONSTRAINT "hour_blocks_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hour_blocks" ADD CONSTRAINT "hour_blocks_offer_id_hour_block_offers_id_fk" FOREIGN KEY ("offer_id") REFERENCES "public"."hour_block_offers"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hour_blocks" ADD CONSTRAINT "hour_blocks_requested_by_user_id_users_id_fk" FOREIGN KEY ("requested_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hour_blocks" ADD CONSTRAINT "hour_blocks_decided_by_user_id_users_id_fk" FOREIGN KEY ("decided_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "hour_blocks_company_idx" ON "hour_blocks" USING btree ("company_id","status");--> statement-breakpoint
-- Hand-written: the database refuses what the API refuses (no block with no hours, none ending before it starts).
ALTER TABLE "hour_blocks" ADD CONSTRAINT "hour_blocks_hours_positive" CHECK ("hours" > 0 AND "price" >= 0);--> statement-breakpoint
ALTER TABLE "hour_blocks" ADD CONSTRAINT "hour_blocks_valid_after_start" CHECK ("valid_until" IS NULL OR "starts_on" IS NULL OR "valid_until" >= "starts_on");--> statement-breakpoint
ALTER TABLE "hour_block_offers" ADD CONSTRAINT "hour_block_offers_positive" CHECK ("hours" > 0 AND "price" >= 0 AND "validity_months" > 0);
