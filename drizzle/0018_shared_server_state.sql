-- UNLOGGED by hand: leases lapse within a minute anyway, so a crash losing them loses nothing.
CREATE UNLOGGED TABLE "live_stream_leases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"lease_until" timestamp with time zone NOT NULL
);
--> statement-breakpoint
-- UNLOGGED by hand (drizzle-kit has no such option): every request writes a counter, and a crash losing them only gives a fresh minute.
CREATE UNLOGGED TABLE "rate_limit_counters" (
	"key" text PRIMARY KEY NOT NULL,
	"hits" integer NOT NULL,
	"window_ends_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "server_secrets" (
	"purpose" text NOT NULL,
	"generation" integer NOT NULL,
	"secret" text NOT NULL,
	"signs_from" timestamp with time zone DEFAULT now() NOT NULL,
	"retires_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "server_secrets_purpose_generation_pk" PRIMARY KEY("purpose","generation")
);
--> statement-breakpoint
CREATE INDEX "live_stream_leases_user_idx" ON "live_stream_leases" USING btree ("user_id");